import { useState } from 'react';
import type { Bbox } from './place-clusters';

/**
 * The view as the clusters need it: a new value only when the zoom level changes or the
 * view leaves the area last asked for, so that a pan does not re-query every frame.
 */
export function useStableView(view: ClusterView | null) {
  const [stable, setStable] = useState(view);
  // State set during a render renders again at once: it is set only to a value that covers
  // the view, and never to one equal to the last, so that this cannot go on (an inverted
  // bbox once made every render set it anew, and React gave up: report #2).
  const next = view && !covers(stable, view) ? widen(view) : null;
  if (next && !sameView(stable, next)) setStable(next);
  return stable;
}

export type ClusterView = { readonly bbox: Bbox; readonly zoom: number };

export function covers(outer: ClusterView | null, inner: ClusterView): boolean {
  if (!outer || Math.floor(outer.zoom) !== Math.floor(inner.zoom)) return false;
  const [w, s, e, n] = outer.bbox;
  const [w2, s2, e2, n2] = inner.bbox;
  return w <= w2 && s <= s2 && e >= e2 && n >= n2;
}

function sameView(a: ClusterView | null, b: ClusterView): boolean {
  return a !== null && a.zoom === b.zoom && a.bbox.every((value, i) => value === b.bbox[i]);
}

/** Half the view's size more on every side, within the world, and never less than the view. */
export function widen(view: ClusterView): ClusterView {
  const [w, s, e, n] = view.bbox;
  const dx = Math.abs(e - w) / 2;
  const dy = Math.abs(n - s) / 2;
  return {
    zoom: view.zoom,
    bbox: [
      Math.min(w, Math.max(-180, w - dx)),
      Math.min(s, Math.max(-90, s - dy)),
      Math.max(e, Math.min(180, e + dx)),
      Math.max(n, Math.min(90, n + dy)),
    ] as const,
  };
}
