import { type KeyboardEvent, type PointerEvent, useRef } from 'react';
import {
  DEFAULT_MAP_SHARE,
  type ShareBounds,
  clampShare,
  keepMapShare,
  shareAfterKey,
  shareAtPointer,
} from './map-share';

/** From timeline.css and map.css: the timeline's toolbar, axis, a lane and band; the map's bar
 * and a strip of world. */
const MIN_TIMELINE_REM = 20;
const MIN_MAP_REM = 9;

interface Props {
  /** The map's share of the height the two panels have. */
  share: number;
  onShare: (share: number) => void;
  mapId: string;
  label: string;
  hint: string;
  valueText: (percent: number) => string;
}

/**
 * The separator between the timeline and the map below it (WAI-ARIA's window splitter): a
 * drag, the arrow keys, Home and End set how much of the column each takes, a double click
 * gives the default back. It sits between the two panels in `.app-content`, and measures them.
 */
export function MapSplitter({ share, onShare, mapId, label, hint, valueText }: Props) {
  const dragging = useRef(false);
  // What a drag's last move set, kept at its end (the render with it may not have come yet).
  const dragged = useRef(share);

  const boundsOf = (
    separator: HTMLElement,
  ): (ShareBounds & { top: number; bottom: number }) | null => {
    const timeline = separator.previousElementSibling;
    const map = separator.nextElementSibling;
    if (!timeline || !map) return null;
    const above = timeline.getBoundingClientRect();
    const below = map.getBoundingClientRect();
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    return {
      top: above.top,
      bottom: below.bottom,
      totalPx: above.height + below.height,
      minMapPx: MIN_MAP_REM * rem,
      minTimelinePx: MIN_TIMELINE_REM * rem,
    };
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    dragging.current = true;
    dragged.current = share;
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!dragging.current) return;
    const bounds = boundsOf(event.currentTarget);
    if (!bounds) return;
    dragged.current = clampShare(shareAtPointer(event.clientY, bounds.top, bounds.bottom), bounds);
    onShare(dragged.current);
  };
  const onPointerEnd = () => {
    if (!dragging.current) return;
    dragging.current = false;
    keepMapShare(dragged.current);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const bounds = boundsOf(event.currentTarget);
    const next = bounds ? shareAfterKey(share, event.key, bounds) : null;
    if (next === null) return;
    event.preventDefault();
    onShare(next);
    keepMapShare(next);
  };
  const reset = () => {
    onShare(DEFAULT_MAP_SHARE);
    keepMapShare(DEFAULT_MAP_SHARE);
  };

  return (
    <div
      className="map-splitter"
      role="separator"
      aria-orientation="horizontal"
      aria-label={label}
      aria-controls={mapId}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(share * 100)}
      aria-valuetext={valueText(Math.round(share * 100))}
      title={hint}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
      onDoubleClick={reset}
      onKeyDown={onKeyDown}
    />
  );
}
