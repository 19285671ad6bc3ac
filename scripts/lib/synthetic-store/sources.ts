/**
 * The sources: a handful of fictional newspapers in four languages, each article's full text
 * made of generated sentences, kept with their English translations for the excerpts.
 */
import type { SourceInput } from '../../../src/format/schema.ts';
import { type StateInfo, slotsFor } from './actors';
import { DAY, formatDay } from './dates';
import { Rng } from './random';
import { LANGS, type Lang, sentence } from './sentences';
import { slugify } from './slugify';

export interface SourceInfo {
  source: SourceInput;
  lang: Lang;
  sentences: { text: string; en: string }[];
}

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

/** 5 to 20 articles, mostly in other languages than English, each of 8 to 30 paragraphs. */
export function makeSources(
  seed: number,
  states: readonly StateInfo[],
  startYear: number,
  years: number,
) {
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
