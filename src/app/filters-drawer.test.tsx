// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureIndex } from '../lib/testing/fixture-store';
import { FiltersDrawer } from './filters-drawer';

afterEach(cleanup);

describe('the filters drawer’s button back to the events', () => {
  it('counts the events that pass, but for a store too large to load whole at a window too wide to load: no false 0', () => {
    const index = fixtureIndex({ events: [] });
    render(
      <FiltersDrawer index={index} handleRef={null}>
        {null}
      </FiltersDrawer>,
    );
    expect(screen.getByRole('button', { name: 'Show 0 events', hidden: true })).toBeTruthy();
    cleanup();
    render(
      <FiltersDrawer index={index} handleRef={null} held="too-wide">
        {null}
      </FiltersDrawer>,
    );
    expect(screen.getByRole('button', { name: 'Show the events', hidden: true })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /0 events/, hidden: true })).toBeNull();
  });
});
