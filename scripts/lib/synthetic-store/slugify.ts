/** Ids made from names and titles: lower-case ASCII words joined by hyphens. */
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
