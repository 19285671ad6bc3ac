import type { Bbox, PlaceMarker } from './place-clusters';

/** Messages between the map (cluster-client.ts) and its worker (cluster-worker.ts). */
export type ClusterRequest =
  | {
      readonly type: 'points';
      readonly lon: Float64Array;
      readonly lat: Float64Array;
      readonly nameIds: Int32Array;
    }
  /** The events to cluster now: store positions of the located events in the window. */
  | { readonly type: 'load'; readonly generation: number; readonly positions: Int32Array }
  | {
      readonly type: 'markers';
      readonly generation: number;
      readonly request: number;
      readonly bbox: Bbox;
      readonly zoom: number;
    }
  | {
      readonly type: 'leaves';
      readonly generation: number;
      readonly request: number;
      readonly clusterId: number;
      readonly limit: number;
    };

export type ClusterReply =
  /** A load is done (or failed): the next one may be sent. */
  | { readonly type: 'loaded'; readonly generation: number }
  | { readonly type: 'failed'; readonly message: string }
  | {
      readonly type: 'markers';
      readonly generation: number;
      readonly request: number;
      readonly markers: readonly PlaceMarker[];
    }
  | {
      readonly type: 'leaves';
      readonly generation: number;
      readonly request: number;
      readonly positions: readonly number[];
    };
