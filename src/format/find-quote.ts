/**
 * Where a quote first sits in its source's full text, for the explorer's Show in context and
 * the editor's highlights alike. The format calls a quote verbatim when it matches after runs
 * of white space are collapsed, so the search allows any run of white space wherever the
 * quote has one, and nothing else.
 */
export function findQuote(text: string, quote: string): { start: number; end: number } | null {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const leading = /^\s/.test(quote) ? '\\s+' : '';
  const trailing = /\s$/.test(quote) ? '\\s+' : '';
  const match = new RegExp(leading + escaped.join('\\s+') + trailing, 'u').exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
