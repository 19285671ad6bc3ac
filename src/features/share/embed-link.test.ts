import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useViewStore } from '../../lib/view-store';
import { viewLink } from './embed-link';

const INITIAL = useViewStore.getState();
const WINDOW = { start: Date.UTC(2022, 0, 1), end: Date.UTC(2022, 5, 1) };

beforeEach(() => {
  vi.stubGlobal('window', { location: { origin: 'https://sourceline.example' } });
  useViewStore.setState(
    { ...INITIAL, window: WINDOW, selectedEventId: 'invasion', mapShown: true },
    true,
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  useViewStore.setState(INITIAL, true);
});

describe('viewLink', () => {
  it('leaves the map out of the embed code, whose frame has none', () => {
    for (const whole of [undefined, WINDOW]) {
      const link = new URL(viewLink('embed', whole));
      expect(link.pathname).toBe('/embed/');
      expect(link.searchParams.has('map')).toBe(false);
    }
  });

  it('keeps the rest of the view for the frame', () => {
    const link = new URL(viewLink('embed'));
    expect(link.searchParams.get('event')).toBe('invasion');
    expect(link.searchParams.get('from')).not.toBeNull();
  });

  it('keeps the map in the link to the full view', () => {
    expect(new URL(viewLink('full')).searchParams.get('map')).toBe('1');
  });
});
