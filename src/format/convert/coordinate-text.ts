/**
 * A latitude or a longitude as people write one in a table: a decimal number (`50.45`, with a
 * decimal comma `50,45`, a sign `-33.9` or `−33.9`), or degrees, minutes and seconds as
 * journalists paste them from a map or an encyclopaedia (`50°27′N`, `50°27'30"N`, `50 27 N`,
 * `N 50° 27.5′`, `30°31′O` for west in Spanish). Nothing is guessed: a text that is not one of
 * these, minutes or seconds of 60 or more, a sign and a hemisphere together, or a hemisphere of
 * the other axis (`E` for a latitude) is not read.
 */
export type Axis = 'lat' | 'lon';

export type CoordinateRead =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly reason: 'unreadable' | 'out-of-range' };

const DECIMAL = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;
const DEGREE = '°º˚';
const MINUTE = "'′’‘´";
const SECOND = '"″”“';
/** A number and the mark after it, if any. */
const PART = new RegExp(`(\\d+(?:[.,]\\d+)?)\\s*([${DEGREE}]|[${MINUTE}]|[${SECOND}])?\\s*`, 'y');
const HEMISPHERES: Readonly<Record<string, { axis: Axis; sign: 1 | -1 }>> = {
  N: { axis: 'lat', sign: 1 },
  S: { axis: 'lat', sign: -1 },
  E: { axis: 'lon', sign: 1 },
  W: { axis: 'lon', sign: -1 },
  // Oeste: Spanish maps and encyclopaedias write west so.
  O: { axis: 'lon', sign: -1 },
};
const LIMIT: Readonly<Record<Axis, number>> = { lat: 90, lon: 180 };

const decimal = (text: string) => Number(text.replace(',', '.'));

/** The place of a mark among degrees (0), minutes (1) and seconds (2). */
function markPlace(mark: string): number {
  if (DEGREE.includes(mark)) return 0;
  return MINUTE.includes(mark) ? 1 : 2;
}

/** Degrees, minutes and seconds without sign or hemisphere; null when they are not. */
function readDegreeParts(body: string, hemisphere: boolean): number | null {
  const values: (number | undefined)[] = [undefined, undefined, undefined];
  const texts: string[] = [];
  let next = 0;
  let marked = false;
  PART.lastIndex = 0;
  while (PART.lastIndex < body.length) {
    const m = PART.exec(body);
    if (m === null) return null;
    const place = m[2] === undefined ? next : markPlace(m[2]);
    if (place < next || place > 2) return null;
    if (m[2] !== undefined) marked = true;
    values[place] = decimal(m[1]!);
    texts[place] = m[1]!;
    next = place + 1;
  }
  if (next === 0) return null;
  // "50 27" could be anything: degrees need their mark, or a hemisphere, to be read as such.
  if (!marked && !hemisphere) return null;
  // Only the last part given may have a fraction: "50.5°27′" is no angle.
  const last = next - 1;
  if (texts.slice(0, last).some((text) => text !== undefined && /[.,]/.test(text))) return null;
  const [degrees = 0, minutes = 0, seconds = 0] = values;
  if (minutes >= 60 || seconds >= 60) return null;
  return degrees + minutes / 60 + seconds / 3600;
}

/** Rounded to a millionth of a degree (about 10 cm): what a minute or a second cannot be exactly. */
const rounded = (value: number) => Math.round(value * 1e6) / 1e6;

export function readCoordinate(input: string, axis: Axis): CoordinateRead {
  const text = input
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/''|′′/g, '"');
  if (text === '') return { ok: false, reason: 'unreadable' };
  let value: number | null;
  if (DECIMAL.test(text)) value = decimal(text);
  else {
    const lead = /^([NSEWO])\s*(.*)$/i.exec(text);
    const trail = /^(.*?)\s*([NSEWO])$/i.exec(text);
    const letter = (lead?.[1] ?? trail?.[2])?.toUpperCase();
    let body = lead ? lead[2]! : trail ? trail[1]! : text;
    // Written on both sides ("N 50°S"): no one position.
    if (lead && /[NSEWO]$/i.test(body)) return { ok: false, reason: 'unreadable' };
    const hemisphere = letter === undefined ? undefined : HEMISPHERES[letter]!;
    if (hemisphere && hemisphere.axis !== axis) return { ok: false, reason: 'unreadable' };
    const sign = /^([+-])\s*/.exec(body);
    // "-50°N": which one was meant cannot be told.
    if (sign && hemisphere) return { ok: false, reason: 'unreadable' };
    if (sign) body = body.slice(sign[0].length);
    value = readDegreeParts(body, hemisphere !== undefined);
    if (value === null) return { ok: false, reason: 'unreadable' };
    value = rounded(value) * (hemisphere?.sign ?? (sign?.[1] === '-' ? -1 : 1));
  }
  if (!Number.isFinite(value)) return { ok: false, reason: 'unreadable' };
  if (Math.abs(value) > LIMIT[axis]) return { ok: false, reason: 'out-of-range' };
  // -0 reads back as 0.
  return { ok: true, value: value + 0 };
}
