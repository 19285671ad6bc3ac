import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { type TimeIndex } from '../../lib/time-index';
import { lowerBound } from '../../lib/time-bins';
import { type TimeWindow, span } from '../../lib/time-window';
import type { DensityStrip } from '../../format/packed/density-strip';
import { DARK_SCHEME_QUERY, useMediaQuery } from '../../lib/use-media-query';
import { viewActions } from '../../lib/view-store';

interface Props {
  time: TimeIndex;
  /**
   * Counts per time bucket for the whole store, drawn instead of the loaded events while a
   * packed store's rows are still arriving (the filters do not apply to them yet).
   */
  density?: DensityStrip | null;
  /** The whole store's span: the band's fixed frame of reference. */
  extent: TimeWindow;
  window: TimeWindow;
  description: string;
}

const HEIGHT = 44;
const PAN_STEP = 0.1;
/** How far a finger moves sideways, in CSS pixels, before it drags the window. */
const SIDEWAYS_SLOP = 6;

interface BandColors {
  readonly accent: string;
  readonly windowFill: string;
  readonly text: string;
}

/** The band's colours from the page's CSS, read once per colour scheme. */
function readColors(element: Element): BandColors {
  const style = getComputedStyle(element);
  const color = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    accent: color('--accent', '#1d4ed8'),
    windowFill: color('--window-fill', 'rgb(0 0 0 / 12%)'),
    text: color('--text', '#1a202c'),
  };
}

/**
 * The density of the filtered events over the whole store, with the visible window drawn
 * on it: drag the window to move it, click elsewhere to jump there, or use the arrow keys.
 */
/** Events per column: from the loaded events, or summed from the pyramid's buckets. */
function columnCounts(
  time: TimeIndex,
  density: DensityStrip | null,
  extent: TimeWindow,
  columns: number,
): { counts: number[]; densest: number } {
  const step = span(extent) / columns;
  const counts = new Array<number>(columns).fill(0);
  if (density) {
    density.starts.forEach((start, i) => {
      const column = Math.floor((start - extent.start) / step);
      if (column >= 0 && column < columns) counts[column]! += density.counts[i]!;
    });
    return { counts, densest: Math.max(1, ...counts) };
  }
  let previous = lowerBound(time.starts, extent.start);
  for (let i = 0; i < columns; i++) {
    const next = lowerBound(time.starts, extent.start + (i + 1) * step);
    counts[i] = next - previous;
    previous = next;
  }
  return { counts, densest: Math.max(1, ...counts) };
}

export function OverviewBand({ time, density = null, extent, window, description }: Props) {
  const t = useMessages();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  /** `held`: where a finger went down, until it taps or moves sideways (onPointerDown). */
  const dragRef = useRef<{ offset: number; held: { x: number; y: number } | null } | null>(null);
  const latest = useRef({ window, extent });
  useEffect(() => {
    latest.current = { window, extent };
  });

  // The canvas's width as the ResizeObserver measured it. Read in the drawing, after the
  // timeline's DOM had changed in the same task (a drag's end), clientWidth forced a layout
  // of the page, and the colours a style recalculation, on every move of the window.
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const canvas = canvasRef.current!;
    setWidth(canvas.clientWidth);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(canvas);
    return () => observer.disconnect();
  }, []);
  const dark = useMediaQuery(DARK_SCHEME_QUERY);
  const colorsRef = useRef<{ dark: boolean; colors: BandColors } | null>(null);
  // The density only changes with the events and the width, not as the window moves.
  const columns = useMemo(
    () =>
      width > 0 ? columnCounts(time, density, extent, Math.max(1, Math.floor(width / 3))) : null,
    [time, density, extent, width],
  );

  useEffect(() => {
    const canvas = canvasRef.current!;
    if (!columns || width === 0) return;
    const ratio = globalThis.devicePixelRatio || 1;
    const pixelWidth = Math.round(width * ratio);
    const pixelHeight = Math.round(HEIGHT * ratio);
    // A new size is a new bitmap: made only when the size changes.
    if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
    if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
    const context = canvas.getContext('2d');
    if (!context) return;
    if (colorsRef.current?.dark !== dark) colorsRef.current = { dark, colors: readColors(canvas) };
    const colors = colorsRef.current.colors;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, HEIGHT);
    const { counts, densest } = columns;
    context.fillStyle = colors.accent;
    context.globalAlpha = 0.55;
    counts.forEach((count, i) => {
      if (count === 0) return;
      // Square root keeps sparse periods visible next to dense bursts.
      const height = Math.max(2, Math.sqrt(count / densest) * (HEIGHT - 6));
      context.fillRect(i * 3, HEIGHT - height, 2, height);
    });
    context.globalAlpha = 1;
    const toX = (ms: number) => ((ms - extent.start) / span(extent)) * width;
    const left = Math.max(0, toX(window.start));
    const right = Math.min(width, toX(window.end));
    context.fillStyle = colors.windowFill;
    context.fillRect(left, 0, Math.max(2, right - left), HEIGHT);
    context.strokeStyle = colors.text;
    context.lineWidth = 2;
    context.strokeRect(left + 1, 1, Math.max(2, right - left) - 2, HEIGHT - 2);
  }, [columns, width, extent, window, dark]);

  const timeAt = (clientX: number) => {
    const rect = canvasRef.current!.getBoundingClientRect();
    const fraction = Math.min(1, Math.max(0, (clientX - rect.left) / rect.width));
    return latest.current.extent.start + fraction * span(latest.current.extent);
  };

  const moveTo = (center: number) => {
    const width = span(latest.current.window);
    viewActions.setWindow({ start: center - width / 2, end: center + width / 2 });
  };

  const centerFraction = (window.start + window.end) / 2 - extent.start;
  return (
    <div
      className="overview-band"
      role="slider"
      tabIndex={0}
      aria-label={t.overview}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(Math.min(100, Math.max(0, (centerFraction / span(extent)) * 100)))}
      aria-valuetext={description}
      onKeyDown={(event) => {
        const width = span(window);
        // A slider's keys (WAI-ARIA APG): Up and Page Up raise its value, here later in time.
        const moves: Record<string, number> = {
          ArrowLeft: -PAN_STEP * width,
          ArrowDown: -PAN_STEP * width,
          ArrowRight: PAN_STEP * width,
          ArrowUp: PAN_STEP * width,
          PageDown: -width,
          PageUp: width,
        };
        if (event.key in moves) {
          event.preventDefault();
          moveTo((window.start + window.end) / 2 + moves[event.key]!);
        } else if (event.key === 'Home' || event.key === 'End') {
          event.preventDefault();
          moveTo(event.key === 'Home' ? extent.start + width / 2 : extent.end - width / 2);
        }
      }}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        const at = timeAt(event.clientX);
        const inside = at >= window.start && at <= window.end;
        const center = (window.start + window.end) / 2;
        // Grabbing the window keeps the grip point under the pointer; elsewhere, jump there.
        // A finger's touch may be the start of a swipe that scrolls the page (the band lets
        // vertical swipes through): it moves nothing until it taps or moves sideways.
        const touch = event.pointerType === 'touch';
        dragRef.current = {
          offset: inside ? center - at : 0,
          held: touch ? { x: event.clientX, y: event.clientY } : null,
        };
        if (!inside && !touch) moveTo(at);
      }}
      onPointerMove={(event) => {
        const drag = dragRef.current;
        if (!drag) return;
        if (drag.held) {
          const dx = Math.abs(event.clientX - drag.held.x);
          if (dx < SIDEWAYS_SLOP || dx < Math.abs(event.clientY - drag.held.y)) return;
          drag.held = null;
        }
        moveTo(timeAt(event.clientX) + drag.offset);
      }}
      onPointerUp={(event) => {
        if (dragRef.current?.held) moveTo(timeAt(event.clientX) + dragRef.current.offset);
        dragRef.current = null;
      }}
      onPointerCancel={() => {
        dragRef.current = null;
      }}
    >
      <canvas ref={canvasRef} height={HEIGHT} aria-hidden="true" />
    </div>
  );
}
