import { type Axis, readCoordinate as readWritten } from '../../../format/convert/coordinate-text';

/**
 * A latitude or longitude as typed or pasted in the event form, read as the importers read
 * a table's (format/convert/coordinate-text.ts): `125.75`, `125,75` (the decimal comma of
 * much of Europe and Latin America), `−33.4`, `50°27′N`. A number out of range stays that
 * number, for the validator to say so at the field; any other text is kept as typed, so the
 * draft holds it (and the field says it is not a number) instead of the editor dropping it
 * without a word. Empty is no value.
 */
export function readCoordinate(text: string, axis: Axis): number | string | undefined {
  if (text.trim() === '') return undefined;
  const read = readWritten(text, axis);
  if (read.ok) return read.value;
  const number = Number(text.trim().replace(',', '.').replace('\u2212', '-'));
  return read.reason === 'out-of-range' && Number.isFinite(number) ? number : text;
}

/** A coordinate the draft holds, as the field shows it. */
export function showCoordinate(value: unknown): string {
  return value === undefined ? '' : String(value);
}

/**
 * Which coordinate a place lacks when it has only the other: the store keeps such a place,
 * but the map shows a place only with both, so the event would be missing from it unsaid.
 */
export function missingCoordinate(
  place: { lat?: unknown; lon?: unknown } | undefined,
): Axis | null {
  if (!place) return null;
  if (place.lat !== undefined && place.lon === undefined) return 'lon';
  if (place.lon !== undefined && place.lat === undefined) return 'lat';
  return null;
}

/** Whether a coordinate the draft holds is text that is not a number (see readCoordinate). */
export const isUnreadCoordinate = (value: unknown): value is string => typeof value === 'string';
