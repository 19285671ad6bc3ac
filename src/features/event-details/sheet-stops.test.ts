import { describe, expect, it } from 'vitest';
import {
  FLICK_PX_PER_MS,
  STOP_DRAG_PX,
  VELOCITY_WINDOW_MS,
  dragStyle,
  isTap,
  releaseVelocity,
  stopAfterDrag,
  toggledStop,
} from './sheet-stops';

describe('stopAfterDrag', () => {
  it('goes up from half to full, and stays full when dragged up again', () => {
    expect(stopAfterDrag('half', -STOP_DRAG_PX - 1)).toBe('full');
    expect(stopAfterDrag('full', -300)).toBe('full');
  });

  it('goes down one stop: full to half, half to closed', () => {
    expect(stopAfterDrag('full', STOP_DRAG_PX + 1)).toBe('half');
    expect(stopAfterDrag('full', 600)).toBe('half');
    expect(stopAfterDrag('half', STOP_DRAG_PX + 1)).toBe('closed');
  });

  it('snaps back to where it was after a drag of the threshold or less', () => {
    for (const stop of ['half', 'full'] as const) {
      expect(stopAfterDrag(stop, STOP_DRAG_PX)).toBe(stop);
      expect(stopAfterDrag(stop, -STOP_DRAG_PX)).toBe(stop);
      expect(stopAfterDrag(stop, 0)).toBe(stop);
    }
  });
});

describe('releaseVelocity', () => {
  it('is the speed over the last stretch, not over the whole drag', () => {
    // A slow start (100 px in 900 ms), then 60 px up in the last 60 ms.
    const samples = [
      { t: 0, y: 500 },
      { t: 900, y: 400 },
      { t: 920, y: 380 },
      { t: 940, y: 360 },
      { t: 960, y: 340 },
      { t: 960, y: 340 },
    ];
    expect(releaseVelocity(samples)).toBeCloseTo(-1, 5);
    // The whole drag's average would be a crawl.
    expect(Math.abs((340 - 500) / 960)).toBeLessThan(FLICK_PX_PER_MS);
  });

  it('reads the window back from the release: older moves do not count', () => {
    const samples = [
      { t: 0, y: 0 },
      { t: 50, y: 100 },
      { t: 200, y: 110 },
      { t: 250, y: 120 },
    ];
    // From t = 150: the moves at 200 and 250 only.
    expect(releaseVelocity(samples)).toBeCloseTo(10 / 50, 5);
  });

  it('is zero for a finger that stopped before it lifted, or never moved', () => {
    const held = [
      { t: 0, y: 300 },
      { t: 40, y: 240 },
      { t: 40 + VELOCITY_WINDOW_MS + 60, y: 240 },
    ];
    expect(releaseVelocity(held)).toBe(0);
    expect(releaseVelocity([{ t: 5, y: 10 }])).toBe(0);
    expect(releaseVelocity([])).toBe(0);
  });

  it('counts moves stamped in the same ms as a flick, not a division by zero', () => {
    const v = releaseVelocity([
      { t: 10, y: 300 },
      { t: 10, y: 250 },
    ]);
    expect(v).toBe(-50);
  });

  it('is positive down, negative up', () => {
    expect(
      releaseVelocity([
        { t: 0, y: 0 },
        { t: 40, y: 40 },
      ]),
    ).toBe(1);
    expect(
      releaseVelocity([
        { t: 0, y: 40 },
        { t: 40, y: 0 },
      ]),
    ).toBe(-1);
  });
});

describe('stopAfterDrag with the speed at release', () => {
  const fast = FLICK_PX_PER_MS * 2;
  const slow = FLICK_PX_PER_MS / 4;

  it('a short fast flick moves one stop, as a long drag does', () => {
    expect(stopAfterDrag('half', -40, -fast)).toBe('full');
    expect(stopAfterDrag('full', 40, fast)).toBe('half');
    expect(stopAfterDrag('half', 40, fast)).toBe('closed');
  });

  it('a short slow drag snaps back', () => {
    for (const stop of ['half', 'full'] as const) {
      expect(stopAfterDrag(stop, -40, -slow)).toBe(stop);
      expect(stopAfterDrag(stop, 40, slow)).toBe(stop);
    }
  });

  it('a long slow drag moves one stop, whatever the speed', () => {
    expect(stopAfterDrag('half', -200, -slow)).toBe('full');
    expect(stopAfterDrag('full', 200, 0)).toBe('half');
    expect(stopAfterDrag('half', 200, slow)).toBe('closed');
  });

  it('one stop per gesture: a long fast flick down from full is half, not closed', () => {
    expect(stopAfterDrag('full', 600, fast * 5)).toBe('half');
  });

  it('the threshold itself is a flick; just under it is not', () => {
    expect(stopAfterDrag('half', -30, -FLICK_PX_PER_MS)).toBe('full');
    expect(stopAfterDrag('half', -30, -FLICK_PX_PER_MS + 0.01)).toBe('half');
  });

  it('a flick against the drag is a change of mind: back where it was', () => {
    // Pulled up past the threshold, then thrown back down.
    expect(stopAfterDrag('half', -200, fast)).toBe('half');
    expect(stopAfterDrag('full', 150, -fast)).toBe('full');
  });
});

describe('toggledStop and isTap', () => {
  it('a tap toggles between the stops', () => {
    expect(toggledStop('half')).toBe('full');
    expect(toggledStop('full')).toBe('half');
  });

  it('a press that barely moved is a tap; one that moved is a drag', () => {
    expect(isTap(0)).toBe(true);
    expect(isTap(-5)).toBe(true);
    expect(isTap(12)).toBe(false);
    expect(isTap(-12)).toBe(false);
  });
});

describe('dragStyle', () => {
  it('slides the sheet down from half, where letting go would close it', () => {
    expect(dragStyle('half', 120, 400)).toEqual({ maxHeight: '', transform: 'translateY(120px)' });
  });

  it('grows it from half as the finger goes up, no taller than the full stop', () => {
    expect(dragStyle('half', -150, 400)).toEqual({
      maxHeight: 'min(550px, var(--sheet-full))',
      transform: '',
    });
  });

  it('shrinks it from full as the finger goes down', () => {
    expect(dragStyle('full', 100, 700)).toEqual({ maxHeight: '600px', transform: '' });
    expect(dragStyle('full', 900, 700)).toEqual({ maxHeight: '0px', transform: '' });
  });

  it('leaves a full sheet dragged up as it is', () => {
    expect(dragStyle('full', -100, 700)).toEqual({ maxHeight: '', transform: '' });
  });
});
