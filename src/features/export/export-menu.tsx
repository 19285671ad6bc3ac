import { useEffect, useId, useRef, useState } from 'react';
import { useAllMessages } from '../../i18n/later-messages';
import type { StoreIndex } from '../../lib/store-index';
import { useFilteredEvents } from '../../lib/use-filtered-events';
import { storeOrigin } from '../../lib/store-origin';
import { viewActions } from '../../lib/view-store';
import { downloadText } from './download';
import './export.css';

type Exporters = typeof import('./export-store') &
  typeof import('./csl-export') &
  typeof import('./kml-export');
// The exporters (and papaparse, for CSV) stay out of the first screen's script: they load
// when the menu is first opened, well before a format is chosen. A failed load is tried
// again at the next opening or choice.
let exporters: Promise<Exporters> | null = null;
function loadExporters(): Promise<Exporters> {
  exporters ??= Promise.all([
    import('./export-store'),
    import('./csl-export'),
    import('./kml-export'),
  ])
    .then(([store, csl, kml]) => ({ ...store, ...csl, ...kml }))
    .catch((error: unknown) => {
      exporters = null;
      throw error;
    });
  return exporters;
}

/** "Export": the events that pass the filters and the search, as JSON or CSV. */
export function ExportMenu({ index }: { index: StoreIndex }) {
  const t = useAllMessages();
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

  const download = async (format: 'json' | 'csv' | 'csl' | 'timelinejs' | 'geojson' | 'kml') => {
    let module: Exporters;
    try {
      module = await loadExporters();
    } catch {
      return; // The menu stays open: choosing again tries again.
    }
    const {
      exportCsl,
      exportCsv,
      exportFileName,
      exportGeoJson,
      exportJson,
      exportKml,
      exportTimelineJs,
    } = module;
    // The files name the store they were read from, as the citation does.
    const origin = storeOrigin(viewActions.shownSource(), window.location.href);
    const jsonName = (suffix: string) =>
      exportFileName(index.store.title, 'json').replace(/-events\.json$/, suffix);
    if (format === 'csl') {
      downloadText(
        jsonName('-sources.csl.json'),
        exportCsl(index, events),
        'application/vnd.citationstyles.csl+json',
      );
    } else if (format === 'timelinejs') {
      downloadText(
        jsonName('-timelinejs.json'),
        exportTimelineJs(index, events, origin),
        'application/json',
      );
    } else if (format === 'geojson') {
      downloadText(
        exportFileName(index.store.title, 'geojson'),
        exportGeoJson(index, events, origin),
        'application/geo+json',
      );
    } else if (format === 'kml') {
      downloadText(
        exportFileName(index.store.title, 'kml'),
        exportKml(index, events, origin),
        'application/vnd.google-earth.kml+xml',
      );
    } else if (format === 'json') {
      downloadText(
        exportFileName(index.store.title, format),
        exportJson(index, events, origin),
        'application/json',
      );
    } else {
      downloadText(
        exportFileName(index.store.title, format),
        exportCsv(index, events, origin),
        'text/csv;charset=utf-8',
      );
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
        onClick={() => {
          if (!open) void loadExporters().catch(() => {});
          setOpen((value) => !value);
        }}
      >
        {t.exportMenu} <span aria-hidden="true">▾</span>
      </button>
      <div id={panelId} className="export-menu__panel" hidden={!open}>
        <p>{t.exportSummary(events.length)}</p>
        <div className="export-menu__actions">
          <button type="button" onClick={() => void download('json')}>
            {t.exportJson}
          </button>
          <button type="button" onClick={() => void download('csv')}>
            {t.exportCsv}
          </button>
          <button type="button" onClick={() => void download('timelinejs')}>
            {t.exportTimelineJs}
          </button>
          <button type="button" onClick={() => void download('geojson')}>
            {t.exportGeoJson}
          </button>
          <button type="button" onClick={() => void download('kml')}>
            {t.exportKml}
          </button>
          <button type="button" onClick={() => void download('csl')}>
            {t.exportCsl}
          </button>
        </div>
      </div>
    </div>
  );
}
