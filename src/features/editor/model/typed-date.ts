import { readDate } from '../../../format/convert/import-dates';
import { parseStoreDate } from '../../../format/dates';

/**
 * A date typed as people write it ("19 June 2024", "Sept 2023", "June 19, 2024", "13/09/2023")
 * in the store's form ("2024-06-19", "2023-09"), read as the importers read a spreadsheet's,
 * at the precision given. A store date is kept as it is; what cannot be read without a guess
 * ("03/04/2020": which is the day?) or at all is left as typed, for the field to say why.
 */
export function storeDateOfTyped(typed: string): string {
  const text = typed.trim();
  if (text === '' || parseStoreDate(text) !== null) return text;
  const read = readDate(text);
  return read.ok ? read.date : text;
}

/**
 * The two store dates a typed date could be ("03/04/2023": 3 April or 4 March), day first
 * then month first, for the field to say why it was not read; null for any other date.
 */
export function twoReadingsOf(typed: string): readonly [string, string] | null {
  const read = readDate(typed);
  if (read.ok || read.reason !== 'ambiguous') return null;
  const dayFirst = readDate(typed, 'dmy');
  const monthFirst = readDate(typed, 'mdy');
  return dayFirst.ok && monthFirst.ok ? [dayFirst.date, monthFirst.date] : null;
}
