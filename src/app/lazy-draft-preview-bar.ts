import { lazy } from 'react';
import { preview } from './draft-preview-start';

/**
 * The editor's Preview bar, loaded only in a tab opened for a preview: it brings the editor's
 * messages, which the explorer's first screen does without. Null in every other tab.
 */
export const DraftPreviewBar = preview
  ? lazy(() => import('./draft-preview').then((module) => ({ default: module.DraftPreviewBar })))
  : null;
