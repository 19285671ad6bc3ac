import { slugify } from '../../../format/slugify';

/** Ids the editor makes for new items: slugs from a name, unique in their list. */
/** Editor ids are shorter than an import's: they are typed and read in the form. */
export function slugFrom(text: string, fallback: string): string {
  return slugify(text, fallback, 60);
}

export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
