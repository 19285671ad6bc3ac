import { type ComponentType, Suspense, lazy } from 'react';
import type { CopyByHandProps } from './copy-by-hand-dialog';

// Only when the clipboard refused: its words and code are never on the first screen. Not
// loaded (offline), nothing shows: the notice has already said the copy failed.
const nothing: ComponentType<CopyByHandProps> = () => null;
const CopyByHandDialog = lazy(() =>
  import('./copy-by-hand-dialog').then(
    (module) => ({ default: module.CopyByHandDialog }),
    () => ({ default: nothing }),
  ),
);

/** The text the clipboard refused, in a dialog to copy it by hand (loaded when needed). */
export function CopyByHand(props: CopyByHandProps) {
  return (
    <Suspense fallback={null}>
      <CopyByHandDialog {...props} />
    </Suspense>
  );
}
