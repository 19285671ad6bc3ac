import { useEffect, useId, useRef, useState } from 'react';
import { type AllMessages, useAllMessages } from '../../i18n/later-messages';
import type { StoreEvent } from '../../format/validate-store';
import type { StoreIndex } from '../../lib/store-index';
import { useFilteredEvents } from '../../lib/use-filtered-events';
import { type StoreOrigin, storeOrigin } from '../../lib/store-origin';
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

type Format = 'json' | 'csv' | 'timelinejs' | 'geojson' | 'kml' | 'csl';

/** A message that is a label, not a function of values. */
type Label = {
  [K in keyof AllMessages]: AllMessages[K] extends string ? K : never;
}[keyof AllMessages];

/** The menu's buttons, in order, and their labels. */
const FORMATS: readonly (readonly [Format, Label])[] = [
  ['json', 'exportJson'],
  ['csv', 'exportCsv'],
  ['timelinejs', 'exportTimelineJs'],
  ['geojson', 'exportGeoJson'],
  ['kml', 'exportKml'],
  ['csl', 'exportCsl'],
];

interface ExportFile {
  readonly name: string;
  readonly text: string;
  readonly type: string;
}

/** Each format's file: its name (after the store's title), its text and its media type. */
const FILES: Record<
  Format,
  (
    x: Exporters,
    index: StoreIndex,
    events: readonly StoreEvent[],
    origin: StoreOrigin,
  ) => ExportFile
> = {
  json: (x, index, events, origin) => ({
    name: x.exportFileName(index.store.title, 'json'),
    text: x.exportJson(index, events, origin),
    type: 'application/json',
  }),
  csv: (x, index, events, origin) => ({
    name: x.exportFileName(index.store.title, 'csv'),
    text: x.exportCsv(index, events, origin),
    type: 'text/csv;charset=utf-8',
  }),
  timelinejs: (x, index, events, origin) => ({
    name: x.exportFileName(index.store.title, 'json').replace(/-events\.json$/, '-timelinejs.json'),
    text: x.exportTimelineJs(index, events, origin),
    type: 'application/json',
  }),
  geojson: (x, index, events, origin) => ({
    name: x.exportFileName(index.store.title, 'geojson'),
    text: x.exportGeoJson(index, events, origin),
    type: 'application/geo+json',
  }),
  kml: (x, index, events, origin) => ({
    name: x.exportFileName(index.store.title, 'kml'),
    text: x.exportKml(index, events, origin),
    type: 'application/vnd.google-earth.kml+xml',
  }),
  csl: (x, index, events) => ({
    name: x
      .exportFileName(index.store.title, 'json')
      .replace(/-events\.json$/, '-sources.csl.json'),
    text: x.exportCsl(index, events),
    type: 'application/vnd.citationstyles.csl+json',
  }),
};

/** "Export": the events that pass the filters and the search, in each format above. */
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

  const download = async (format: Format) => {
    let module: Exporters;
    try {
      module = await loadExporters();
    } catch {
      return; // The menu stays open: choosing again tries again.
    }
    // The files name the store they were read from, as the citation does.
    const origin = storeOrigin(viewActions.shownSource(), window.location.href);
    const file = FILES[format](module, index, events, origin);
    downloadText(file.name, file.text, file.type);
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
          {FORMATS.map(([format, label]) => (
            <button key={format} type="button" onClick={() => void download(format)}>
              {t[label]}
            </button>
          ))}
        </div>
        {/* The page itself, as print.css lays it out: the event's evidence and the list. */}
        <button
          type="button"
          className="export-menu__print"
          onClick={() => {
            setOpen(false);
            buttonRef.current?.focus();
            window.print();
          }}
        >
          {t.printView}
        </button>
      </div>
    </div>
  );
}
