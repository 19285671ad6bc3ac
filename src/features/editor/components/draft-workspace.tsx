import { draftActions, useDraft } from '../model/draft-store';
import { useDraftCheck } from '../model/use-draft-check';
import { DraftToolbar } from './draft-toolbar';
import { EventsPanel } from './events-panel';
import { SourcesPanel } from './sources-panel';
import { useEditorI18n } from './editor-i18n';

/** The open draft: its toolbar, its store fields, its sources and its events. */
export function DraftWorkspace() {
  const { m } = useEditorI18n();
  const document = useDraft((state) => state.document);
  const readOnly = useDraft((state) => state.readOnly);
  const check = useDraftCheck(document);
  if (!document) return null;
  return (
    <div className="editor-workspace">
      <DraftToolbar />
      <div className="editor-grid editor-store-fields">
        <div className="editor-field">
          <label htmlFor="store-title">{m.storeTitle}</label>
          <input
            id="store-title"
            value={document.title}
            readOnly={readOnly}
            onChange={(e) => draftActions.setStoreField('title', e.target.value)}
          />
        </div>
        <div className="editor-field">
          <label htmlFor="store-language">{m.storeLanguage}</label>
          <input
            id="store-language"
            value={document.language}
            readOnly={readOnly}
            onChange={(e) => draftActions.setStoreField('language', e.target.value)}
          />
        </div>
      </div>
      <div className="editor-columns">
        <SourcesPanel check={check} />
        <EventsPanel check={check} />
      </div>
    </div>
  );
}
