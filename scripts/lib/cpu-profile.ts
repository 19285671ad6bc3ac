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
