/**
 * Generates synthetic `sourceline/1` event stores for tests and benchmarks.
 *
 * The shape imitates a real store: about thirty (fictional) states with a few people and
 * bodies each, a handful of sources in several languages whose full text is made of
 * generated sentences, and events clustered in crises (bursts of activity over days to
 * months) on top of a thin background, over about 25 years. Every excerpt quotes its
 * source verbatim, so the validator keeps every item.
 *
 * Deterministic: the output depends only on the options. All randomness comes from
 * mulberry32 streams derived from the seed; nothing reads the clock or Math.random.
 * Actors and sources depend on the seed only, not on the number of events.
 */
import type { ActorInput, EventInput, ExcerptInput, SourceInput } from '../../src/format/schema.ts';

/** Bump when the output for a given seed changes, so cached stores are regenerated. */
export const GENERATOR_VERSION = 1;

export interface GenStoreOptions {
  /** Number of events. */
  events: number;
  /** Any integer; the same seed gives the same store. */
  seed: number;
  /** First year of the span (default 2000). */
  startYear?: number;
  /** Length of the span in years (default 25). */
  years?: number;
  /** Overrides the generated title. */
  title?: string;
}

export interface GeneratedStore {
  $schema: string;
  format: 'sourceline/1';
  title: string;
  description: string;
  language: string;
  sources: SourceInput[];
  actors: ActorInput[];
  events: EventInput[];
}

// ---------------------------------------------------------------------------------------
// Randomness

/** mulberry32: a tiny, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, to derive independent streams from one seed and a label. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Rng {
  readonly next: () => number;
  constructor(seed: number, label = '') {
    this.next = mulberry32((Math.trunc(seed) ^ hashLabel(label)) >>> 0);
  }
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** Index chosen with probability proportional to its weight. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i]!;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }
  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  /** `count` distinct items (fewer if there are not enough). */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) {
      const i = Math.floor(this.next() * pool.length);
      out.push(pool[i]!);
      pool[i] = pool[pool.length - 1]!;
      pool.pop();
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------
// Words

export function slugify(text: string, maxLength = 80): string {
  // Fast path for ASCII, which most titles are: no Unicode normalisation needed.
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(text);
  const folded = ascii ? text : text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i');
  const slug = folded
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

/** Word lists are written as one string each, split on spaces. */
const words = (text: string): readonly string[] => text.split(' ');

const STATE_PREFIXES = words(
  'Ar Bel Cor Dal Es Fen Gal Hal Ist Kar Lor Mar Nor Ost Pal Quel Ros Sar Tal Ul Vel Wes Yar Zel Ber Mon Dra Sol Ven Kel Tor Am',
);
const STATE_SUFFIXES = words(
  'avia oria esia ania istan onia aria ovia enia land mark adia ia ora ethia',
);
const CITY_PREFIXES = words(
  'Ash Bran Cal Dor Elm Fal Gor Hel Ivan Jar Kol Lin Mir Nov Ore Pet Riv Sten Tam Uz Var Wil Zar Bor Kras Sev',
);
const CITY_SUFFIXES = words('grad burg ovo ica ville stad port haven sk ara polis ford ino mouth');
const FIRST_NAMES = words(
  'Anna Boris Carmen Dmitri Elena Farid Greta Hiro Inés Jonas Kemal Lena Mateo Nadia Oskar Priya Rafael Sofia Tomás Ulla Viktor Yara Zoran Amira Bruno Chiara Emil Ivana Luca Mira Nikolai Oona Pavel Rosa Selim Tarek',
);
const LAST_NAMES = words(
  'Aldana Berg Castell Dragan Eskildsen Ferreira Grün Halvorsen Ivanova Jovanović Kowalski Laurent Moreau Novak Okafor Petrov Quiroga Rossi Sato Tamm Urbanek Vásquez Weiss Yılmaz Zeller Nkemelu Haddad Lindqvist Mäkinen Oyelaran Brandt Costa',
);
const ORGANIZATIONS = [
  'Foreign Ministry of',
  'Armed Forces of',
  'Central Bank of',
  'Parliament of',
  'State Security Service of',
  'National Energy Company of',
  'Supreme Court of',
];
const PUBLISHERS: Record<Lang, readonly string[]> = {
  en: ['The Northern Chronicle', 'Global Affairs Weekly', 'The Harbour Post'],
  es: ['Diario del Sur', 'La Gaceta Internacional', 'El Observador Atlántico'],
  fr: ['Le Courrier diplomatique', 'L’Observateur des frontières', 'La Dépêche continentale'],
  de: ['Allgemeine Rundschau', 'Der Tagesbote', 'Neue Grenzzeitung'],
};
const LANGUAGE_NAMES: Record<Lang, string> = {
  en: 'English',
  es: 'Spanish',
  fr: 'French',
  de: 'German',
};
const TAGS = words(
  'diplomacy sanctions military energy trade protest elections treaty border humanitarian cyber nuclear migration espionage',
);

type Lang = 'en' | 'es' | 'fr' | 'de';
const LANGS: readonly Lang[] = ['en', 'es', 'fr', 'de'];

/** French "de X" with elision before a vowel. */
const frDe = (name: string) => (/^[AEIOUYÉ]/i.test(name) ? `d’${name}` : `de ${name}`);

/** Slots a sentence can refer to: proper nouns, the same in every language. */
interface Slots {
  state: string;
  other: string;
  place: string;
  person: string;
}

type Phrase = Record<Lang, (s: Slots) => string>;

const SUBJECTS: readonly Phrase[] = [
  {
    en: (s) => `The government of ${s.state}`,
    es: (s) => `El gobierno de ${s.state}`,
    fr: (s) => `Le gouvernement ${frDe(s.state)}`,
    de: (s) => `Die Regierung von ${s.state}`,
  },
  {
    en: (s) => `The foreign ministry of ${s.state}`,
    es: (s) => `El Ministerio de Asuntos Exteriores de ${s.state}`,
    fr: (s) => `Le ministère des Affaires étrangères ${frDe(s.state)}`,
    de: (s) => `Das Außenministerium von ${s.state}`,
  },
  {
    en: (s) => `A spokesperson for ${s.state}`,
    es: (s) => `Un portavoz de ${s.state}`,
    fr: (s) => `Un porte-parole ${frDe(s.state)}`,
    de: (s) => `Ein Sprecher von ${s.state}`,
  },
  {
    en: (s) => `The army of ${s.state}`,
    es: (s) => `El ejército de ${s.state}`,
    fr: (s) => `L’armée ${frDe(s.state)}`,
    de: (s) => `Die Armee von ${s.state}`,
  },
  {
    en: (s) => `The president of ${s.state}`,
    es: (s) => `El presidente de ${s.state}`,
    fr: (s) => `Le président ${frDe(s.state)}`,
    de: (s) => `Der Präsident von ${s.state}`,
  },
  { en: (s) => s.person, es: (s) => s.person, fr: (s) => s.person, de: (s) => s.person },
  {
    en: (s) => `The delegation of ${s.state}`,
    es: (s) => `La delegación de ${s.state}`,
    fr: (s) => `La délégation ${frDe(s.state)}`,
    de: (s) => `Die Delegation von ${s.state}`,
  },
];

/** Verb and object. In German the first word is the finite verb, so a complement can follow it. */
const PREDICATES: readonly Phrase[] = [
  {
    en: (s) => `announced new sanctions against ${s.other}`,
    es: (s) => `anunció nuevas sanciones contra ${s.other}`,
    fr: (s) => `a annoncé de nouvelles sanctions contre ${s.other}`,
    de: (s) => `kündigte neue Sanktionen gegen ${s.other} an`,
  },
  {
    en: () => 'rejected the proposal for a ceasefire',
    es: () => 'rechazó la propuesta de alto el fuego',
    fr: () => 'a rejeté la proposition de cessez-le-feu',
    de: () => 'lehnte den Vorschlag für eine Waffenruhe ab',
  },
  {
    en: (s) => `signed an agreement on energy transit with ${s.other}`,
    es: (s) => `firmó un acuerdo sobre el tránsito de energía con ${s.other}`,
    fr: (s) => `a signé un accord sur le transit énergétique avec ${s.other}`,
    de: (s) => `unterzeichnete ein Abkommen über den Energietransit mit ${s.other}`,
  },
  {
    en: (s) => `accused ${s.other} of violating the border`,
    es: (s) => `acusó a ${s.other} de violar la frontera`,
    fr: (s) => `a accusé ${s.other} de violer la frontière`,
    de: (s) => `warf ${s.other} vor, die Grenze verletzt zu haben`,
  },
  {
    en: (s) => `confirmed troop movements near ${s.place}`,
    es: (s) => `confirmó movimientos de tropas cerca de ${s.place}`,
    fr: (s) => `a confirmé des mouvements de troupes près ${frDe(s.place)}`,
    de: (s) => `bestätigte Truppenbewegungen in der Nähe von ${s.place}`,
  },
  {
    en: (s) => `called for talks in ${s.place}`,
    es: (s) => `pidió negociaciones en ${s.place}`,
    fr: (s) => `a appelé à des négociations à ${s.place}`,
    de: (s) => `forderte Verhandlungen in ${s.place}`,
  },
  {
    en: (s) => `recalled its ambassador from ${s.other}`,
    es: (s) => `llamó a consultas a su embajador en ${s.other}`,
    fr: (s) => `a rappelé son ambassadeur en poste à ${s.other}`,
    de: (s) => `rief seinen Botschafter aus ${s.other} zurück`,
  },
  {
    en: (s) => `promised humanitarian aid for ${s.place}`,
    es: (s) => `prometió ayuda humanitaria para ${s.place}`,
    fr: (s) => `a promis une aide humanitaire pour ${s.place}`,
    de: (s) => `versprach humanitäre Hilfe für ${s.place}`,
  },
  {
    en: () => 'denied any involvement in the attack',
    es: () => 'negó cualquier participación en el ataque',
    fr: () => 'a nié toute implication dans l’attaque',
    de: () => 'bestritt jede Beteiligung an dem Angriff',
  },
  {
    en: (s) => `suspended gas deliveries to ${s.other}`,
    es: (s) => `suspendió las entregas de gas a ${s.other}`,
    fr: (s) => `a suspendu les livraisons de gaz à ${s.other}`,
    de: (s) => `stellte die Gaslieferungen an ${s.other} ein`,
  },
  {
    en: () => 'welcomed the results of the referendum',
    es: () => 'celebró los resultados del referéndum',
    fr: () => 'a salué les résultats du référendum',
    de: () => 'begrüßte die Ergebnisse des Referendums',
  },
  {
    en: (s) => `expelled two diplomats of ${s.other}`,
    es: (s) => `expulsó a dos diplomáticos de ${s.other}`,
    fr: (s) => `a expulsé deux diplomates ${frDe(s.other)}`,
    de: (s) => `wies zwei Diplomaten von ${s.other} aus`,
  },
];

const COMPLEMENTS: readonly Record<Lang, string>[] = [
  { en: 'on Monday', es: 'el lunes', fr: 'lundi', de: 'am Montag' },
  { en: 'on Wednesday', es: 'el miércoles', fr: 'mercredi', de: 'am Mittwoch' },
  { en: 'on Friday', es: 'el viernes', fr: 'vendredi', de: 'am Freitag' },
  {
    en: 'after weeks of negotiations',
    es: 'tras semanas de negociaciones',
    fr: 'après des semaines de négociations',
    de: 'nach wochenlangen Verhandlungen',
  },
  {
    en: 'in a written statement',
    es: 'en un comunicado escrito',
    fr: 'dans un communiqué écrit',
    de: 'in einer schriftlichen Erklärung',
  },
  {
    en: 'despite international pressure',
    es: 'pese a la presión internacional',
    fr: 'malgré la pression internationale',
    de: 'trotz internationalen Drucks',
  },
  {
    en: 'according to local media',
    es: 'según medios locales',
    fr: 'selon les médias locaux',
    de: 'laut lokalen Medien',
  },
];

const STATEMENTS: readonly Record<Lang, string>[] = [
  {
    en: 'We will not accept these conditions',
    es: 'No aceptaremos estas condiciones',
    fr: 'Nous n’accepterons pas ces conditions',
    de: 'Wir werden diese Bedingungen nicht akzeptieren',
  },
  {
    en: 'The door to dialogue remains open',
    es: 'La puerta al diálogo sigue abierta',
    fr: 'La porte du dialogue reste ouverte',
    de: 'Die Tür zum Dialog bleibt offen',
  },
  {
    en: 'Our borders are not negotiable',
    es: 'Nuestras fronteras no son negociables',
    fr: 'Nos frontières ne sont pas négociables',
    de: 'Unsere Grenzen sind nicht verhandelbar',
  },
  {
    en: 'This agreement opens a new chapter',
    es: 'Este acuerdo abre un nuevo capítulo',
    fr: 'Cet accord ouvre un nouveau chapitre',
    de: 'Dieses Abkommen schlägt ein neues Kapitel auf',
  },
  {
    en: 'Every option is on the table',
    es: 'Todas las opciones están sobre la mesa',
    fr: 'Toutes les options sont sur la table',
    de: 'Alle Optionen liegen auf dem Tisch',
  },
  {
    en: 'We call on both sides to show restraint',
    es: 'Pedimos a ambas partes que actúen con moderación',
    fr: 'Nous appelons les deux parties à la retenue',
    de: 'Wir rufen beide Seiten zur Zurückhaltung auf',
  },
];

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One sentence in `lang`, with its English translation. */
function sentence(rng: Rng, lang: Lang, slots: Slots): { text: string; en: string } {
  if (rng.chance(0.2)) {
    const q = rng.pick(STATEMENTS);
    const p = slots.person;
    const forms: Record<Lang, string> = {
      en: `${p} declared: “${q.en}.”`,
      es: `${p} declaró: «${q.es}».`,
      // French typography: no-break spaces inside the guillemets and before the colon.
      fr: `${p} a déclaré\u00a0: «\u00a0${q.fr}\u00a0».`,
      de: `${p} erklärte: „${q.de}.“`,
    };
    return { text: forms[lang], en: forms.en };
  }
  const subject = rng.pick(SUBJECTS);
  const predicate = rng.pick(PREDICATES);
  const complement = rng.chance(0.6) ? rng.pick(COMPLEMENTS) : null;
  const build = (l: Lang) => {
    const pred = predicate[l](slots);
    let body: string;
    if (complement === null) body = pred;
    else if (l === 'de') {
      const space = pred.indexOf(' ');
      body = `${pred.slice(0, space)} ${complement.de}${pred.slice(space)}`;
    } else body = `${pred} ${complement[l]}`;
    return `${capitalize(subject[l](slots))} ${body}.`;
  };
  const text = build(lang);
  return { text, en: lang === 'en' ? text : build('en') };
}

// ---------------------------------------------------------------------------------------
// Dates

const DAY = 86_400_000;
const pad2 = (n: number) => String(n).padStart(2, '0');
const pad4 = (n: number) => String(n).padStart(4, '0');

type Precision = 'day' | 'month' | 'year' | 'datetime';

function formatDay(ms: number): string {
  const d = new Date(ms);
  return `${pad4(d.getUTCFullYear())}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

interface DateTimeStyle {
  seconds: boolean;
  /** '' (no offset), 'Z' or '+03:00'. */
  offset: string;
}

/** `ms` is the wall-clock time in the given offset, encoded as if it were UTC. */
function formatDateTime(ms: number, style: DateTimeStyle): string {
  const d = new Date(ms);
  const time = `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
  const seconds = style.seconds ? `:${pad2(d.getUTCSeconds())}` : '';
  return `${formatDay(ms)}T${time}${seconds}${style.offset}`;
}

function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1);
}

/**
 * Start and optional end strings (the end always after the start), and the first instant
 * the start covers, to sort by.
 */
function offsetMs(offset: string): number {
  if (offset === '' || offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * 60_000;
}

function makeDates(
  rng: Rng,
  ms: number,
  precision: Precision,
  isPeriod: boolean,
): { dates: { start: string; end?: string }; key: number } {
  const d = new Date(ms);
  switch (precision) {
    case 'year': {
      const start = pad4(d.getUTCFullYear());
      const key = Date.UTC(d.getUTCFullYear(), 0, 1);
      if (!isPeriod) return { dates: { start }, key };
      return { dates: { start, end: pad4(d.getUTCFullYear() + rng.int(1, 4)) }, key };
    }
    case 'month': {
      const start = formatDay(ms).slice(0, 7);
      const key = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
      if (!isPeriod) return { dates: { start }, key };
      return { dates: { start, end: formatDay(addMonths(ms, rng.int(1, 12))).slice(0, 7) }, key };
    }
    case 'day': {
      const start = formatDay(ms);
      if (!isPeriod) return { dates: { start }, key: ms };
      const length = rng.chance(0.7) ? rng.int(1, 14) : rng.int(15, 120);
      return { dates: { start, end: formatDay(ms + length * DAY) }, key: ms };
    }
    case 'datetime': {
      const offsets = ['Z', 'Z', '+01:00', '+03:00', '-05:00', '+09:00', ''];
      const style: DateTimeStyle = { seconds: rng.chance(0.3), offset: rng.pick(offsets) };
      const at =
        Math.floor(ms / DAY) * DAY + rng.int(6 * 60, 22 * 60) * 60_000 + rng.int(0, 59) * 1000;
      const start = formatDateTime(at, style);
      const key = at - offsetMs(style.offset) - (style.seconds ? 0 : at % 60_000);
      if (!isPeriod) return { dates: { start }, key };
      const end = formatDateTime(at + rng.int(1, 72 * 60) * 60_000, style);
      return { dates: { start, end }, key };
    }
  }
}

// ---------------------------------------------------------------------------------------
// The store

interface StateInfo {
  actor: ActorInput;
  members: ActorInput[];
  people: string[];
  cities: Place[];
}

interface Place {
  name: string;
  lat?: number;
  lon?: number;
}

interface SourceInfo {
  source: SourceInput;
  lang: Lang;
  sentences: { text: string; en: string }[];
}

interface Crisis {
  name: string;
  tag: string;
  start: number;
  length: number;
  states: StateInfo[];
  place: Place;
}

/** Hue spread by the golden angle, so neighbouring lanes get distinct colours. */
function color(index: number, rng: Rng): string {
  const h = (index * 137.508) % 360;
  const s = 0.5 + rng.next() * 0.2;
  const l = 0.38 + rng.next() * 0.14;
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  const hex = (x: number) =>
    Math.round(x * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${hex(f(0))}${hex(f(8))}${hex(f(4))}`;
}

function uniqueName(used: Set<string>, make: () => string): string {
  for (let attempt = 0; ; attempt++) {
    const base = make();
    const name = attempt < 50 ? base : `${base} ${attempt}`;
    if (!used.has(name) && !used.has(slugify(name))) {
      used.add(name);
      used.add(slugify(name));
      return name;
    }
  }
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function makeActors(seed: number) {
  const rng = new Rng(seed, 'actors');
  const used = new Set<string>();
  const cityNames = new Set<string>();
  const stateCount = rng.int(28, 32);
  const states: StateInfo[] = [];
  for (let i = 0; i < stateCount; i++) {
    const name = uniqueName(used, () => rng.pick(STATE_PREFIXES) + rng.pick(STATE_SUFFIXES));
    const actor: ActorInput = { id: slugify(name), name, kind: 'state', color: color(i, rng) };
    const lat = -40 + rng.next() * 100;
    const lon = -170 + rng.next() * 340;
    const cities: Place[] = [];
    for (let c = rng.int(2, 5); c > 0; c--) {
      const city = uniqueName(cityNames, () => rng.pick(CITY_PREFIXES) + rng.pick(CITY_SUFFIXES));
      cities.push(
        rng.chance(0.85)
          ? {
              name: city,
              lat: round2(Math.max(-90, Math.min(90, lat + rng.normal() * 3))),
              lon: round2(Math.max(-180, Math.min(180, lon + rng.normal() * 3))),
            }
          : { name: city },
      );
    }
    const members: ActorInput[] = [];
    const people: string[] = [];
    const orgs = rng.sample(ORGANIZATIONS, ORGANIZATIONS.length);
    for (let m = rng.int(1, 4); m > 0; m--) {
      if (rng.chance(0.6)) {
        const person = uniqueName(used, () => `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`);
        people.push(person);
        members.push({ id: slugify(person), name: person, kind: 'person', memberOf: actor.id });
      } else {
        const org = `${orgs.pop()!} ${name}`;
        used.add(org);
        members.push({ id: slugify(org), name: org, kind: 'organization', memberOf: actor.id });
      }
    }
    // Sentences quote someone: a state without a person member still has a spokesperson.
    if (people.length === 0) {
      people.push(uniqueName(used, () => `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`));
    }
    states.push({ actor, members, people, cities });
  }
  // Two international bodies with no memberOf: lanes of their own.
  const bodies: ActorInput[] = ['Council of Northern States', 'Continental Security Pact'].map(
    (name, i) => ({
      id: slugify(name),
      name,
      kind: 'organization',
      color: color(stateCount + i, rng),
    }),
  );
  return { states, bodies };
}

function slotsFor(rng: Rng, states: readonly StateInfo[]): Slots {
  const [a, b] = rng.sample(states, 2) as [StateInfo, StateInfo];
  return {
    state: a.actor.name,
    other: b.actor.name,
    place: rng.pick(rng.chance(0.5) ? a.cities : b.cities).name,
    person: rng.pick(a.people),
  };
}

function makeSources(seed: number, states: readonly StateInfo[], startYear: number, years: number) {
  const rng = new Rng(seed, 'sources');
  const count = rng.int(5, 20);
  const sources: SourceInfo[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < count; i++) {
    // Mostly foreign-language sources, so most excerpts carry a translation.
    const lang = LANGS[rng.weighted([2, 3, 3, 3])]!;
    const publisher = rng.pick(PUBLISHERS[lang]);
    const published = formatDay(
      Date.UTC(startYear, 0, 1) + Math.floor(rng.next() * years * 365.25) * DAY,
    );
    const sentences: { text: string; en: string }[] = [];
    const paragraphs: string[] = [];
    for (let p = rng.int(8, 30); p > 0; p--) {
      const paragraph: string[] = [];
      for (let s = rng.int(2, 6); s > 0; s--) {
        const line = sentence(rng, lang, slotsFor(rng, states));
        sentences.push(line);
        paragraph.push(line.text);
      }
      paragraphs.push(paragraph.join(' '));
    }
    const topic = sentences[0]!.en.replace(/\.$/, '');
    let id = slugify(`${publisher} ${published}`);
    while (ids.has(id)) id = `${id}-${ids.size}`;
    ids.add(id);
    const source: SourceInput = {
      id,
      title:
        lang === 'en'
          ? `${publisher}: ${topic}`
          : `${topic} (${LANGUAGE_NAMES[lang]}-language report)`,
      language: lang,
      publisher,
      published,
      ...(rng.chance(0.8)
        ? { url: `https://example.org/${slugify(publisher)}/${published.slice(0, 4)}/${id}` }
        : {}),
      text: paragraphs.join('\n\n'),
    };
    sources.push({ source, lang, sentences });
  }
  return sources;
}

const CRISIS_NAMES: readonly ((a: string, b: string, place: string) => string)[] = [
  (_a, _b, place) => `${place} crisis`,
  (a, b) => `${a}–${b} border dispute`,
  (a) => `${a} gas dispute`,
  (_a, _b, place) => `${place} standoff`,
  (a) => `${a} election crisis`,
  (a, b) => `${a}–${b} trade war`,
  (_a, _b, place) => `siege of ${place}`,
];

const TITLES: readonly ((a: string, b: string, place: string) => string)[] = [
  (a, b) => `${a} and ${b} hold talks`,
  (a, b, p) => `${a} accuses ${b} of provocations near ${p}`,
  (a, b) => `${a} announces sanctions against ${b}`,
  (a, b) => `${a} recalls its ambassador from ${b}`,
  (a, _b, p) => `${a} reports troop movements near ${p}`,
  (a, b, p) => `${a} and ${b} sign an agreement in ${p}`,
  (a, b) => `${a} suspends gas deliveries to ${b}`,
  (_a, _b, p) => `Ceasefire announced in ${p}`,
  (a, _b, p) => `${a} visits ${p}`,
  (a, b) => `${a} expels two diplomats of ${b}`,
  (a, b) => `Talks between ${a} and ${b} break down`,
  (a, _b, p) => `${a} pledges humanitarian aid for ${p}`,
];

const CRISIS_TITLES: readonly ((a: string, place: string, crisis: string) => string)[] = [
  (_a, p, c) => `Protests in ${p} as the ${c} deepens`,
  (a, _p, c) => `${a} calls for an emergency meeting on the ${c}`,
  (a, _p, c) => `${a} proposes a mediator in the ${c}`,
  (_a, _p, c) => `First casualties reported in the ${c}`,
];

/** Mostly days, some months and years, a few date-times. */
const PRECISION_WEIGHTS = [80, 10, 5, 5];
/** 1 to 4 actors per event. */
const ACTOR_COUNT_WEIGHTS = [35, 40, 15, 10];
/** 1 to 3 excerpts per event. */
const EXCERPT_COUNT_WEIGHTS = [55, 35, 10];

const DATE_NOTES = [
  'The source gives only the weekday; the date follows from its publication date.',
  'Reported two days later; the first reports disagree on the day.',
  'The date is that of the official announcement, not of the meeting itself.',
];

export function generateStore(options: GenStoreOptions): GeneratedStore {
  const count = Math.max(0, Math.floor(options.events));
  const seed = Math.trunc(options.seed);
  const startYear = options.startYear ?? 2000;
  const years = options.years ?? 25;
  const spanStart = Date.UTC(startYear, 0, 1);
  const spanDays = Math.floor((Date.UTC(startYear + years, 0, 1) - spanStart) / DAY);

  const { states, bodies } = makeActors(seed);
  const sources = makeSources(seed, states, startYear, years);
  const rng = new Rng(seed, 'events');

  // Crises: bursts of events over days to months, heavy-tailed in size.
  const crisisCount = Math.max(3, Math.min(600, Math.round(count / 150)));
  const crises: Crisis[] = [];
  for (let i = 0; i < crisisCount; i++) {
    const involved = rng.sample(states, rng.int(2, 4));
    const [a, b] = involved as [StateInfo, StateInfo];
    const place = rng.pick(a.cities);
    const name = rng.pick(CRISIS_NAMES)(a.actor.name, b.actor.name, place.name);
    const kind = rng.weighted([4, 4, 2]);
    const length = kind === 0 ? rng.int(3, 14) : kind === 1 ? rng.int(15, 60) : rng.int(61, 200);
    crises.push({
      name,
      tag: slugify(name),
      start: spanStart + rng.int(0, spanDays - 1) * DAY,
      length,
      states: involved,
      place,
    });
  }
  // Cumulative log-normal weights, searched by bisection: a few crises dominate.
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < crises.length; i++) cumulative.push((total += Math.exp(rng.normal())));
  const pickCrisis = (): Crisis => {
    const r = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return crises[lo]!;
  };

  const candidatesOf = new Map<Crisis, ActorInput[]>(
    crises.map((crisis) => [
      crisis,
      crisis.states.flatMap((state) => [state.actor, ...state.members]),
    ]),
  );

  // Built in generation order, then sorted by the first instant of `start`; ids come last,
  // so they run in chronological order.
  const drafts: EventInput[] = [];
  const keys = new Float64Array(count);
  const usedActors = new Set<string>();

  for (let i = 0; i < count; i++) {
    const crisis = rng.chance(0.7) ? pickCrisis() : null;
    let ms: number;
    let pool: StateInfo[];
    let candidates: ActorInput[];
    if (crisis) {
      // Front-loaded: most of a crisis happens in its first days.
      ms = crisis.start + Math.floor(crisis.length * rng.next() ** 1.6) * DAY;
      pool = crisis.states;
      candidates = candidatesOf.get(crisis)!;
    } else {
      ms = spanStart + rng.int(0, spanDays - 1) * DAY;
      pool = rng.sample(states, 2);
      candidates = pool.flatMap((state) => [state.actor, ...state.members]);
    }
    const precision: Precision = (['day', 'month', 'year', 'datetime'] as const)[
      rng.weighted(PRECISION_WEIGHTS)
    ]!;
    const { dates, key } = makeDates(rng, ms, precision, rng.chance(0.15));
    keys[i] = key;

    const actors = rng.sample(candidates, 1 + rng.weighted(ACTOR_COUNT_WEIGHTS));
    if (rng.chance(0.05)) actors[actors.length - 1] = rng.pick(bodies);
    for (const actor of actors) usedActors.add(actor.id);

    const [first, second] = actors as [ActorInput, ActorInput | undefined];
    const own = first.memberOf ?? first.id;
    const other = second ?? rng.pick(pool.filter((state) => state.actor.id !== own)).actor;
    const place = crisis && rng.chance(0.6) ? crisis.place : rng.pick(pool[0]!.cities);
    const title = (
      crisis && rng.chance(0.3)
        ? rng.pick(CRISIS_TITLES)(first.name, place.name, crisis.name)
        : rng.pick(TITLES)(first.name, other.name, place.name)
    ).slice(0, 200);

    const excerpts: ExcerptInput[] = [];
    for (const info of rng.sample(sources, 1 + rng.weighted(EXCERPT_COUNT_WEIGHTS))) {
      const at = rng.int(0, info.sentences.length - 1);
      const one = info.sentences[at]!;
      const next = rng.chance(0.2) ? info.sentences[at + 1] : undefined;
      const quote = next ? `${one.text} ${next.text}` : one.text;
      const translation = next ? `${one.en} ${next.en}` : one.en;
      excerpts.push(
        info.lang === 'en'
          ? { source: info.source.id, quote }
          : { source: info.source.id, quote, translation },
      );
    }

    const tags = rng.sample(TAGS, rng.int(1, 3));
    if (crisis && rng.chance(0.7)) tags.unshift(crisis.tag);

    let dateNote: string | undefined;
    const approximate = rng.chance(0.03);
    if (approximate) dateNote = 'The sources give the date only approximately.';
    else if (rng.chance(0.04)) dateNote = rng.pick(DATE_NOTES);
    let summary: string | undefined;
    if (rng.chance(0.5)) {
      const slots = slotsFor(rng, pool);
      const lines = [sentence(rng, 'en', slots).en];
      if (rng.chance(0.4)) lines.push(sentence(rng, 'en', slots).en);
      summary = lines.join(rng.chance(0.3) ? '\n\n' : ' ');
    }
    const withPlace = rng.chance(0.4);

    const event: EventInput = {
      id: '',
      title,
      start: dates.start,
      ...(dates.end === undefined ? {} : { end: dates.end }),
      ...(approximate ? { approximate } : {}),
      ...(dateNote === undefined ? {} : { dateNote }),
      actors: actors.map((actor) => actor.id),
      ...(summary === undefined ? {} : { summary }),
      tags,
      ...(withPlace ? { place: { ...place } } : {}),
      excerpts,
    };
    drafts.push(event);
  }

  // Every actor takes part in something (no "actor with no events" warnings), as long as
  // there are enough events to go round.
  const allActors: ActorInput[] = [];
  for (const state of states) allActors.push(state.actor, ...state.members);
  allActors.push(...bodies);
  let cursor = 0;
  for (const actor of allActors) {
    if (usedActors.has(actor.id)) continue;
    for (let tries = 0; tries < drafts.length; tries++) {
      const draft = drafts[cursor++ % drafts.length]!;
      if (draft.actors.length < 4) {
        draft.actors.push(actor.id);
        usedActors.add(actor.id);
        break;
      }
    }
  }

  const order = Array.from({ length: count }, (_, i) => i).sort(
    (a, b) => keys[a]! - keys[b]! || a - b,
  );
  const events = order.map((at, i) => {
    const event = drafts[at]!;
    event.id = `${slugify(event.title, 60)}-${i.toString(36)}`;
    return event;
  });

  return {
    $schema: '/schema/sourceline-1.schema.json',
    format: 'sourceline/1',
    title:
      options.title ?? `Synthetic store: ${count.toLocaleString('en-US')} events (seed ${seed})`,
    description:
      'Generated by scripts/gen-store.ts for tests and benchmarks. Every state, person, ' +
      'place, source and event in it is fictional.',
    language: 'en',
    sources: sources.map((info) => info.source),
    actors: allActors,
    events,
  };
}

/**
 * The store as compact JSON, in chunks: the same text as JSON.stringify, without building
 * one string of tens of megabytes.
 */
export function* storeJsonChunks(store: GeneratedStore, eventsPerChunk = 1000): Generator<string> {
  const head = JSON.stringify({ ...store, events: [] });
  // `events` is the last field, so the head ends with `[]}`: keep its `[`.
  yield head.slice(0, -2);
  for (let i = 0; i < store.events.length; i += eventsPerChunk) {
    const parts: string[] = [];
    const end = Math.min(store.events.length, i + eventsPerChunk);
    for (let k = i; k < end; k++) parts.push(JSON.stringify(store.events[k]));
    yield (i > 0 ? ',' : '') + parts.join(',');
  }
  yield ']}\n';
}

export function generateStoreJson(options: GenStoreOptions, pretty = false): string {
  const store = generateStore(options);
  if (pretty) return JSON.stringify(store, null, 2) + '\n';
  return [...storeJsonChunks(store)].join('');
}

// ---------------------------------------------------------------------------------------
// Command line

export const GEN_USAGE =
  'usage: npm run gen:store -- --events N --seed S --out FILE [--pretty] [--start-year Y] [--years N] [--title T]';

export interface GenArgs extends GenStoreOptions {
  out: string;
  pretty: boolean;
}

/** Parses the CLI arguments; throws an Error with a readable message when they are wrong. */
export function parseGenArgs(argv: readonly string[]): GenArgs {
  const values = new Map<string, string>();
  let pretty = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--pretty') {
      pretty = true;
      continue;
    }
    const match = /^--(events|seed|out|start-year|years|title)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unknown argument ${JSON.stringify(arg)}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new Error(`--${match[1]} needs a value`);
    values.set(match[1]!, value);
  }
  const integer = (key: string, fallback?: number): number => {
    const raw = values.get(key);
    if (raw === undefined) {
      if (fallback === undefined) throw new Error(`--${key} is required`);
      return fallback;
    }
    const value = Number(raw.replace(/_/g, ''));
    if (!Number.isSafeInteger(value)) throw new Error(`--${key} must be an integer, not ${raw}`);
    return value;
  };
  const events = integer('events');
  if (events < 0) throw new Error('--events must not be negative');
  const out = values.get('out');
  if (out === undefined) throw new Error('--out is required');
  const startYear = integer('start-year', 2000);
  const years = integer('years', 25);
  if (startYear < 1 || years < 1 || startYear + years > 9999) {
    throw new Error('--start-year and --years must stay within years 0001 to 9999');
  }
  const title = values.get('title');
  return {
    events,
    seed: integer('seed', 1),
    out,
    pretty,
    startYear,
    years,
    ...(title === undefined ? {} : { title }),
  };
}
