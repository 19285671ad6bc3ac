/**
 * A phrase that carries values (a date, an id, a count): its pattern, and its Spanish made
 * from the parts it matched; undefined when a part has no Spanish.
 */
export type Rule = readonly [RegExp, (...parts: string[]) => string | undefined];

const NO_PHRASES: ReadonlyMap<string, string> = new Map();

/**
 * The Spanish of an English sentence: its fixed phrase, else the first rule it matches.
 * Undefined when the tables have no Spanish for all of it, so the caller keeps it whole in
 * English rather than half-translated.
 */
export function byTables(
  english: string,
  rules: readonly Rule[],
  phrases: ReadonlyMap<string, string> = NO_PHRASES,
): string | undefined {
  const phrase = phrases.get(english);
  if (phrase !== undefined) return phrase;
  for (const [pattern, spanish] of rules) {
    const match = pattern.exec(english);
    // An optional group that took no part is undefined: the rule sees it as ''.
    if (match) return spanish(...match.slice(1).map((part) => part ?? '')) || undefined;
  }
  return undefined;
}
