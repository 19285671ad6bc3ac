import { useEffect, useId, useRef } from 'react';
import type { DateOrder } from '../../../format/convert/import-dates';
import { type ImportNote, englishImportWords } from '../../../format/convert/import-report';
import { IMPORT_FIELDS } from '../../../format/convert/outcome';
import { MAX_IMPORT_BYTES } from '../../../format/convert/import-limits';
import {
  type AllMessages,
  useAllMessages,
  useTranslatedImportWords,
} from '../../../i18n/later-messages';
import { type ImportFailure, importActions, useImport } from './import-state';
import { IMPORT_STAGES, type ImportVerdict } from './import-protocol';
import './import-dialog.css';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Why the file could not be imported, before the importers could say anything of it. */
function failureText(failure: ImportFailure, t: AllMessages): string {
  if (failure.kind === 'crashed') return t.importCrashed;
  // A sheet that nothing answers for is most often one not published to the web.
  if (!failure.sheet) return t.importFetchFailed(failure.status);
  if (failure.status === null) return t.googleSheetUnread;
  return `${t.importFetchFailed(failure.status, false)} ${t.googleSheetUnread}`;
}

/**
 * "Import": what a file that is not a store was recognised as, a preview of its first events
 * as they will appear, one combobox per target field for a table's columns, the counts of
 * what was mapped, guessed and dropped, and the day/month question when the dates need it.
 * A plain native <dialog>, self-contained, so a shared dialog component can replace it.
 */
export function ImportDialog() {
  const t = useAllMessages();
  // Asked for here, so that a Spanish reader's words are in before a file is.
  useTranslatedImportWords();
  const state = useImport();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const open = state.phase !== 'idle';

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const verdict = state.verdict;
  const table =
    verdict && verdict.kind !== 'not-import' && 'table' in verdict ? verdict.table : undefined;
  const busy = state.phase === 'reading';
  const stage = state.progress?.stage ?? 'reading';
  const percent =
    state.progress && state.progress.total > 0
      ? `${Math.round((state.progress.loaded / state.progress.total) * 100)}%`
      : null;
  const counted = state.progress !== null && state.progress.total > 0;

  return (
    <dialog
      ref={dialogRef}
      className="import-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        event.stopPropagation();
        importActions.cancel();
      }}
    >
      <h2 id={titleId}>{t.importTitle}</h2>
      {state.file ? <p className="import-dialog__file">{state.file.name}</p> : null}
      {busy ? (
        <div className="import-dialog__reading" role="status">
          <p>
            {t.importStep(IMPORT_STAGES.indexOf(stage) + 1, IMPORT_STAGES.length)}{' '}
            {t.importStage[stage](percent)}
          </p>
          {/* Reading is counted in bytes; converting and preparing are one call each, so
              their bar runs without a value rather than pretending to know. */}
          <progress
            max={counted ? state.progress!.total : undefined}
            value={counted ? state.progress!.loaded : undefined}
            aria-label={t.importStage[stage](null)}
          />
        </div>
      ) : null}
      {state.phase === 'too-large' && state.file ? (
        <p role="alert" className="field-error">
          {t.importTooLarge(megabytes(state.file.size), megabytes(MAX_IMPORT_BYTES))}
        </p>
      ) : null}
      {state.phase === 'failed' && state.failure ? (
        <p role="alert" className="field-error">
          {failureText(state.failure, t)}
        </p>
      ) : null}
      {verdict ? <Verdict verdict={verdict} busy={busy} /> : null}
      {table ? (
        <fieldset className="import-dialog__mapping" disabled={busy}>
          <legend>{t.importMapping}</legend>
          {IMPORT_FIELDS.map((field) => (
            <label key={field} className="import-dialog__field">
              <span>{t.importField[field]}</span>
              <select
                value={table.mapping[field][0] ?? ''}
                onChange={(event) => importActions.mapField(field, event.target.value || null)}
              >
                <option value="">{t.importNoColumn}</option>
                {table.columns.map((column, i) => (
                  <option key={`${i}:${column}`} value={column}>
                    {column}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          disabled={busy || verdict?.kind !== 'store'}
          onClick={() => importActions.confirm()}
        >
          {t.importButton}
        </button>
        <button type="button" onClick={() => importActions.cancel()}>
          {t.cancel}
        </button>
      </div>
    </dialog>
  );
}

function Verdict({ verdict, busy }: { verdict: ImportVerdict; busy: boolean }) {
  const t = useAllMessages();
  const words = useTranslatedImportWords() ?? englishImportWords;
  const dateOrder = useImport((state) => state.options.dateOrder);
  if (verdict.kind === 'not-import') return null;
  if (verdict.kind === 'refused') {
    return (
      <>
        <p role="alert" className="field-error">
          {t.importRefused(words.refusal(verdict.message))}
          {verdict.missing && verdict.table
            ? `. ${t.importChooseColumn(t.importMapping, t.importField[verdict.missing])}`
            : null}
        </p>
        <Notes notes={verdict.notes} />
      </>
    );
  }
  if (verdict.kind === 'ask-date-order') {
    const where = words.listRows(verdict.rows, verdict.unit);
    return (
      <>
        <p>{words.formatName(verdict.format, verdict.container)}</p>
        <DateOrderChoice busy={busy} rows={t.importDateOrderRows(where)} />
      </>
    );
  }
  return (
    <>
      <p>{t.importFormat(words.formatName(verdict.format, verdict.container), verdict.items)}</p>
      {/* Once answered, the question stays, so that the answer can be changed; an order the
          format's own tool reads is offered the same way. */}
      {dateOrder ? (
        <DateOrderChoice busy={busy} rows={null} />
      ) : verdict.assumedDateOrder ? (
        <DateOrderChoice
          busy={busy}
          rows={t.importDateOrderAssumed}
          assumed={verdict.assumedDateOrder}
        />
      ) : null}
      <p>{t.importCounts(verdict.counts.mapped, verdict.counts.guessed, verdict.counts.dropped)}</p>
      <table className="import-dialog__preview">
        <caption>
          {t.importPreview}:{' '}
          {t.importPreviewCaption(verdict.preview.length, verdict.events, verdict.lanes)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.importColumnTitle}</th>
            <th scope="col">{t.importColumnDate}</th>
            <th scope="col">{t.importColumnLanes}</th>
          </tr>
        </thead>
        <tbody>
          {verdict.preview.map((row, i) => (
            <tr key={i}>
              <td>{row.title}</td>
              <td>{row.end ? `${row.start} – ${row.end}` : row.start}</td>
              <td>{row.lanes.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Notes notes={verdict.notes} />
    </>
  );
}

function Notes({ notes }: { notes: readonly ImportNote[] }) {
  const t = useAllMessages();
  const words = useTranslatedImportWords() ?? englishImportWords;
  if (notes.length === 0) return null;
  return (
    <details className="import-dialog__notes">
      <summary>{t.importNotes}</summary>
      <ul>
        {notes.map((note, i) => {
          const { kind, where, message } = words.note(note);
          return (
            <li key={i}>
              <strong>{kind}</strong> {where ? `${where}: ` : ''}
              {message}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

/** Day/month or month/day, asked when the file's dates could be read either way. */
function DateOrderChoice({
  busy,
  rows,
  assumed,
}: {
  busy: boolean;
  rows: string | null;
  assumed?: DateOrder;
}) {
  const t = useAllMessages();
  const rowsId = useId();
  const dateOrder = useImport((state) => state.options.dateOrder) ?? assumed;
  return (
    <fieldset
      className="import-dialog__date-order"
      disabled={busy}
      aria-describedby={rows ? rowsId : undefined}
    >
      <legend>{t.importDateOrder}</legend>
      {rows ? <p id={rowsId}>{rows}</p> : null}
      <label>
        <input
          type="radio"
          name="date-order"
          checked={dateOrder === 'dmy'}
          onChange={() => importActions.setDateOrder('dmy')}
        />
        {t.importDayMonth}
      </label>
      <label>
        <input
          type="radio"
          name="date-order"
          checked={dateOrder === 'mdy'}
          onChange={() => importActions.setDateOrder('mdy')}
        />
        {t.importMonthDay}
      </label>
    </fieldset>
  );
}
