import type { EditorMessages } from '../../../i18n/editor-messages';
import type { HistoryChange } from './history-change';

/** The form's label of each field a step may change, by the kind of item it belongs to. */
const FIELD_LABELS: Readonly<
  Record<'event' | 'source' | 'actor' | 'store', Readonly<Record<string, keyof EditorMessages>>>
> = {
  event: {
    title: 'title',
    start: 'start',
    end: 'end',
    approximate: 'approximate',
    dateNote: 'dateNote',
    actors: 'actors',
    summary: 'summary',
    tags: 'tags',
    place: 'place',
    excerpts: 'excerpts',
    status: 'status',
    statusNote: 'statusNote',
    related: 'relatedEvents',
  },
  source: { title: 'sourceTitle', url: 'sourceUrl', language: 'language', publisher: 'publisher' },
  actor: { name: 'actorName', kind: 'actorKind', memberOf: 'memberOf', color: 'actorColor' },
  store: { title: 'storeTitle', language: 'storeLanguage' },
};

export function describeHistoryChange(m: EditorMessages, change: HistoryChange | null): string {
  if (change === null) return m.historyStep;
  const label = (item: keyof typeof FIELD_LABELS, field: string | undefined) => {
    const key = field === undefined ? undefined : FIELD_LABELS[item][field];
    return key === undefined ? undefined : String(m[key]);
  };
  if (change.kind === 'store') return label('store', change.field) ?? m.historyStep;
  const name =
    change.name ||
    (change.item === 'event' ? m.untitledEvent : change.item === 'source' ? m.sourceTitle : '');
  if (change.kind !== 'changed')
    return (change.kind === 'added' ? m.historyAdded : m.historyRemoved)(change.item, name);
  const field = label(change.item, change.field);
  return field === undefined ? m.historyChanged(change.item, name) : m.historyField(field, name);
}
