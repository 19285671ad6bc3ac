import { useEffect, useId, useRef, useState } from 'react';
import { useMessages } from '../../i18n/use-messages';
import type { StoreIndex } from '../../lib/store-index';
import { useFilteredEvents } from '../../lib/use-filtered-events';
import { downloadText } from './download';
import { exportCsv, exportFileName, exportJson, exportTimelineJs } from './export-store';
import './export.css';

/** "Export": the events that pass the filters and the search, as JSON or CSV. */
export function ExportMenu({ index }: { index: StoreIndex }) {
  const t = useMessages();
  const events = useFilteredEvents(index);
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const download = (format: 'json' | 'csv' | 'timelinejs') => {
    if (format === 'timelinejs') {
      const name = exportFileName(index.store.title, 'json').replace(
        /-events\.json$/,
        '-timelinejs.json',
      );
      downloadText(name, exportTimelineJs(index, events), 'application/json');
    } else {
      const name = exportFileName(index.store.title, format);
      if (format === 'json') downloadText(name, exportJson(index, events), 'application/json');
      else downloadText(name, exportCsv(index, events), 'text/csv;charset=utf-8');
    }
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div
      ref={rootRef}
      className="export-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          // Escape closes the menu only; it must not also clear the selected event.
          event.stopPropagation();
          event.nativeEvent.stopImmediatePropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {t.exportMenu} <span aria-hidden="true">▾</span>
      </button>
      <div id={panelId} className="export-menu__panel" hidden={!open}>
        <p>{t.exportSummary(events.length)}</p>
        <div className="export-menu__actions">
          <button type="button" onClick={() => download('json')}>
            {t.exportJson}
          </button>
          <button type="button" onClick={() => download('csv')}>
            {t.exportCsv}
          </button>
          <button type="button" onClick={() => download('timelinejs')}>
            {t.exportTimelineJs}
          </button>
        </div>
      </div>
    </div>
  );
}
