import { slugify as storeSlug } from '../../../src/format/slugify';

/** Ids made from names and titles, by the store's own rule (ids up to 80 characters). */
export function slugify(text: string, maxLength = 80): string {
  return storeSlug(text, '', maxLength);
}
