import type { Reliability } from '../format/schema';

/**
 * A source's reliability on the Admiralty scale, in words (docs: the store format's
 * `reliability`): the details say them beside the grade, and the editor's choice of grade
 * lists them, so that "C" is never a letter to look up.
 */
export const ADMIRALTY_WORDS: Readonly<Record<'en' | 'es', Readonly<Record<Reliability, string>>>> =
  {
    en: {
      A: 'completely reliable',
      B: 'usually reliable',
      C: 'fairly reliable',
      D: 'not usually reliable',
      E: 'unreliable',
      F: 'reliability cannot be judged',
    },
    es: {
      A: 'completamente fiable',
      B: 'normalmente fiable',
      C: 'bastante fiable',
      D: 'no siempre fiable',
      E: 'poco fiable',
      F: 'no se puede juzgar su fiabilidad',
    },
  };
