/**
 * Stands in for the `xss` package inside vis-timeline (aliased in vite.config.ts). vis-timeline
 * writes every string it is given (item and group content, axis labels, tooltips) through
 * `innerHTML`, after `new FilterXSS(options).process(text)`. The app gives it elements, never
 * markup, so nothing here has to survive as HTML: every string is escaped and shows as the
 * text it is. Stricter than a filter, and 8 kB less to fetch before the first paint.
 */
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeAllHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

export class FilterXSS {
  process(text: string): string {
    return escapeAllHtml(text);
  }
}

export default { FilterXSS };
