// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureIndex } from '../../lib/testing/fixture-store';
import { ActorFilter } from './actor-filter';

afterEach(cleanup);

const NOTE =
  'No counts: this window holds too many events to load one by one. Zoom in to count them.';

/** The counts shown beside the actors and the statuses. */
const counts = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('.actor-option__count'), (count) => count.textContent);

describe('the filters’ counts', () => {
  it('a store too large to load whole, at a window too wide to load: none, not a false 0, and the note says why', () => {
    // Counted otherwise, even when there are no events to count.
    const counted = render(<ActorFilter index={fixtureIndex({ events: [] })} />);
    expect(counts(counted.container)).toContain('0');
    cleanup();
    const { container } = render(
      <ActorFilter index={fixtureIndex({ events: [] })} countsNote={NOTE} uncounted />,
    );
    expect(counts(container)).toEqual([]);
    expect(screen.getByRole('group', { name: 'Actors' }).getAttribute('aria-describedby')).toBe(
      screen.getByText(NOTE).id,
    );
    expect(screen.getByRole('group', { name: 'Status' }).getAttribute('aria-describedby')).toBe(
      screen.getByText(NOTE).id,
    );
  });
});
