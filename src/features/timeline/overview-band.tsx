import { useEffect, useRef } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { type TimeIndex } from '../../lib/time-index';
import { lowerBound } from '../../lib/time-bins';
import { type TimeWindow, span } from '../../lib/time-window';
import type { DensityStrip } from '../../format/packed/density-strip';
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

function cssColor(element: Element, name: string, fallback: string): string {
  return getComputedStyle(element).getPropertyValue(name).trim() || fallback;
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
): number[] {
  const step = span(extent) / columns;
  const counts = new Array<number>(columns).fill(0);
  if (density) {
    density.starts.forEach((start, i) => {
      const column = Math.floor((start - extent.start) / step);
      if (column >= 0 && column < columns) counts[column]! += density.counts[i]!;
    });
    return counts;
  }
  let previous = lowerBound(time.starts, extent.start);
  for (let i = 0; i < columns; i++) {
    const next = lowerBound(time.starts, extent.start + (i + 1) * step);
    counts[i] = next - previous;
    previous = next;
  }
  return counts;
}

export function OverviewBand({ time, density = null, extent, window, description }: Props) {
  const t = useMessages();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const dragRef = useRef<{ offset: number } | null>(null);
  const latest = useRef({ window, extent });
  useEffect(() => {
    latest.current = { window, extent };
  });

  useEffect(() => {
    const canvas = canvasRef.current!;
    const draw = () => {
      const width = canvas.clientWidth;
      if (width === 0) return;
      const ratio = globalThis.devicePixelRatio || 1;
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(HEIGHT * ratio);
      const context = canvas.getContext('2d');
      if (!context) return;
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, width, HEIGHT);
      const columns = Math.max(1, Math.floor(width / 3));
      const counts = columnCounts(time, density, extent, columns);
      const densest = Math.max(1, ...counts);
      context.fillStyle = cssColor(canvas, '--accent', '#1d4ed8');
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
      context.fillStyle = cssColor(canvas, '--window-fill', 'rgb(0 0 0 / 12%)');
      context.fillRect(left, 0, Math.max(2, right - left), HEIGHT);
      context.strokeStyle = cssColor(canvas, '--text', '#1a202c');
      context.lineWidth = 2;
      context.strokeRect(left + 1, 1, Math.max(2, right - left) - 2, HEIGHT - 2);
    };
    draw();
    const observer = new ResizeObserver(draw);
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [time, density, extent, window]);

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
        const moves: Record<string, number> = {
          ArrowLeft: -PAN_STEP * width,
          ArrowRight: PAN_STEP * width,
          PageUp: -width,
          PageDown: width,
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
        dragRef.current = { offset: inside ? center - at : 0 };
        if (!inside) moveTo(at);
      }}
      onPointerMove={(event) => {
        if (dragRef.current) moveTo(timeAt(event.clientX) + dragRef.current.offset);
      }}
      onPointerUp={() => {
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
