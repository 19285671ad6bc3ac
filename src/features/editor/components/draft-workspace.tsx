import { draftActions, useDraft } from '../model/draft-store';
import { ActorsPanel } from './actors-panel';
import { useDraftCheck } from '../model/use-draft-check';
import { DraftToolbar } from './draft-toolbar';
import { EventsPanel } from './events-panel';
import { Field } from './field';
import { SourcesPanel } from './sources-panel';
import { useEditorI18n } from './editor-i18n';
import { STORE_FIELD_IDS } from './focus-return';
import { UNDO_SCOPE } from './undo-keys';

/** The open draft: its toolbar, its store fields, its sources and its events. */
export function DraftWorkspace() {
  const { m } = useEditorI18n();
  const document = useDraft((state) => state.document);
  const readOnly = useDraft((state) => state.readOnly);
  const check = useDraftCheck(document);
  if (!document) return null;
  // The store's own fields are checked as the events are: an empty title, a language that
  // is not a tag, said at the field rather than only in the download's count.
  const storeProblems = (field: string) =>
    (check.byItem.get('$') ?? []).filter((problem) => problem.path === field);
  return (
    <div className="editor-workspace">
      <DraftToolbar />
      <div className="editor-grid editor-store-fields" data-undo={UNDO_SCOPE.draft}>
        <Field id={STORE_FIELD_IDS.title} label={m.storeTitle} problems={storeProblems('title')}>
          {(props) => (
            <input
              {...props}
              value={document.title}
              readOnly={readOnly}
              onChange={(e) => draftActions.setStoreField('title', e.target.value)}
            />
          )}
        </Field>
        <Field
          id={STORE_FIELD_IDS.language}
          label={m.storeLanguage}
          hint={m.storeLanguageHint}
          problems={storeProblems('language')}
        >
          {(props) => (
            <input
              {...props}
              value={document.language}
              readOnly={readOnly}
              onChange={(e) => draftActions.setStoreField('language', e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="editor-columns">
        <div className="editor-column">
          <SourcesPanel check={check} />
          <ActorsPanel />
        </div>
        <EventsPanel check={check} />
      </div>
    </div>
  );
}
