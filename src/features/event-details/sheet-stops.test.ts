import { describe, expect, it } from 'vitest';
import { STOP_DRAG_PX, dragStyle, isTap, stopAfterDrag, toggledStop } from './sheet-stops';

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
