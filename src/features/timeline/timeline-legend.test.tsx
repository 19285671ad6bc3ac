// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_EVENTS, fixtureIndex } from '../../lib/testing/fixture-store';
import { TimelineLegend } from './timeline-legend';

afterEach(cleanup);

const HATCH = 'Dated to a month or a year only';
const byDay = SAMPLE_EVENTS.filter((event) => /^\d{4}-\d{2}-\d{2}/.test(String(event.start)));
const entries = () =>
  Array.from(screen.getByRole('region', { name: 'Legend' }).querySelectorAll('li'), (li) =>
    li.textContent?.trim(),
  );

describe('the timeline legend', () => {
  it('says what the hatching means where an event is dated to a month or a year only', () => {
    // The samples have "2023-09" and "2019" as their own dates (a period's month is not hatched).
    render(<TimelineLegend index={fixtureIndex()} />);
    expect(entries()).toEqual([HATCH]);
  });

  it('is not there when no event has a status or a coarse date: nothing to explain', () => {
    const { container } = render(<TimelineLegend index={fixtureIndex({ events: byDay })} />);
    expect(container.childElementCount).toBe(0);
  });

  it('has the status marks, the contested share and no hatching for a store of days', () => {
    const events = byDay.map((event, i) => ({
      ...event,
      status: i === 0 ? 'disputed' : 'confirmed',
    }));
    render(<TimelineLegend index={fixtureIndex({ events })} />);
    expect(entries()).toEqual([
      'Confirmed',
      'Reported',
      'Disputed',
      'Refuted',
      'On counted periods: the share disputed or refuted',
    ]);
  });

  it('has no hatching entry when the coarse dates are periods’ only', () => {
    const periods = SAMPLE_EVENTS.filter((event) => event.end !== undefined);
    const { container } = render(<TimelineLegend index={fixtureIndex({ events: periods })} />);
    expect(container.childElementCount).toBe(0);
  });
});
