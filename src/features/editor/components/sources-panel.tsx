import { useMemo, useRef, useState } from 'react';
import type { Problem } from '../../../format/problems';
import { NONE, draftActions, sourceUse, useDraft } from '../model/draft-store';
import { type DraftCheck, problemsUnder } from '../model/field-problems';
import { problemText } from '../model/problem-text';
import { ConfirmDelete } from './confirm-delete';
import { changeThenFocus } from './focus-return';
import { SourceForm } from './source-form';
import { SourceReader } from './source-reader';
import { TypedQuote } from './typed-quote';
import { hasText } from '../model/locator';
import { filledWith } from '../model/same-address';
import { quotesLostBy } from '../model/quotes-lost';
import { foundPositions, rememberedFindText, sourceFindText } from '../model/list-find';
import { useEditorI18n } from './editor-i18n';
import { ListFindControls } from './find-box';
import { useListFind } from './use-list-find';

const LIST_ID = 'draft-sources-list';
const FOUND_ID = 'draft-sources-found';
const findText = rememberedFindText(sourceFindText);

/** The draft's sources: pick one to read and quote from, add one, or edit one. */
export function SourcesPanel({ check }: { check: DraftCheck }) {
  const { m, lang } = useEditorI18n();
  const sources = useDraft((state) => state.document?.sources ?? NONE);
  const storeLanguage = useDraft((state) => state.document?.language ?? '');
  const events = useDraft((state) => state.document?.events ?? NONE);
  const selectedId = useDraft((state) => state.selectedSourceId);
  const readOnly = useDraft((state) => state.readOnly);
  const [mode, setMode] = useState<'read' | 'add' | 'edit' | 'delete'>('read');
  const index = sources.findIndex((source) => source.id === selectedId);
  const selected = index >= 0 ? sources[index] : undefined;
  const addButton = useRef<HTMLButtonElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const chips = useRef<HTMLUListElement>(null);
  // The chips `Find sources` leaves, in the draft's order.
  const find = useListFind();
  const findInput = useRef<HTMLInputElement>(null);
  const everyPosition = useMemo(() => sources.map((_, i) => i), [sources]);
  const shown = useMemo(
    () => foundPositions(sources, everyPosition, find.words, findText),
    [sources, everyPosition, find.words],
  );
  const filtering = find.words.length > 0;
  // A form saved or cancelled gives the focus back to the button that opened it.
  const closeForm = (opener: typeof addButton, change?: () => void) =>
    changeThenFocus(
      () => {
        change?.();
        setMode('read');
      },
      () => opener.current,
    );

  // The source at the address typed, opened instead of the form: the focus on its chip.
  const openInstead = (id: string) =>
    changeThenFocus(
      () => {
        draftActions.selectSource(id);
        setMode('read');
      },
      // Its chip, or, when the words of Find sources hide it, its own Edit source.
      () =>
        chips.current?.querySelector<HTMLElement>('button[aria-pressed="true"]') ??
        editButton.current,
    );

  // Deleted, the focus goes to the source now selected (the next one, or the one before),
  // or to Add source when none is left: never to the page's body.
  const deleteSelected = (id: string) =>
    changeThenFocus(
      () => {
        draftActions.deleteSource(id);
        setMode('read');
      },
      () =>
        chips.current?.querySelector<HTMLElement>('button[aria-pressed="true"]') ??
        addButton.current,
    );
  // A source no excerpt quotes goes at once (Undo brings it back); one that excerpts quote
  // asks first, saying how many excerpts would go with it.
  const askDelete = (id: string) => {
    if (sourceUse(events, id).excerpts > 0) setMode('delete');
    else deleteSelected(id);
  };
  const use = mode === 'delete' && selected ? sourceUse(events, selected.id) : null;

  // A problem in the source's view is named by the form's label for its field, not its path.
  const labels: Record<string, string> = {
    title: m.sourceTitle,
    url: m.sourceUrl,
    text: m.sourceText,
    publisher: m.publisher,
    language: m.language,
    published: m.published,
    archiveUrl: m.archiveUrl,
    accessed: m.accessed,
    reliability: m.reliability,
    locatorLabel: m.locatorLabel,
  };
  const fieldLabel = (path: string) => {
    const label = labels[/^sources\[\d+\]\.(\w+)/.exec(path)?.[1] ?? ''];
    return label ? `${label}: ` : '';
  };
  const problemsOf =
    (sourceIndex: number) =>
    (field: string): Problem[] =>
      sourceIndex < 0 ? [] : problemsUnder(check, `sources[${sourceIndex}].${field}`);
  // The source form asks whether a text it would save holds every passage quoted from the
  // source it is saved into (the edited one, or the one at the same address).
  const quotesLost = (id: string, text: string) => quotesLostBy(events, id, text);

  return (
    <section className="editor-sources" aria-labelledby="sources-heading">
      <div className="editor-section-head">
        <h2 id="sources-heading">{m.sources}</h2>
        <button ref={addButton} type="button" disabled={readOnly} onClick={() => setMode('add')}>
          {m.addSource}
        </button>
      </div>
      {sources.length === 0 && mode !== 'add' ? (
        <p className="editor-muted">{m.noSources}</p>
      ) : null}
      <ListFindControls
        rows={sources.length}
        find={find}
        inputRef={findInput}
        label={m.findSources}
        placeholder={m.findSourcesBy}
        listId={LIST_ID}
        resultId={FOUND_ID}
        found={filtering ? shown.length : null}
        counted={(found) => m.sourcesShown(found, sources.length)}
        nothingFound={m.noSourceFound}
        note={
          selected && mode !== 'add' && !shown.includes(index) ? (
            <p className="editor-muted">{m.selectedSourceHidden(selected.title || selected.id)}</p>
          ) : null
        }
      />
      {shown.length > 0 ? (
        <ul id={LIST_ID} ref={chips} aria-label={m.sources} className="editor-chips">
          {shown.map((i) => {
            const source = sources[i]!;
            return (
              <li key={source.id}>
                <button
                  type="button"
                  aria-pressed={source.id === selectedId}
                  onClick={() => {
                    draftActions.selectSource(source.id);
                    setMode('read');
                  }}
                >
                  {source.title || source.id}
                  {problemsUnder(check, `sources[${i}]`).length ? ' ⚠' : ''}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {mode === 'add' ? (
        <SourceForm
          defaultLanguage={storeLanguage}
          quotesLost={quotesLost}
          problemsAt={() => []}
          onSave={(fields) => closeForm(addButton, () => draftActions.addSource(fields))}
          onCancel={() => closeForm(addButton)}
          sources={sources}
          onOpenSource={openInstead}
          onSaveInto={(id, fields) => {
            const into = sources.find((source) => source.id === id);
            if (into) draftActions.updateSource(id, filledWith(into, fields));
            openInstead(id);
          }}
        />
      ) : null}
      {mode === 'edit' && selected ? (
        <SourceForm
          key={selected.id}
          initial={selected}
          defaultLanguage={storeLanguage}
          quotesLost={quotesLost}
          problemsAt={problemsOf(index)}
          onSave={(fields) =>
            closeForm(editButton, () => draftActions.updateSource(selected.id, fields))
          }
          onCancel={() => closeForm(editButton)}
          sources={sources}
          onOpenSource={openInstead}
        />
      ) : null}
      {(mode === 'read' || mode === 'delete') && selected ? (
        <article className="editor-source" aria-labelledby="source-heading">
          <div className="editor-section-head">
            <h3 id="source-heading">{selected.title || selected.id}</h3>
            <div className="editor-head-tools">
              <button
                ref={editButton}
                type="button"
                disabled={readOnly}
                onClick={() => setMode('edit')}
              >
                {m.editSource}
              </button>
              <button
                ref={deleteButton}
                type="button"
                disabled={readOnly}
                onClick={() => askDelete(selected.id)}
              >
                {m.deleteSource}
              </button>
            </div>
          </div>
          {use ? (
            <ConfirmDelete
              message={m.sourceQuoted(use.excerpts, use.events, use.emptied)}
              confirm={m.deleteSourceAndExcerpts(use.excerpts)}
              onConfirm={() => deleteSelected(selected.id)}
              onCancel={() => closeForm(deleteButton)}
            />
          ) : null}
          {problemsUnder(check, `sources[${index}]`).map((problem, i) => (
            <p key={i} className="editor-problem">
              {fieldLabel(problem.path)}
              {problemText(problem, lang)}
            </p>
          ))}
          {hasText(selected) ? (
            <SourceReader source={selected} />
          ) : (
            <TypedQuote key={selected.id} source={selected} />
          )}
        </article>
      ) : null}
    </section>
  );
}
