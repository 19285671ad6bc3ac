/// <reference lib="webworker" />
import type { ClusterReply, ClusterRequest } from './cluster-protocol';
import { type ClusterPoints, PlaceClusters } from './place-clusters';

let points: ClusterPoints | null = null;
let clusters: { generation: number; index: PlaceClusters } | null = null;

const reply = (message: ClusterReply) => postMessage(message);

// Requests are answered in order, so a query after a load sees that load's clusters.
onmessage = (message: MessageEvent<ClusterRequest>) => {
  const request = message.data;
  switch (request.type) {
    case 'points':
      points = request;
      clusters = null;
      return;
    case 'load':
      if (points)
        clusters = {
          generation: request.generation,
          index: new PlaceClusters(points, request.positions),
        };
      return;
    case 'markers':
      if (clusters?.generation !== request.generation) return;
      reply({
        type: 'markers',
        generation: request.generation,
        request: request.request,
        markers: clusters.index.markers(request.bbox, request.zoom),
      });
      return;
    case 'leaves':
      if (clusters?.generation !== request.generation) return;
      reply({
        type: 'leaves',
        generation: request.generation,
        request: request.request,
        positions: clusters.index.leaves(request.clusterId, request.limit),
      });
      return;
  }
};
