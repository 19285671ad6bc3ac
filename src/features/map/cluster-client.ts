import type { ClusterReply, ClusterRequest } from './cluster-protocol';
import type { StorePlaces } from './located-events';
import type { Bbox, PlaceMarker } from './place-clusters';

export interface MarkerAnswer {
  readonly generation: number;
  readonly markers: readonly PlaceMarker[];
}

/**
 * The page's side of the cluster worker. At most one set of events is being clustered at a
 * time: a window that arrives meanwhile waits, and only the latest one waiting is loaded,
 * so a timeline dragged across 100,000 events never queues up stale work.
 */
export class ClusterClient {
  private readonly worker = new Worker(new URL('./cluster-worker.ts', import.meta.url), {
    type: 'module',
    name: 'map-clusters',
  });
  private generation = 0;
  private request = 0;
  private markerRequest = 0;
  private loading = false;
  private waiting: Int32Array | null = null;
  private view: { bbox: Bbox; zoom: number } | null = null;
  private readonly leafAnswers = new Map<number, (positions: readonly number[]) => void>();

  constructor(private readonly onMarkers: (answer: MarkerAnswer) => void) {
    this.worker.onmessage = (message: MessageEvent<ClusterReply>) => this.receive(message.data);
    this.worker.onerror = (event) =>
      console.error(`The map's cluster worker failed: ${event.message}`);
  }

  private post(request: ClusterRequest, transfer: Transferable[] = []) {
    this.worker.postMessage(request, transfer);
  }

  setPoints(places: StorePlaces) {
    // Copies, handed over rather than cloned again: the store's arrays stay with the page.
    const lon = places.lon.slice();
    const lat = places.lat.slice();
    const nameIds = places.nameIds.slice();
    this.post({ type: 'points', lon, lat, nameIds }, [lon.buffer, lat.buffer, nameIds.buffer]);
  }

  /**
   * The events to show now (store positions); the markers follow once clustered. Returns
   * the generation their markers will carry.
   */
  load(positions: Int32Array): number {
    if (this.loading) {
      this.waiting = positions;
      return this.generation + 1;
    }
    this.loading = true;
    this.generation += 1;
    this.post({ type: 'load', generation: this.generation, positions }, [positions.buffer]);
    this.askMarkers();
    return this.generation;
  }

  /** The part of the world on screen and its zoom. */
  setView(bbox: Bbox, zoom: number) {
    this.view = { bbox, zoom };
    // Queued behind a load in the worker, so it is answered from the new clusters.
    this.askMarkers();
  }

  leaves(clusterId: number, limit: number): Promise<readonly number[]> {
    this.request += 1;
    const request = this.request;
    this.post({ type: 'leaves', generation: this.generation, request, clusterId, limit });
    return new Promise((resolve) => this.leafAnswers.set(request, resolve));
  }

  close() {
    this.worker.terminate();
    for (const resolve of this.leafAnswers.values()) resolve([]);
    this.leafAnswers.clear();
  }

  private askMarkers() {
    if (!this.view || this.generation === 0) return;
    this.markerRequest += 1;
    this.post({
      type: 'markers',
      generation: this.generation,
      request: this.markerRequest,
      bbox: this.view.bbox,
      zoom: this.view.zoom,
    });
  }

  private receive(reply: ClusterReply) {
    switch (reply.type) {
      case 'failed':
        console.error(`The map's clusters failed: ${reply.message}`);
        return;
      case 'leaves':
        this.leafAnswers.get(reply.request)?.(reply.positions);
        this.leafAnswers.delete(reply.request);
        return;
      case 'loaded': {
        if (reply.generation !== this.generation) return;
        this.loading = false;
        const waiting = this.waiting;
        this.waiting = null;
        if (waiting) this.load(waiting);
        return;
      }
      case 'markers':
        // Only the latest question counts: older answers describe a view already left.
        if (reply.generation === this.generation && reply.request === this.markerRequest) {
          this.onMarkers(reply);
        }
        return;
    }
  }
}
