/**
 * The parts of a V8 CPU profile (CDP `Profiler.stop`) that the profile scripts read:
 * the call tree's nodes, and which node each sample landed in, with the time between samples.
 */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The call tree's lookups both profile scripts need: a node by id, its parent, its name. */
export function profileTree(profile: Profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const name = ({ callFrame: f }: ProfileNode) =>
    `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
  return { byId, parent, name };
}
