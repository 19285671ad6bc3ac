// Kept apart from the zod schema so that the page can check ids in links without
// loading zod, which only the store worker needs.
export const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const isSlug = (value: string): boolean => value.length <= 80 && SLUG_RE.test(value);
