import { Suspense, useEffect, useState } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { lazyAfterFirstPaint } from '../../lib/after-first-paint';

// The drop zone listens from the first screen (a file dropped before it would be opened by the
// browser in place of the page); the import's code and dialog come after the first paint,
// or at the first drop.
const ImportDialog = lazyAfterFirstPaint(() =>
  import('./import/import-dialog').then((module) => module.ImportDialog),
);
const openDropped = (file: File) =>
  import('./import/import-state').then(({ importActions }) => importActions.openFile(file));

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/** Drag a store, or a file to import, anywhere onto the page to open it. */
export function DropZone() {
  const t = useMessages();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every child element crossed; count them to know when
    // the pointer has really left the window.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) void openDropped(file);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  return (
    <>
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t.dropOverlay}</p>
        </div>
      ) : null}
      <Suspense fallback={null}>
        <ImportDialog />
      </Suspense>
    </>
  );
}
