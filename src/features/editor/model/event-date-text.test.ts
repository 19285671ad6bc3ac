import { describe, expect, it } from 'vitest';
import { parseStoreDate } from '../../../format/dates';
import { formatEventDate } from '../../../lib/date-format';
import { dateText, eventDateText } from './event-date-text';

describe('eventDateText: the date as the explorer shows it', () => {
  it('marks an approximate date as the explorer does (c. / h.)', () => {
    expect(eventDateText({ start: '2024-06', approximate: true }, 'en')).toBe('c. June 2024');
    expect(eventDateText({ start: '2024-06', approximate: true }, 'es')).toBe('h. junio de 2024');
    expect(eventDateText({ start: '2024-06' }, 'en')).toBe('June 2024');
  });

  it('shows a period as one range, and is the explorer’s own text', () => {
    const event = { start: '2000-07-19', end: '2000-07-20', approximate: true };
    const when = { start: parseStoreDate(event.start)!, end: parseStoreDate(event.end)! };
    expect(eventDateText(event, 'en')).toBe(formatEventDate(when, true, 'en'));
    expect(eventDateText(event, 'en')).toMatch(/^c\. 19\s?–\s?20 July 2000$/);
  });

  it('shows the start alone while the end is not a date, or before the start', () => {
    expect(eventDateText({ start: '2024', end: '20' }, 'en')).toBe('2024');
    expect(eventDateText({ start: '2024', end: '2020' }, 'en')).toBe('2024');
  });

  it('is null while the start is not a date (half typed, empty, not a string)', () => {
    expect(eventDateText({ start: '2024-1' }, 'en')).toBeNull();
    expect(eventDateText({ start: '' }, 'en')).toBeNull();
    expect(eventDateText({ start: 2024 as unknown as string }, 'en')).toBeNull();
    expect(dateText(undefined, 'en')).toBeNull();
    expect(dateText('2024-06-19', 'en')).toBe('19 June 2024');
  });
});
