import { describe, expect, it } from 'vitest';
import { type Problem, describeProblemGroup, groupProblems } from './problems';

const noExcerpts = (i: number): Problem => ({
  severity: 'warning',
  path: `events[${i}].excerpts`,
  message: 'the event has no excerpts',
  expected: 'at least one excerpt quoting a source',
});

describe('groupProblems', () => {
  it('says the same problem at many places once, naming the first and counting the rest', () => {
    const problems = Array.from({ length: 20_000 }, (_, i) => noExcerpts(i));
    const groups = groupProblems(problems);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.paths).toHaveLength(20_000);
    expect(describeProblemGroup(groups[0]!)).toBe(
      'events[0].excerpts, events[1].excerpts, events[2].excerpts and 19,997 more: ' +
        'the event has no excerpts; expected at least one excerpt quoting a source',
    );
  });

  it('keeps apart problems with another value, path shape or severity, in first-seen order', () => {
    const date = (i: number, value: string): Problem => ({
      severity: 'dropped',
      path: `events[${i}].start`,
      message: 'invalid value; the event dropped',
      expected: 'a date',
      value,
    });
    const problems = [
      noExcerpts(0),
      date(1, '"2024-13"'),
      noExcerpts(2),
      date(3, '"soon"'),
      { ...noExcerpts(4), path: 'sources[4].excerpts' },
      { ...noExcerpts(5), severity: 'dropped' as const },
    ];
    expect(groupProblems(problems).map(describeProblemGroup)).toEqual([
      'events[0].excerpts, events[2].excerpts: the event has no excerpts; expected at least one excerpt quoting a source',
      'events[1].start: invalid value; the event dropped (found "2024-13"); expected a date',
      'events[3].start: invalid value; the event dropped (found "soon"); expected a date',
      'sources[4].excerpts: the event has no excerpts; expected at least one excerpt quoting a source',
      'events[5].excerpts: the event has no excerpts; expected at least one excerpt quoting a source',
    ]);
  });
});
