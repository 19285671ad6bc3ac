import { createContext, useContext, useEffect, useId, useRef } from 'react';
import type { AmbiguousDate, DateOrder } from '../format/convert/import-dates';
import { type ImportNote, englishImportWords } from '../format/convert/import-report';
import { IMPORT_FIELDS, type ImportField, type TableColumns } from '../format/convert/outcome';
import { MAX_IMPORT_BYTES } from '../format/convert/import-limits';
import { parseStoreDate } from '../format/dates';
import { formatStoreDate } from '../lib/date-format';
import {
  type AllMessages,
  useAllMessagesIn,
  useTranslatedImportWords,
} from '../i18n/later-messages';
import type { Lang } from '../lib/url-codec';
import { type ImportFailure, importActions, useImport } from '../lib/import/import-session';
import { IMPORT_STAGES, type ImportVerdict } from '../lib/import/import-protocol';
import './import-dialog.css';

// The page's language, given to the dialog: the explorer's view's, or the editor's own.
const DialogLang = createContext<Lang>('en');
const useLocale = () => useContext(DialogLang);
const useAllMessages = () => useAllMessagesIn(useLocale());
const useImportWords = () => useTranslatedImportWords(useLocale());

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
 * A plain native <dialog>, self-contained, so a shared dialog component can replace it. The
 * explorer and the editor show it, each in its own language; `onFocusLost` is called when it
 * closes and the focus would be left nowhere (after a drop, say).
 */
export function ImportDialog({ lang, onFocusLost }: { lang: Lang; onFocusLost?: () => void }) {
  return (
    <DialogLang.Provider value={lang}>
      <ImportDialogIn onFocusLost={onFocusLost} />
    </DialogLang.Provider>
  );
}

function ImportDialogIn({ onFocusLost }: { onFocusLost?: () => void }) {
  const t = useAllMessages();
  // Asked for here, so that a Spanish reader's words are in before a file is.
  useImportWords();
  const state = useImport();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const open = state.phase !== 'idle';

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) {
      // The browser gives the focus back to what had it: after a drop, or from the Open
      // store dialog, nothing that is still there, and the focus would be left in the closed
      // dialog, then on the page.
      dialog.close();
      const left = document.activeElement;
      if (!left || left === document.body || dialog.contains(left)) onFocusLost?.();
    }
  }, [open, onFocusLost]);

  const verdict = state.verdict;
  const table =
    verdict && verdict.kind !== 'not-import' && 'table' in verdict ? verdict.table : undefined;
  const busy = state.phase === 'reading';
  // Converting again after a choice: what is shown stays (the choices where they are, the
  // focus on the one used), marked busy, until the result of the last choice replaces it.
  const again = busy && verdict !== null;
  const stage = state.progress?.stage ?? 'reading';
  const percent =
    state.progress && state.progress.total > 0
      ? `${Math.round((state.progress.loaded / state.progress.total) * 100)}%`
      : null;
  const counted = state.progress !== null && state.progress.total > 0;
  const question = dateQuestion(verdict, state.options.dateOrder);

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
      {busy && !again ? (
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
          {t.importTooLarge(state.file.size, MAX_IMPORT_BYTES)}
        </p>
      ) : null}
      {state.phase === 'failed' && state.failure ? (
        <p role="alert" className="field-error">
          {failureText(state.failure, t)}
        </p>
      ) : null}
      {verdict ? <VerdictHead verdict={verdict} /> : null}
      {/* Always here, and always the same elements, whatever the verdict: a radio that was
          just chosen keeps the focus while the file is converted again. */}
      {question ? <DateOrderChoice {...question} /> : null}
      {verdict ? (
        <div className="import-dialog__result" aria-busy={again} data-stale={again || undefined}>
          <VerdictBody verdict={verdict} />
        </div>
      ) : null}
      {table ? <ColumnMapping table={table} verdict={verdict} /> : null}
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
        <p className="import-dialog__updating" role="status">
          {again ? t.importUpdating : null}
        </p>
      </div>
    </dialog>
  );
}

/** The day/month question, when the verdict asks it or it was answered (or assumed). */
function dateQuestion(
  verdict: ImportVerdict | null,
  chosen: DateOrder | undefined,
): Parameters<typeof DateOrderChoice>[0] | null {
  if (verdict?.kind === 'ask-date-order')
    return { asked: { rows: verdict.rows, unit: verdict.unit }, dates: verdict.ambiguousDates };
  if (verdict?.kind !== 'store') return null;
  // Once answered, the question stays, so that the answer can be changed; an order the
  // format's own tool reads is offered the same way.
  if (chosen) return { dates: verdict.ambiguousDates ?? [] };
  if (verdict.assumedDateOrder)
    return { dates: verdict.ambiguousDates ?? [], assumed: verdict.assumedDateOrder };
  return null;
}

/** One select per field; a field whose column was chosen for another one says so. */
function ColumnMapping({ table, verdict }: { table: TableColumns; verdict: ImportVerdict | null }) {
  const t = useAllMessages();
  const chosen = useImport((state) => state.options.mapping);
  const baseId = useId();
  const missing = verdict?.kind === 'refused' ? verdict.missing : undefined;
  const fields: readonly ImportField[] = IMPORT_FIELDS;
  // The choice just made shows at once, while the file is converted again: arrow keys step
  // on from it, not from the column the last result read.
  const valueOf = (field: ImportField) => {
    const hand = chosen?.[field];
    return hand !== undefined ? (hand ?? '') : (table.mapping[field][0] ?? '');
  };
  // Which field reads each column: a column is read by one field only, and choosing it for
  // another moves it there, which each list says before it is chosen.
  const readBy = new Map(fields.map((field) => [valueOf(field), field] as const));
  return (
    <fieldset className="import-dialog__mapping">
      <legend>{t.importMapping}</legend>
      {fields.map((field) => {
        const id = `${baseId}-${field}`;
        const noteId = `${id}-note`;
        const value = valueOf(field);
        const lost = chosen?.[field] === undefined ? table.displaced?.[field] : undefined;
        const invalid =
          missing === field || (missing === 'title' && field === 'summary' && value === '');
        return (
          <div key={field} className="import-dialog__field">
            <label htmlFor={id}>{t.importField[field]}</label>
            <select
              id={id}
              value={value}
              aria-invalid={invalid || undefined}
              aria-describedby={lost ? noteId : undefined}
              onChange={(event) => importActions.mapField(field, event.target.value || null)}
            >
              <option value="">{t.importNoColumn}</option>
              {table.columns.map((column, i) => {
                const other = readBy.get(column);
                return (
                  <option key={`${i}:${column}`} value={column}>
                    {other && other !== field
                      ? t.importColumnUsedBy(column, t.importField[other])
                      : column}
                  </option>
                );
              })}
            </select>
            {lost ? (
              <p id={noteId} className="import-dialog__field-note">
                {t.importColumnTaken(lost.column, t.importField[lost.by])}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}

function VerdictHead({ verdict }: { verdict: ImportVerdict }) {
  const t = useAllMessages();
  const words = useImportWords() ?? englishImportWords;
  if (verdict.kind === 'not-import') return null;
  if (verdict.kind === 'refused') {
    return (
      <p role="alert" className="field-error">
        {t.importRefused(words.refusal(verdict.message))}
        {verdict.missing && verdict.table
          ? `. ${t.importChooseColumn(t.importMapping, t.importField[verdict.missing])}`
          : null}
      </p>
    );
  }
  if (verdict.kind === 'ask-date-order')
    return <p>{words.formatName(verdict.format, verdict.container)}</p>;
  return (
    <p>{t.importFormat(words.formatName(verdict.format, verdict.container), verdict.items)}</p>
  );
}

function VerdictBody({ verdict }: { verdict: ImportVerdict }) {
  const t = useAllMessages();
  if (verdict.kind === 'refused') return <Notes notes={verdict.notes} />;
  if (verdict.kind !== 'store') return null;
  return (
    <>
      <p>
        {t.importCounts(
          verdict.counts.mapped,
          verdict.counts.guessed,
          verdict.counts.droppedItems,
          verdict.counts.leftOutFields,
          verdict.counts.warned,
        )}
      </p>
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
  const words = useImportWords() ?? englishImportWords;
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

/**
 * Day/month or month/day, asked when the file's dates could be read either way: the dates
 * in question as the file writes them, with their events' titles (as text: they are the
 * file's), and what each answer reads them as.
 */
function DateOrderChoice({
  asked,
  dates,
  assumed,
}: {
  asked?: { rows: readonly number[]; unit: 'row' | 'event' };
  dates: readonly AmbiguousDate[];
  assumed?: DateOrder;
}) {
  const t = useAllMessages();
  const words = useImportWords() ?? englishImportWords;
  const locale = useLocale();
  const rowsId = useId();
  const datesId = useId();
  const dateOrder = useImport((state) => state.options.dateOrder) ?? assumed;
  const rows = asked
    ? t.importDateOrderRows(words.listRows(asked.rows, asked.unit))
    : assumed
      ? t.importDateOrderAssumed
      : null;
  const reading = (order: DateOrder) =>
    dates
      .map((date) => {
        const read = date[order] === null ? null : parseStoreDate(date[order]);
        return read ? formatStoreDate(read, locale) : t.importNotADate;
      })
      .join('; ');
  const described = [rows ? rowsId : null, dates.length > 0 ? datesId : null].filter(Boolean);
  const option = (order: DateOrder, label: string) => (
    <label>
      <input
        type="radio"
        name="date-order"
        checked={dateOrder === order}
        onChange={() => importActions.setDateOrder(order)}
      />
      <span>
        {label}
        {dates.length > 0 ? (
          <>
            {': '}
            <span className="import-dialog__reading-as">{reading(order)}</span>
          </>
        ) : null}
      </span>
    </label>
  );
  return (
    <fieldset
      className="import-dialog__date-order"
      aria-describedby={described.length > 0 ? described.join(' ') : undefined}
    >
      <legend>{t.importDateOrder}</legend>
      {rows ? <p id={rowsId}>{rows}</p> : null}
      {dates.length > 0 ? (
        <div id={datesId}>
          <p>{t.importDateExamples}</p>
          <ul className="import-dialog__dates">
            {dates.map((date) => (
              <li key={`${date.unit}:${date.where}:${date.text}`}>
                <span className="import-dialog__as-written">{date.text}</span>
                {' — '}
                {words.listRows([date.where], date.unit)}
                {date.title ? (
                  <>
                    {': '}
                    <bdi>{date.title}</bdi>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {option('dmy', t.importDayMonth)}
      {option('mdy', t.importMonthDay)}
    </fieldset>
  );
}
