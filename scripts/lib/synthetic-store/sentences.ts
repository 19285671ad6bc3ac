/**
 * The text the sources are made of: sentences in English, Spanish, French and German about
 * fictional states, each with its English translation, so an excerpt can carry one.
 */
import type { Rng } from './random';

export type Lang = 'en' | 'es' | 'fr' | 'de';
export const LANGS: readonly Lang[] = ['en', 'es', 'fr', 'de'];

/** French "de X" with elision before a vowel. */
const frDe = (name: string) => (/^[AEIOUYÉ]/i.test(name) ? `d’${name}` : `de ${name}`);

/** Slots a sentence can refer to: proper nouns, the same in every language. */
export interface Slots {
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
export function sentence(rng: Rng, lang: Lang, slots: Slots): { text: string; en: string } {
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
