import { useRef, useState } from 'react';
import type { Problem } from '../../../format/problems';
import { NONE, draftActions, useDraft } from '../model/draft-store';
import { type DraftCheck, problemsUnder } from '../model/field-problems';
import { problemText } from '../model/problem-text';
import { changeThenFocus } from './focus-return';
import { SourceForm } from './source-form';
import { SourceReader } from './source-reader';
import { useEditorI18n } from './editor-i18n';

/** The draft's sources: pick one to read and quote from, add one, or edit one. */
export function SourcesPanel({ check }: { check: DraftCheck }) {
  const { m, lang } = useEditorI18n();
  const sources = useDraft((state) => state.document?.sources ?? NONE);
  const storeLanguage = useDraft((state) => state.document?.language ?? '');
  const events = useDraft((state) => state.document?.events ?? NONE);
  const selectedId = useDraft((state) => state.selectedSourceId);
  const readOnly = useDraft((state) => state.readOnly);
  const [mode, setMode] = useState<'read' | 'add' | 'edit'>('read');
  const index = sources.findIndex((source) => source.id === selectedId);
  const selected = index >= 0 ? sources[index] : undefined;
  const addButton = useRef<HTMLButtonElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  // A form saved or cancelled gives the focus back to the button that opened it.
  const closeForm = (opener: typeof addButton, change?: () => void) =>
    changeThenFocus(
      () => {
        change?.();
        setMode('read');
      },
      () => opener.current,
    );

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
  };
  const fieldLabel = (path: string) => {
    const label = labels[/^sources\[\d+\]\.(\w+)/.exec(path)?.[1] ?? ''];
    return label ? `${label}: ` : '';
  };
  const problemsOf =
    (sourceIndex: number) =>
    (field: string): Problem[] =>
      sourceIndex < 0 ? [] : problemsUnder(check, `sources[${sourceIndex}].${field}`);
  // Only the source form asks (whether an edited text still holds every quoted passage):
  // not gathered from every event on every keystroke.
  const quotesOf = (id: string) =>
    events.flatMap((event) => event.excerpts.filter((e) => e.source === id).map((e) => e.quote));

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
      {sources.length > 0 ? (
        <ul aria-label={m.sources} className="editor-chips">
          {sources.map((source, i) => (
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
          ))}
        </ul>
      ) : null}
      {mode === 'add' ? (
        <SourceForm
          defaultLanguage={storeLanguage}
          quotes={[]}
          problemsAt={() => []}
          onSave={(fields) => closeForm(addButton, () => draftActions.addSource(fields))}
          onCancel={() => closeForm(addButton)}
        />
      ) : null}
      {mode === 'edit' && selected ? (
        <SourceForm
          key={selected.id}
          initial={selected}
          defaultLanguage={storeLanguage}
          quotes={quotesOf(selected.id)}
          problemsAt={problemsOf(index)}
          onSave={(fields) =>
            closeForm(editButton, () => draftActions.updateSource(selected.id, fields))
          }
          onCancel={() => closeForm(editButton)}
        />
      ) : null}
      {mode === 'read' && selected ? (
        <article className="editor-source" aria-labelledby="source-heading">
          <div className="editor-section-head">
            <h3 id="source-heading">{selected.title || selected.id}</h3>
            <button
              ref={editButton}
              type="button"
              disabled={readOnly}
              onClick={() => setMode('edit')}
            >
              {m.editSource}
            </button>
          </div>
          {problemsUnder(check, `sources[${index}]`).map((problem, i) => (
            <p key={i} className="editor-problem">
              {fieldLabel(problem.path)}
              {problemText(problem, lang)}
            </p>
          ))}
          <SourceReader source={selected} />
        </article>
      ) : null}
    </section>
  );
}
