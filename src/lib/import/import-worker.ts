/// <reference lib="webworker" />
import { convertText, detectFormat } from '../../format/convert/convert';
import { joinChunks } from '../../format/convert/decode-import';
import {
  ImportReadError,
  type ImportText,
  readImportBytes,
} from '../../format/convert/read-import-bytes';
import { countNotes, droppedCounts, groupNotes } from '../../format/convert/import-report';
import type { ImportNote } from '../../format/convert/import-report';
import { type ImportReply, type ImportRequest, NOTES_SHOWN, PREVIEW_ROWS } from './import-protocol';

// Reading and converting a file of 100,000 rows takes seconds: here, off the page, which
// stays responsive, and cancelling is terminating this worker.
declare const self: DedicatedWorkerGlobalScope;

async function readText(file: Blob, post: (reply: ImportReply) => void): Promise<ImportText> {
  const reader = file.stream().getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  let lastPost = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    chunks.push(value);
    const now = Date.now();
    if (now - lastPost > 100) {
      lastPost = now;
      post({ type: 'progress', stage: 'reading', loaded, total: file.size });
    }
  }
  post({ type: 'progress', stage: 'reading', loaded, total: file.size });
  // Read whole: a file that is not UTF-8 may be read in the encoding it declares, and a KMZ
  // or an Excel workbook is an archive to open.
  return readImportBytes(joinChunks(chunks, loaded));
}

/** Notes sent on: every kind represented even when one kind has thousands. */
function notesToShow(notes: readonly ImportNote[]): ImportNote[] {
  if (notes.length <= NOTES_SHOWN) return [...notes];
  const per = Math.floor(NOTES_SHOWN / 4);
  return (['mapped', 'guessed', 'dropped', 'warned'] as const).flatMap((kind) =>
    notes.filter((note) => note.kind === kind).slice(0, per),
  );
}

self.onmessage = async (message: MessageEvent<ImportRequest>) => {
  const post = (reply: ImportReply) => self.postMessage(reply);
  try {
    const { file } = message.data;
    let read: ImportText;
    try {
      read = await readText(file, post);
    } catch (error) {
      if (!(error instanceof ImportReadError)) throw error;
      post({ type: 'done', verdict: { kind: 'refused', message: error.message, notes: [] } });
      return;
    }
    const { text } = read;
    const options = {
      ...message.data.options,
      readNotes: read.notes,
      ...(read.container ? { container: read.container } : {}),
    };
    const detected = options.from ?? detectFormat(text);
    if (
      detected === 'sourceline' ||
      (detected === null && /^\s*[{[]/.test(text.slice(0, 1024).replace(/^\ufeff/, '')))
    ) {
      post({ type: 'done', verdict: { kind: 'not-import' } });
      return;
    }
    post({ type: 'progress', stage: 'converting', loaded: 0, total: 0 });
    const outcome = convertText(text, options);
    if (outcome.kind === 'refused') {
      post({
        type: 'done',
        verdict: {
          kind: 'refused',
          message: outcome.message,
          ...(outcome.table ? { table: outcome.table } : {}),
          ...(outcome.missing ? { missing: outcome.missing } : {}),
          notes: notesToShow(groupNotes(outcome.notes ?? [])),
        },
      });
      return;
    }
    if (outcome.kind === 'ask-date-order') {
      post({ type: 'done', verdict: outcome });
      return;
    }
    post({ type: 'progress', stage: 'preparing', loaded: 0, total: 0 });
    const { store, report } = outcome;
    const actorName = new Map(store.actors.map((actor) => [actor.id, actor.name]));
    const lanes = new Set(store.events.flatMap((event) => event.actors));
    post({
      type: 'done',
      verdict: {
        kind: 'store',
        format: report.format,
        ...(report.container ? { container: report.container } : {}),
        items: report.items,
        ...(outcome.assumedDateOrder ? { assumedDateOrder: outcome.assumedDateOrder } : {}),
        ...(outcome.ambiguousDates ? { ambiguousDates: outcome.ambiguousDates } : {}),
        ...(outcome.table ? { table: outcome.table } : {}),
        notes: notesToShow(groupNotes(report.notes)),
        // Counted here, on every note, since the list sent may be cut.
        counts: {
          mapped: countNotes(report, 'mapped'),
          guessed: countNotes(report, 'guessed'),
          warned: countNotes(report, 'warned'),
          ...droppedCounts(report.notes),
        },
        preview: store.events.slice(0, PREVIEW_ROWS).map((event) => ({
          title: event.title,
          start: event.start,
          ...(event.end ? { end: event.end } : {}),
          lanes: event.actors.map((id) => actorName.get(id) ?? id),
        })),
        events: store.events.length,
        lanes: lanes.size,
        storeFile: new Blob([JSON.stringify(store)], { type: 'application/json' }),
      },
    });
  } catch (error) {
    post({ type: 'error', message: String(error) });
  }
};
