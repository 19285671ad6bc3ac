/// <reference lib="webworker" />
import type { ClusterReply, ClusterRequest } from './cluster-protocol';
import { MarkerKeys } from './marker-keys';
import { type ClusterPoints, PlaceClusters, type Spots, spotsOf } from './place-clusters';

let points: { points: ClusterPoints; spots: Spots } | null = null;
let clusters: { generation: number; index: PlaceClusters } | null = null;
// Kept across loads: a place that stays on the map keeps its control (marker-keys.ts).
const keys = new MarkerKeys();

const reply = (message: ClusterReply) => postMessage(message);

// Requests are answered in order, so a query after a load sees that load's clusters. Every
// load is answered (`loaded`), even one that failed, so the page never waits on it forever.
onmessage = (message: MessageEvent<ClusterRequest>) => {
  const request = message.data;
  try {
    answer(request);
  } catch (error) {
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    if (request.type === 'load') reply({ type: 'loaded', generation: request.generation });
  }
};

function answer(request: ClusterRequest) {
  switch (request.type) {
    case 'points':
      points = { points: request, spots: spotsOf(request) };
      clusters = null;
      keys.reset();
      return;
    case 'load':
      if (points) {
        clusters = {
          generation: request.generation,
          index: new PlaceClusters(points.points, request.positions, points.spots),
        };
      }
      reply({ type: 'loaded', generation: request.generation });
      return;
    case 'markers':
      if (clusters?.generation !== request.generation) return;
      reply({
        type: 'markers',
        generation: request.generation,
        request: request.request,
        markers: keys.assign(clusters.index.markers(request.bbox, request.zoom), request.zoom),
      });
      return;
    case 'leaves':
      reply({
        type: 'leaves',
        generation: request.generation,
        request: request.request,
        positions:
          clusters?.generation === request.generation
            ? clusters.index.leaves(request.clusterId, request.limit)
            : [],
      });
      return;
  }
}
