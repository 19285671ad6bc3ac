import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../format/problems';
import { leavesOut, problemText } from './problem-text';

const at = (problem: Partial<Problem>): Problem => ({
  severity: 'dropped',
  path: 'events[0].title',
  expected: 'a title as a non-empty string',
  message: 'invalid value; the event dropped',
  ...problem,
});

describe('problemText', () => {
  it('says a field left empty is required, with what it takes', () => {
    expect(problemText(at({ value: '""' }))).toBe('Required: a title as a non-empty string.');
    expect(
      problemText(at({ value: undefined, message: 'required field missing; the source dropped' })),
    ).toBe('Required: a title as a non-empty string.');
    expect(
      problemText(at({ value: '[]', expected: 'at least one actor id', path: 'events[0].actors' })),
    ).toBe('Required: at least one actor id.');
  });

  it('shows what was found against what is expected, without the path or the outcome', () => {
    const text = problemText(
      at({
        path: 'events[0].start',
        value: '"2024-13"',
        expected: 'a date: YYYY, YYYY-MM or YYYY-MM-DD',
      }),
    );
    expect(text).toBe('Not valid (found "2024-13"); expected a date: YYYY, YYYY-MM or YYYY-MM-DD.');
  });

  it('keeps the validator’s own account of other problems', () => {
    const text = problemText(
      at({
        path: 'events[0].end',
        value: '"2024-01-01"',
        expected: 'an end on or after the start',
        message: 'the end is before the start; the event dropped',
      }),
    );
    expect(text).toBe(
      'The end is before the start (found "2024-01-01"); expected an end on or after the start.',
    );
  });
});

describe('leavesOut', () => {
  it('is true of what drops the item, not of a field left out or a warning', () => {
    expect(leavesOut(at({}))).toBe(true);
    expect(
      leavesOut(at({ severity: 'warning', message: 'invalid value; the field left out' })),
    ).toBe(false);
    expect(
      leavesOut(
        at({
          severity: 'warning',
          message: 'the event has no excerpts: nothing shows what it rests on',
        }),
      ),
    ).toBe(false);
  });
});
