import { storeDateOfTyped } from '../model/typed-date';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Problem } from '../../../format/problems';
import type { DraftSource } from '../model/draft-document';
import { problemText } from '../model/problem-text';
import { type SourceFields, sourceFieldProblems } from '../model/source-check';
import { type PageField, fieldsFromFile } from '../source/fields-from-file';
import { type SourceFile, readSourceFile } from '../source/read-source-file';
import { hasText, settledText } from '../model/locator';
import { sourceAtAddress } from '../model/same-address';
import type { QuotesLost } from '../model/quotes-lost';
import { ConfirmDelete } from './confirm-delete';
import { Field } from './field';
import { cancelOnEscape, changeThenFocus } from './focus-return';
import { useEditorI18n } from './editor-i18n';
import { ADMIRALTY_WORDS } from '../../../i18n/admiralty-words';

const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
const SAME_ADDRESS_ID = 'source-same-address';

/**
 * Add source / Edit source: the text pasted or read from a file, and what the format says
 * about a source. The text may be left empty: a recording or a print edition cannot be
 * pasted, and the format checks a quote against a source's text only when it has one (its
 * quotes are typed, source-reader.tsx). Saving a text that does not hold a passage an
 * excerpt quotes asks first, naming the events it would leave out, whether it is Save source
 * (an edited text) or Save into (a text given to a source an import made for a link);
 * a source the store would leave out (no title, no language) is not saved: its problems are
 * shown at the fields, and checked again as they are typed.
 */
export function SourceForm({
  initial,
  defaultLanguage,
  quotesLost,
  problemsAt,
  onSave,
  onCancel,
  sources = [],
  onOpenSource,
  onSaveInto,
}: {
  initial?: DraftSource;
  /** The draft's sources: one at the address typed is pointed out (same-address.ts). */
  sources?: readonly DraftSource[];
  /** Leaves the form for that source. */
  onOpenSource?: (id: string) => void;
  /** Saves the form's fields into that source instead of adding one (Add source only). */
  onSaveInto?: (id: string, fields: SourceFields) => void;
  /** A new source's language until one is typed or read from a file: the store's. */
  defaultLanguage: string;
  /** The events whose quotes of a source a text for it would not hold (quotes-lost.ts). */
  quotesLost: (sourceId: string, text: string) => QuotesLost[];
  problemsAt: (field: string) => Problem[];
  onSave: (fields: SourceFields) => void;
  onCancel: () => void;
}) {
  const { m, lang } = useEditorI18n();
  const [fields, setFields] = useState<SourceFields>(() => {
    const { id: _id, ...rest } = initial ?? { id: '', title: '', language: defaultLanguage };
    return rest;
  });
  const [languageTyped, setLanguageTyped] = useState(initial !== undefined);
  // How the last file opened was decoded, said under it while that is not plain UTF-8.
  const [encoding, setEncoding] = useState<SourceFile['encoding'] | null>(null);
  // The fields the last file opened filled from its page's metadata, said under it.
  const [filledFromPage, setFilledFromPage] = useState<PageField[]>([]);
  // A save asked about (Save source, or Save into the source with the id `into`): the events
  // whose quotes its text would not hold.
  const [asking, setAsking] = useState<{ into: string | null; lost: QuotesLost[] } | null>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  const saveIntoButton = useRef<HTMLButtonElement>(null);
  // Once Save has found problems, the fields are checked as they change.
  const [checking, setChecking] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const set = (field: keyof SourceFields) => (value: string) => {
    setAsking(null);
    if (field === 'language') setLanguageTyped(true);
    setFields((current) => ({ ...current, [field]: value }));
  };
  // A text of nothing but spaces is no text: the source is one whose quotes are typed.
  const pasted = hasText(fields) ? fields.text : '';
  // Said as the source's text is edited (without a text, a quote is not checked, so none breaks).
  const broken = initial ? quotesLost(initial.id, pasted ?? '') : [];
  const trimmed = {
    ...fields,
    title: fields.title.trim(),
    language: fields.language.trim(),
    text: pasted,
    locatorLabel: settledText(fields.locatorLabel ?? ''),
  };
  // One source through the validator: cheap enough for every render of the form.
  const checked = checking ? sourceFieldProblems(trimmed) : null;
  const fieldProblems = (field: string) =>
    checked ? (checked.get(field) ?? []) : problemsAt(field);

  // Opened, the form takes the focus to its first field.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('textarea, input')?.focus();
  }, []);

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const saveNow = (into: string | null) =>
    into === null ? onSave(trimmed) : onSaveInto?.(into, trimmed);
  // Both saves come here: a text that does not hold what excerpts of the source it is saved
  // into quote asks first, naming their events (they would be left out of the downloaded
  // store), with Save anyway or Cancel, back to the form as it was.
  const save = (into: string | null) => {
    const target = into ?? initial?.id;
    const lost = target ? quotesLost(target, pasted ?? '') : [];
    if (lost.length > 0) setAsking({ into, lost });
    else saveNow(into);
  };
  const cancelAsking = () =>
    changeThenFocus(
      () => setAsking(null),
      () => (asking?.into ? saveIntoButton.current : submitButton.current),
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (sourceFieldProblems(trimmed).size > 0) {
      setChecking(true);
      setFocusRequest((count) => count + 1);
      return;
    }
    save(null);
  };

  const openFile = async (file: File) => {
    const read = await readSourceFile(file);
    setEncoding(read.encoding);
    const { fields: next, filled } = fieldsFromFile(fields, read, languageTyped);
    setFields(next);
    setFilledFromPage(filled);
  };

  // Said only when the file was not read as plain UTF-8 (a UTF-8 byte-order mark is plain).
  const encodingNote =
    encoding && encoding.by !== 'utf-8' && !(encoding.by === 'bom' && encoding.encoding === 'utf-8')
      ? m.fileEncoding(encoding.encoding, encoding.by, encoding.declared)
      : null;

  const fieldLabels: Record<PageField, string> = {
    url: m.sourceUrl,
    publisher: m.publisher,
    published: m.published,
  };
  const filledNote =
    filledFromPage.length > 0
      ? m.filledFromPage(filledFromPage.map((field) => fieldLabels[field]))
      : null;

  // Advice, not a problem: Save still adds the source (a page read again after it changed,
  // say, is a second source at one address), and the validator says nothing against it.
  const sameAddress = sourceAtAddress(sources, fields.url ?? '', initial?.id);
  const sameTitle = sameAddress ? sameAddress.title || sameAddress.id : '';
  // Only a source with no text yet is filled: one with a text may have quotes resting on it.
  const canSaveInto = sameAddress !== undefined && !initial && !hasText(sameAddress);
  const sameAddressNote = sameAddress ? (
    <div className="editor-warning editor-same-address">
      <p id={SAME_ADDRESS_ID}>{m.sameAddress(sameTitle, canSaveInto)}</p>
      <p className="editor-actions">
        {canSaveInto ? (
          <button ref={saveIntoButton} type="button" onClick={() => save(sameAddress.id)}>
            {m.saveIntoSameSource(sameTitle)}
          </button>
        ) : null}
        <button type="button" onClick={() => onOpenSource?.(sameAddress.id)}>
          {m.openSameSource(sameTitle)}
        </button>
      </p>
    </div>
  ) : null;

  const text = (field: keyof SourceFields, label: string, hint?: string) => (
    <Field label={label} hint={hint} problems={fieldProblems(field)}>
      {(props) => (
        <input
          {...props}
          type="text"
          value={(fields[field] as string | undefined) ?? ''}
          onChange={(event) => set(field)(event.target.value)}
          // A date typed as people write it is written as the store does, once the field is left.
          onBlur={
            field === 'published' || field === 'accessed'
              ? (event) => {
                  const date = storeDateOfTyped(event.target.value);
                  if (date !== event.target.value) set(field)(date);
                }
              : undefined
          }
        />
      )}
    </Field>
  );

  return (
    <form
      ref={formRef}
      className="editor-source-form"
      onSubmit={submit}
      onKeyDown={(event) => cancelOnEscape(event, onCancel)}
      aria-label={initial ? m.editSource : m.addSource}
    >
      <Field label={m.sourceText} hint={m.sourceTextHint} problems={fieldProblems('text')}>
        {(props) => (
          <textarea
            {...props}
            rows={8}
            value={fields.text ?? ''}
            onChange={(event) => set('text')(event.target.value)}
          />
        )}
      </Field>
      <div className="editor-field">
        <label htmlFor="source-file">{m.sourceFile}</label>
        <input
          id="source-file"
          type="file"
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void openFile(file);
          }}
        />
        <p role="status" className="editor-muted editor-file-note">
          {encodingNote}
          {encodingNote && filledNote ? ' ' : null}
          {filledNote}
        </p>
      </div>
      <div className="editor-grid">
        {text('title', m.sourceTitle)}
        <Field
          label={m.sourceUrl}
          problems={fieldProblems('url')}
          describedBy={sameAddress ? SAME_ADDRESS_ID : undefined}
        >
          {(props) => (
            <>
              <input
                {...props}
                type="text"
                value={fields.url ?? ''}
                onChange={(event) => set('url')(event.target.value)}
              />
              {sameAddressNote}
            </>
          )}
        </Field>
        {text('publisher', m.publisher)}
        {text('language', m.language)}
        {text('published', m.published)}
        {text('archiveUrl', m.archiveUrl)}
        {text('accessed', m.accessed)}
        <Field label={m.reliability} problems={fieldProblems('reliability')}>
          {(props) => (
            <select
              {...props}
              value={fields.reliability ?? ''}
              onChange={(event) => set('reliability')(event.target.value)}
            >
              <option value="">{m.reliabilityNone}</option>
              {RELIABILITY.map((grade) => (
                <option key={grade} value={grade}>
                  {`${grade}: ${ADMIRALTY_WORDS[lang][grade]}`}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('locatorLabel', m.locatorLabel, m.locatorLabelHint)}
      </div>
      {checked?.get('')?.map((problem, i) => (
        <p key={i} role="alert" className="editor-problem">
          {problemText(problem, lang)}
        </p>
      ))}
      {broken.length > 0 && !asking ? (
        <p role="alert" className="editor-warning">
          {m.quotesWillBreak(broken.reduce((sum, lost) => sum + lost.excerpts, 0))}
        </p>
      ) : null}
      {asking ? (
        <ConfirmDelete
          message={m.quotesNotFound(
            asking.lost.reduce((sum, lost) => sum + lost.excerpts, 0),
            asking.lost.map((lost) => lost.title || lost.event),
          )}
          confirm={m.saveAnyway}
          onConfirm={() => saveNow(asking.into)}
          onCancel={cancelAsking}
        />
      ) : (
        <div className="editor-actions">
          <button ref={submitButton} type="submit" className="primary editor-primary">
            {m.saveSource}
          </button>
          <button type="button" onClick={onCancel}>
            {m.cancel}
          </button>
        </div>
      )}
    </form>
  );
}
