/**
 * A latitude or longitude as typed in the event form. A number is read with a point or a
 * comma as its decimal mark (`125.75`, `125,75`: the comma is how much of Europe and Latin
 * America writes it) and a minus sign, ASCII or typographic (`−`). Anything else is kept as
 * the text that was typed, so the draft holds it (and the validator says at the field that
 * it is not a number) instead of the editor dropping it without a word; empty is no value.
 */
export function readCoordinate(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const match = /^([+\-\u2212]?)(\d+(?:[.,]\d*)?|[.,]\d+)$/.exec(trimmed);
  if (!match) return text;
  const value = Number(
    `${match[1] === '+' ? '' : match[1] ? '-' : ''}${match[2]!.replace(',', '.')}`,
  );
  return Number.isFinite(value) ? value : text;
}

/** A coordinate the draft holds, as the field shows it. */
export function showCoordinate(value: unknown): string {
  return value === undefined ? '' : String(value);
}

/** Whether a coordinate the draft holds is text that is not a number (see readCoordinate). */
export const isUnreadCoordinate = (value: unknown): value is string => typeof value === 'string';
