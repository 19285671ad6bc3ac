/**
 * Words for a screen reader only, said as they change: a visually hidden polite live region.
 * Not a `status`: the page's notices are (docs/ui-contract.md), and these are no notice.
 * `count` tells one saying from the next: the words are a new node each time, so the same
 * words (Next pressed twice at the end, two Undos alike) are said again.
 */
export function SpokenWords({ text, count }: { text: string; count: number }) {
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {count === 0 ? null : <span key={count}>{text}</span>}
    </p>
  );
}
