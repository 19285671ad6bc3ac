import { lazy } from 'react';

/** The embed page's layout, loaded only on /embed/ (the explorer's first screen does without it). */
export const EmbedApp = lazy(() =>
  import('./embed-app').then((module) => ({ default: module.EmbedApp })),
);
