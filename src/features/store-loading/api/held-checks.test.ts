import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../format/problems';
import { createHeldChecks } from './held-checks';

const problem = (path: string, severity: Problem['severity'] = 'dropped'): Problem => ({
  severity,
  path,
  expected: 'a date',
  message: severity === 'dropped' ? 'invalid value; the event dropped' : 'looks odd',
});

describe('createHeldChecks', () => {
  it('keeps each problem once, in the file’s row order, counting dropped rows and warnings', () => {
    const checks = createHeldChecks();
    checks.add([problem('events[90].start'), problem('events[90].title')]);
    checks.add([problem('events[12].start'), problem('events[12].sources', 'warning')]);
    // The same rows read again after they were put out of memory.
    checks.add([problem('events[90].start'), problem('events[12].sources', 'warning')]);
    const { problems, dropped, warnings } = checks.getState();
    expect(problems.map((p) => p.path)).toEqual([
      'events[12].start',
      'events[12].sources',
      'events[90].start',
      'events[90].title',
    ]);
    expect(dropped).toBe(2);
    expect(warnings).toBe(1);
  });

  it('tells its subscribers only when something new is found', () => {
    const checks = createHeldChecks();
    let told = 0;
    checks.subscribe(() => told++);
    checks.add([problem('events[1].start')]);
    checks.add([problem('events[1].start')]);
    checks.add([]);
    expect(told).toBe(1);
  });
});
