/**
 * The editor's interface text (the /edit/ page), English and Spanish. Kept apart from the
 * explorer's catalogue so the explorer's first script does not carry it. The English
 * labels named in docs/ui-contract.md (Editing) are public: change them with the contract.
 */

import type { EventStatus, Relation } from '../format/vocabulary';
import { pluralsOf } from './plural';
import { addressFailureEn, addressFailureEs } from './address-failure-messages';

export type EditorLang = 'en' | 'es';

/** What keeps an event out of the downloaded file, from the first problem that drops it. */
export type LeftOutReason =
  | 'noTitle'
  | 'title'
  | 'noDate'
  | 'date'
  | 'end'
  | 'endBeforeStart'
  | 'noActors'
  | 'actors'
  | 'excerpt'
  | 'id'
  | 'other';

const enCount = new Intl.NumberFormat('en-GB');
const esCount = new Intl.NumberFormat('es-ES');
const enPlural = pluralsOf('en');
const esPlural = pluralsOf('es');
/** "1 event", "1,200 events": the count and its noun in the plural form it takes. */
const enCounted = (count: number, one: string, other: string) =>
  `${enCount.format(count)} ${enPlural(count, { one, other })}`;
const esCounted = (count: number, one: string, other: string) =>
  `${esCount.format(count)} ${esPlural(count, { one, other })}`;

const enList = new Intl.ListFormat('en-GB', { type: 'conjunction' });
const esList = new Intl.ListFormat('es', { type: 'conjunction' });

const LEFT_OUT_REASONS_EN: Record<LeftOutReason, string> = {
  noTitle: 'no title',
  title: 'a title that is not valid',
  noDate: 'no date yet',
  date: 'no valid date',
  end: 'an end date that is not valid',
  endBeforeStart: 'it ends before it starts',
  noActors: 'no actors',
  actors: 'an actor that is not valid',
  excerpt: 'an excerpt that is not valid',
  id: 'an id used twice or not valid',
  other: 'see its problems',
};
const LEFT_OUT_REASONS_ES: Record<LeftOutReason, string> = {
  noTitle: 'sin título',
  title: 'un título no válido',
  noDate: 'aún sin fecha',
  date: 'sin fecha válida',
  end: 'una fecha de fin no válida',
  endBeforeStart: 'termina antes de empezar',
  noActors: 'sin actores',
  actors: 'un actor no válido',
  excerpt: 'un fragmento no válido',
  id: 'un id repetido o no válido',
  other: 'mira sus problemas',
};

type HistoryItem = 'event' | 'source' | 'actor';

export interface EditorMessages {
  pageTitle: string;
  backToExplorer: string;
  newDraft: string;
  untitledDraft: string;
  openStoreForEditing: string;
  storeFile: string;
  storeAddress: string;
  openAddress: string;
  openFailed: (reason: string) => string;
  /**
   * An address that gave nothing to open: the server's status, or null for no answer; and
   * what to do, unless `advise` is false.
   */
  addressFailed: (status: number | null, advise?: boolean) => string;
  googleSheetUnread: string;
  storeFileHint: string;
  /** A file to import whose dates could be day or month first; `where` names the rows. */
  dateOrderQuestion: (where: string) => string;
  dayFirst: string;
  monthFirst: string;
  /**
   * After a file was converted into the new draft: whole items (rows) left out, and fields left
   * out of the events kept (their coordinates, say), counted apart.
   */
  importedInto: (format: string, events: number, leftOut: number, fieldsLeftOut: number) => string;
  /**
   * The import's events kept without a date (rows whose date cell was empty): a few of
   * `total` named, to be dated before the file can hold them.
   */
  importedUndated: (titles: readonly string[], total: number) => string;
  /** The first of them: selects it and takes the focus to its Start. */
  goToUndated: (title: string) => string;
  /** In the list of the draft's events, for an event with no date at all. */
  dateNeeded: string;
  /** Why a file was not opened, when the editor itself refused it (not the importers). */
  notJson: (parserSays: string) => string;
  notSourceline1: (format: string) => string;
  fileTooLarge: (megabytes: number) => string;
  convertedNotAStore: string;
  /** After a refusal for a column not found: the editor has no column chooser. */
  renameColumn: string;
  andMore: (count: number) => string;
  drafts: string;
  noDrafts: string;
  draftMeta: (events: number, sources: number, changed: string) => string;
  openDraft: (title: string) => string;
  rename: (title: string) => string;
  renameLabel: string;
  done: string;
  cancel: string;
  duplicate: (title: string) => string;
  copyOf: (title: string) => string;
  /** A store opened for editing whose title a draft has already: replace it, or keep both. */
  sameTitleQuestion: (title: string) => string;
  replaceDraft: string;
  keepBoth: string;
  /** The second draft of a title, kept beside the first: "… (2)". */
  numbered: (title: string, n: number) => string;
  deleteDraft: (title: string) => string;
  draftDeleted: (title: string) => string;
  undoDelete: string;
  /** A store opened for editing replaced a draft's content: Undo replace brings it back. */
  draftReplaced: (title: string) => string;
  undoReplace: string;
  eventDeleted: (title: string) => string;
  /** In the list, at a draft another tab holds for editing. */
  editedElsewhere: string;
  /** Why such a draft is neither renamed nor deleted from this tab. */
  editedElsewhereWhy: (title: string) => string;
  /** Another tab deleted the draft this tab edits: it was written back. */
  deletedElsewhereKept: string;
  /** Another tab deleted the draft this tab read: it was closed here. */
  deletedElsewhereClosed: (title: string) => string;
  draftMissing: string;
  chooseDraft: string;
  /** The editor with no draft open: how a timeline is made, step by step, naming the buttons. */
  guideHeading: string;
  guideSteps: (m: EditorMessages) => readonly string[];
  guideKept: string;
  storeTitle: string;
  storeLanguage: string;
  storeLanguageHint: string;
  undo: string;
  redo: string;
  /** Said after Undo and Redo (model/history-change.ts): the step taken back or made again. */
  undone: (what: string) => string;
  redone: (what: string) => string;
  historyAdded: (item: HistoryItem, name: string) => string;
  historyRemoved: (item: HistoryItem, name: string) => string;
  historyChanged: (item: HistoryItem, name: string) => string;
  /** A field's label and whose it is: "Start of “Putin arrives”". */
  historyField: (field: string, name: string) => string;
  historyStep: string;
  preview: string;
  downloadStore: string;
  save: string;
  saved: string;
  savedToFile: (name: string) => string;
  /** After Download store, when the draft has items the store would be opened without. */
  downloaded: string;
  /**
   * After Downloaded (or Saved to …): the draft's items the file leaves out, each named by
   * leftOutEvent, leftOutSource or leftOutActor, a few of `total`.
   */
  leftOutOfFile: (names: readonly string[], total: number) => string;
  leftOutEvent: (title: string, reason: LeftOutReason) => string;
  leftOutSource: (title: string) => string;
  leftOutActor: (name: string) => string;
  /** Values of the items written (a field, an excerpt, a link) the file leaves out. */
  valuesLeftOutOfFile: (count: number) => string;
  /** The button to the first event left out. */
  goToLeftOut: (title: string) => string;
  /** Download store (or Save) refused while the store's own title or language is not valid. */
  downloadNeedsStoreFields: (title: boolean, language: boolean) => string;
  /** A button that takes the focus to a field, named by its label. */
  goToField: (label: string) => string;
  saving: string;
  storageUnavailable: string;
  storageFull: string;
  readOnly: string;
  previewTooLarge: string;
  sources: string;
  noSources: string;
  addSource: string;
  editSource: string;
  sourceText: string;
  sourceFile: string;
  /** How an opened file's bytes were read, when not as plain UTF-8 (a short note). */
  fileEncoding: (
    encoding: string,
    by: 'bom' | 'declared' | 'fallback',
    declared: string | undefined,
  ) => string;
  /** The fields a web page's metadata filled when it was opened, named by their labels. */
  filledFromPage: (labels: string[]) => string;
  sourceTitle: string;
  sourceUrl: string;
  publisher: string;
  language: string;
  published: string;
  archiveUrl: string;
  accessed: string;
  reliability: string;
  reliabilityNone: string;
  saveSource: string;
  /**
   * Under Source URL, when another source of the draft has that address (an import's
   * placeholder for a row's link, most often); `empty` when that one has no text yet.
   */
  sameAddress: (title: string, empty: boolean) => string;
  /** Leaves the form for the source at the same address. */
  openSameSource: (title: string) => string;
  /** Saves what the form holds into the source at the same address, not as a second one. */
  saveIntoSameSource: (title: string) => string;
  deleteSource: string;
  /** Deleting a source that excerpts quote: what goes with it, asked before. */
  sourceQuoted: (excerpts: number, events: number, emptied: number) => string;
  deleteSourceAndExcerpts: (excerpts: number) => string;
  /** Under Source text: a source may have none, and then its quotes are typed. */
  sourceTextHint: string;
  /** A source's `locatorLabel`: what an excerpt's locator counts in it. */
  locatorLabel: string;
  locatorLabelHint: string;
  quotesWillBreak: (count: number) => string;
  /**
   * Asked before a save gives a source a text that does not hold what some of its excerpts
   * quote (Save source in Edit source, Save into in Add source): the events it would leave out.
   */
  quotesNotFound: (excerpts: number, events: readonly string[]) => string;
  saveAnyway: string;
  textOf: (title: string) => string;
  selectionHint: string;
  selected: (characters: number) => string;
  /** The selected words occur `count` times (2 or more): the excerpt points at the first. */
  quoteRepeats: (count: number, selectedIsFirst: boolean) => string;
  extendSelection: string;
  newEventFromSelection: string;
  /** A source without text: its passages are typed, with where they are in it. */
  typedQuoteHint: string;
  quote: string;
  newEventFromQuote: string;
  /** An event with no excerpt yet (noted before its source is to hand). */
  newEvent: string;
  addExcerptToSelectedEvent: string;
  draftEvents: string;
  noEvents: string;
  untitledEvent: string;
  noDate: string;
  event: string;
  title: string;
  start: string;
  end: string;
  approximate: string;
  dateNote: string;
  dateShown: (text: string) => string;
  /** A date typed that could be read two ways: both, and how to write it. */
  dateTwoWays: (dayFirst: string, monthFirst: string, iso: string) => string;
  actors: string;
  noActors: string;
  newActor: string;
  actorName: string;
  actorKind: string;
  kinds: Record<'state' | 'person' | 'organization' | 'other', string>;
  memberOf: string;
  memberOfNone: string;
  addActor: string;
  renameActor: (name: string) => string;
  deleteActor: (name: string) => string;
  /** Deleting an actor that events or other actors name: what it is taken off, asked before. */
  actorInUse: (name: string, events: number, members: number) => string;
  deleteActorEverywhere: string;
  /** The draft's actors, each edited on its own (actors-panel.tsx), not only from an event. */
  draftActors: string;
  noDraftActors: string;
  editActor: (name: string) => string;
  edit: string;
  actorLine: (kind: string, parent: string | null, events: number) => string;
  ownColor: string;
  actorColor: string;
  saveActor: string;
  deleteThisActor: string;
  summary: string;
  tags: string;
  tagsHint: string;
  place: string;
  latitude: string;
  longitude: string;
  /** Under a place that has one coordinate of the two: the map needs both. */
  missingCoordinate: (missing: 'lat' | 'lon') => string;
  /** At a Latitude or Longitude whose text is not a number. */
  notANumber: string;
  excerpts: string;
  excerptNumber: (n: number, source: string) => string;
  translation: string;
  removeExcerpt: string;
  /** The event's status: the same words as the explorer's (evidence-messages.ts). */
  status: string;
  statusNotStated: string;
  statusNames: Readonly<Record<EventStatus, string>>;
  statusNote: string;
  /** A checkbox in each excerpt: the passage contradicts the event (stance "disputes"). */
  disputesEvent: string;
  /** An excerpt's locator field, when its source does not say what a locator counts. */
  locatorGeneral: string;
  locatorHint: string;
  /** The event's related events: the explorer's heading and words for a relation. */
  relatedEvents: string;
  relationNames: Readonly<Record<Relation, string>>;
  noRelatedEvents: string;
  /** The accessible name of the relation chosen for one related event. */
  relationTo: (event: string) => string;
  /** A related entry whose id no event of the draft has, or that names no id. */
  relatedNotFound: string;
  unreadableRelated: string;
  /** A relation the format does not know, or none: the option that shows it. */
  noRelation: string;
  relatedEvent: string;
  chooseEvent: string;
  /** Above `Related event` in a draft with many events: narrows its choices by words. */
  findEvent: string;
  eventsFound: (found: number, of: number) => string;
  relation: string;
  addRelated: string;
  noOtherEvents: string;
  allEventsRelated: string;
  /** Visible on a related event's button; its name goes on with the event's title. */
  removeRelated: string;
  deleteEvent: string;
  problemsInEvent: (count: number) => string;
  /** After problemsInEvent, when one of them keeps the event out of the store. */
  eventLeftOut: string;
  noProblemsInEvent: string;
  checkingDraft: string;
  previewingDraft: (title: string) => string;
  backToEditing: string;
  /** The Draft events list's order: by date, or as the events are in the file. */
  eventOrder: string;
  orderByDate: string;
  orderAsInFile: string;
  /** The find boxes above Draft events, Sources and Actors (long lists only). */
  findEvents: string;
  findSources: string;
  findActors: string;
  /**
   * The event form's box over its Actors checklist; the actors ticked stay in the list
   * whatever it finds, so that what the event has is always seen.
   */
  findEventActors: string;
  /** What each find box finds by, shown in it while it is empty. */
  findEventsBy: string;
  findSourcesBy: string;
  findActorsBy: string;
  /** "12 of 5,068 events": the rows the words leave, of all. */
  eventsShown: (found: number, of: number) => string;
  sourcesShown: (found: number, of: number) => string;
  actorsShown: (found: number, of: number) => string;
  noEventFound: (query: string) => string;
  noSourceFound: (query: string) => string;
  noActorFound: (query: string) => string;
  /** Empties a find box that found nothing. */
  clearFind: string;
  /** The selected event (its form) or source (its text) when the words hide its row. */
  selectedEventHidden: (title: string) => string;
  selectedSourceHidden: (title: string) => string;
}

export const editorEn: EditorMessages = {
  pageTitle: 'Sourceline editor',
  backToExplorer: 'Explorer',
  newDraft: 'New draft',
  untitledDraft: 'Untitled draft',
  openStoreForEditing: 'Open store for editing',
  storeFile: 'Store file',
  storeAddress: 'Store address',
  openAddress: 'Open address',
  openFailed: (reason) => `The store could not be opened: ${reason}`,
  addressFailed: addressFailureEn,
  googleSheetUnread:
    'A Google Sheet is read from its copy published to the web: in Google Sheets, choose File → Share → Publish to web, then open its address again. Or download it (File → Download → Microsoft Excel) and open the file.',
  storeFileHint:
    'A Sourceline store, or a file to import: TimelineJS, SIMILE, timemap, KML or KMZ, GeoJSON, an RSS or Atom feed, CSV or TSV, an Excel or OpenDocument spreadsheet.',
  dateOrderQuestion: (where) =>
    `Day and month could be either way round (${where}). Dates such as 03/04/2020 read as:`,
  dayFirst: 'day/month/year',
  monthFirst: 'month/day/year',
  importedInto: (format, events, leftOut, fieldsLeftOut) =>
    `Imported from ${format}: ${enCounted(events, 'event', 'events')}` +
    (leftOut > 0 ? `; ${enCounted(leftOut, 'item', 'items')} left out` : '') +
    (fieldsLeftOut === 0
      ? ''
      : leftOut > 0
        ? `, and ${enCounted(fieldsLeftOut, 'field of an event kept', 'fields of events kept')}`
        : `; ${enCounted(fieldsLeftOut, 'field left out of an event kept', 'fields left out of events kept')}`) +
    (leftOut + fieldsLeftOut > 0 ? ':' : '.'),
  importedUndated: (titles, total) =>
    `Kept without a date: fill ${enPlural(total, { one: 'it', other: 'them' })} in (${enCounted(total, 'event', 'events')}: ` +
    `${enList.format(titles.length < total ? [...titles.map((t) => `“${t}”`), `${enCount.format(total - titles.length)} more`] : titles.map((t) => `“${t}”`))}). ` +
    `Until ${enPlural(total, { one: 'it has', other: 'they have' })} a date, Download store leaves ${enPlural(total, { one: 'it', other: 'them' })} out of the file.`,
  goToUndated: (title) => `Date “${title}”`,
  dateNeeded: 'date needed',
  notJson: (parserSays) => `not valid JSON (${parserSays})`,
  notSourceline1: (format) => `the format is ${format}, not "sourceline/1"`,
  fileTooLarge: (megabytes) =>
    `the file is larger than ${megabytes} MB, the most Sourceline imports`,
  convertedNotAStore: 'the converted file is not a store',
  renameColumn:
    "Rename the column in the file, or import it with the explorer's Open store…, where its columns can be chosen",
  andMore: (count) => `and ${enCount.format(count)} more`,
  drafts: 'Drafts',
  noDrafts: 'No drafts yet.',
  draftMeta: (events, sources, changed) =>
    `${enCounted(events, 'event', 'events')}, ${enCounted(sources, 'source', 'sources')}, changed ${changed}`,
  openDraft: (title) => `Open ${title}`,
  rename: (title) => `Rename ${title}`,
  renameLabel: 'New name',
  done: 'Done',
  cancel: 'Cancel',
  duplicate: (title) => `Duplicate ${title}`,
  copyOf: (title) => `${title} (copy)`,
  sameTitleQuestion: (title) =>
    `A draft named “${title}” exists already. Replace its content with this file, or keep both?`,
  replaceDraft: 'Replace draft',
  keepBoth: 'Keep both',
  numbered: (title, n) => `${title} (${n})`,
  deleteDraft: (title) => `Delete ${title}`,
  draftDeleted: (title) => `Draft “${title}” deleted.`,
  undoDelete: 'Undo delete',
  draftReplaced: (title) => `Draft “${title}” replaced.`,
  undoReplace: 'Undo replace',
  eventDeleted: (title) => `Event “${title}” deleted.`,
  editedElsewhere: 'Being edited in another tab',
  editedElsewhereWhy: (title) =>
    `“${title}” is open for editing in another tab. Rename or delete it in that tab, or close that tab first.`,
  deletedElsewhereKept:
    'This draft was deleted in another tab while it was open for editing here. It has been kept, whole, as this tab has it: delete it here if that is what you want.',
  deletedElsewhereClosed: (title) =>
    `“${title}” was deleted in another tab, so it is closed here. That tab can bring it back with Undo delete.`,
  draftMissing: 'That draft is not in this browser any more.',
  chooseDraft: 'Start a new draft, or open one from the list.',
  guideHeading: 'How a timeline is made here',
  guideSteps: (m) => [
    `Start a draft with “${m.newDraft}”, or copy a store you already have, from a file or a link, with “${m.openStoreForEditing}”.`,
    `“${m.addSource}”: paste an article’s text, or open a .txt, .md or .html file, and give its title and address.`,
    `Select a passage of the source’s text: “${m.newEventFromSelection}” makes it a new event’s excerpt, word for word, and “${m.addExcerptToSelectedEvent}” adds it to the event chosen.`,
    `“${m.preview}” shows the draft in the explorer; “${m.downloadStore}” saves it as a store to publish.`,
  ],
  guideKept:
    'Drafts are kept in this browser: they survive a reload or a closed tab, and each change can be undone.',
  storeTitle: 'Store title',
  storeLanguage: 'Store language',
  storeLanguageHint:
    'The language the timeline is written in, as a code: en English, es Spanish, fr French, ru Russian; und if not known.',
  undo: 'Undo',
  redo: 'Redo',
  undone: (what) => `Undone: ${what}`,
  redone: (what) => `Redone: ${what}`,
  historyAdded: (item, name) => `new ${item} “${name}”`,
  historyRemoved: (item, name) => `deletion of ${item} “${name}”`,
  historyChanged: (item, name) => `a change to ${item} “${name}”`,
  historyField: (field, name) => `${field} of “${name}”`,
  historyStep: 'a change',
  preview: 'Preview',
  downloadStore: 'Download store',
  save: 'Save to a file…',
  saved: 'All changes saved in this browser.',
  savedToFile: (name) => `Saved to ${name}.`,
  downloaded: 'Downloaded.',
  leftOutOfFile: (names, total) =>
    `Left out until ${enPlural(total, { one: 'its problems are', other: 'their problems are' })} fixed: ` +
    `${enList.format(names.length < total ? [...names, `${enCount.format(total - names.length)} more`] : names)}.`,
  leftOutEvent: (title, reason) => `“${title}” (${LEFT_OUT_REASONS_EN[reason]})`,
  leftOutSource: (title) => `the source “${title}”`,
  leftOutActor: (name) => `the actor “${name}”`,
  valuesLeftOutOfFile: (count) =>
    `Also left out: ${enCounted(count, 'value that is not valid', 'values that are not valid')}.`,
  goToLeftOut: (title) => `Go to “${title}”`,
  downloadNeedsStoreFields: (title, language) =>
    `Not downloaded: fix the store’s ${title && language ? 'title and language' : title ? 'title' : 'language'} first, so that the file is a valid store.`,
  goToField: (label) => `Go to ${label}`,
  saving: 'Saving…',
  storageUnavailable:
    'This browser does not let the editor keep drafts (storage is unavailable, as in some private windows). Your draft works here until you close the tab: use Download store to keep it.',
  storageFull:
    'The browser storage is full: the latest changes are kept only in this tab. Free some space, or use Download store to keep them.',
  readOnly:
    'This draft is open for editing in another tab. This tab shows it read-only and follows the changes; close the other tab to edit here.',
  previewTooLarge:
    'This draft is too large to preview from here: download it and open the file in the explorer.',
  sources: 'Sources',
  noSources: 'No sources yet: add one to quote from it.',
  addSource: 'Add source',
  editSource: 'Edit source',
  sourceText: 'Source text',
  sourceFile: 'Or open a .txt, .md or .html file',
  fileEncoding: (encoding, by, declared = encoding) =>
    by === 'bom'
      ? `Read as ${encoding}, as the file's byte-order mark says.`
      : by === 'declared'
        ? `This file is not UTF-8: read in the encoding it declares, ${declared}${declared === encoding ? '' : ` (as ${encoding}, as browsers read it)`}.`
        : encoding === 'utf-8'
          ? 'This file is not valid UTF-8: the letters that could not be read are shown as �.'
          : `This file is not UTF-8 and does not say its encoding: read as ${encoding} (Western European). If letters look wrong, save it as UTF-8 and open it again.`,
  filledFromPage: (labels) =>
    `Filled in from the page's metadata: ${enList.format(labels)}. Check ${enPlural(labels.length, { one: 'it', other: 'them' })} against the page.`,
  sourceTitle: 'Source title',
  sourceUrl: 'Source URL',
  publisher: 'Publisher',
  language: 'Language',
  published: 'Published',
  archiveUrl: 'Archive URL',
  accessed: 'Accessed',
  reliability: 'Reliability',
  reliabilityNone: 'Not stated',
  saveSource: 'Save source',
  sameAddress: (title, empty) =>
    `A source with this address is already in the draft: “${title}”.` +
    (empty
      ? ' It has no text yet: save this into it rather than make a second source.'
      : ' Open it rather than make a second source, unless this is another version of the page.'),
  openSameSource: (title) => `Open “${title}”`,
  saveIntoSameSource: (title) => `Save into “${title}”`,
  deleteSource: 'Delete source',
  sourceQuoted: (excerpts, events, emptied) =>
    `${enCounted(excerpts, 'excerpt', 'excerpts')} in ${enCounted(events, 'event', 'events')} ${enPlural(excerpts, { one: 'quotes', other: 'quote' })} this source: deleting it deletes ${enPlural(excerpts, { one: 'that excerpt', other: 'them' })} too.` +
    (emptied > 0
      ? ` ${enCounted(emptied, 'event', 'events')} would be left with no excerpt, and out of the file until ${enPlural(emptied, { one: 'it has', other: 'they have' })} one.`
      : '') +
    ' Undo brings everything back.',
  deleteSourceAndExcerpts: (excerpts) =>
    enPlural(excerpts, {
      one: 'Delete source and its excerpt',
      other: `Delete source and its ${enCount.format(excerpts)} excerpts`,
    }),
  sourceTextHint:
    'Leave it empty for a source you cannot paste (a recording, a print edition): its quotes are then typed.',
  locatorLabel: 'Locator label',
  locatorLabelHint: 'What a passage’s place counts in this source: page, minute…',
  quotesWillBreak: (count) =>
    enPlural(count, {
      one: 'This change removes text that an excerpt quotes: it would no longer be verbatim and would be dropped.',
      other: `This change removes text that ${enCount.format(count)} excerpts quote: they would no longer be verbatim and would be dropped.`,
    }),
  quotesNotFound: (excerpts, events) =>
    `${enPlural(excerpts, { one: 'The quote', other: `The ${enCount.format(excerpts)} quotes` })} of ` +
    `${enList.format(events.length > 5 ? [...events.slice(0, 4).map((t) => `“${t}”`), `${enCount.format(events.length - 4)} more events`] : events.map((t) => `“${t}”`))} ` +
    `would no longer be found in this text: ${enPlural(events.length, { one: 'the event', other: 'those events' })} ` +
    `would be left out of the downloaded store until ${enPlural(excerpts, { one: 'the quote is', other: 'the quotes are' })} mended. Undo takes the save back.`,
  saveAnyway: 'Save anyway',
  textOf: (title) => `Text of ${title}`,
  selectionHint:
    'Select a passage (with the mouse, or Shift and the arrow keys) to quote it as evidence.',
  selected: (characters) => `${enCounted(characters, 'character', 'characters')} selected.`,
  quoteRepeats: (count, selectedIsFirst) =>
    `These words occur ${enCount.format(count)} times in the source; the excerpt will point at the first` +
    (selectedIsFirst
      ? ', the one selected. A longer passage would make it unique.'
      : '. Select a longer passage to make it unique.'),
  extendSelection: 'Extend the selection until it is unique',
  newEventFromSelection: 'New event from selection',
  typedQuoteHint:
    'This source has no text to select from: type the passage word for word, as the source has it, and where it is.',
  quote: 'Quote',
  newEventFromQuote: 'New event from quote',
  newEvent: 'New event',
  addExcerptToSelectedEvent: 'Add excerpt to selected event',
  draftEvents: 'Draft events',
  noEvents:
    'No events yet: select a passage in a source and make one, or start one with New event.',
  untitledEvent: 'Untitled event',
  noDate: 'no date',
  event: 'Event',
  title: 'Title',
  start: 'Start',
  end: 'End',
  approximate: 'Approximate date',
  dateNote: 'Date note',
  dateShown: (text) => `Shown as: ${text}`,
  dateTwoWays: (dayFirst, monthFirst, iso) =>
    `Which is the day? It could be ${dayFirst} or ${monthFirst}: write the month in words, or ${iso}.`,
  actors: 'Actors',
  noActors: 'No actors yet: create one below.',
  newActor: 'New actor',
  actorName: 'Actor name',
  actorKind: 'Kind',
  kinds: { state: 'State', person: 'Person', organization: 'Organization', other: 'Other' },
  memberOf: 'Member of',
  memberOfNone: 'None',
  addActor: 'Add actor',
  renameActor: (name) => `Rename actor ${name}`,
  deleteActor: (name) => `Delete actor ${name}`,
  actorInUse: (name, events, members) =>
    [
      events > 0 ? `“${name}” is an actor of ${enCounted(events, 'event', 'events')}` : '',
      members > 0
        ? `${enCounted(members, 'actor', 'actors')} ${enPlural(members, { one: 'is a member', other: 'are members' })} of “${name}”`
        : '',
    ]
      .filter(Boolean)
      .join(', and ') +
    `: deleting it takes it off ${enPlural(events + members, { one: 'it', other: 'them' })}.` +
    ' An event left with no actor is out of the file until it has one. Undo brings everything back.',
  deleteActorEverywhere: 'Delete actor',
  draftActors: 'Draft actors',
  noDraftActors: 'No actors yet: an event’s Actors makes them.',
  editActor: (name) => `Edit actor ${name}`,
  edit: 'Edit',
  actorLine: (kind, parent, events) =>
    [kind, parent ? `member of ${parent}` : '', enCounted(events, 'event', 'events')]
      .filter(Boolean)
      .join(' · '),
  ownColor: 'Own colour',
  actorColor: 'Colour',
  saveActor: 'Save actor',
  deleteThisActor: 'Delete this actor',
  summary: 'Summary',
  tags: 'Tags',
  tagsHint: 'Separated by commas.',
  place: 'Place',
  latitude: 'Latitude',
  longitude: 'Longitude',
  missingCoordinate: (missing) =>
    missing === 'lon'
      ? 'A latitude without a longitude: the map shows a place only with both.'
      : 'A longitude without a latitude: the map shows a place only with both.',
  notANumber:
    'Not a number: write it as 125.75 (or 125,75), with a minus sign for south or west, or as 125°45′E.',
  excerpts: 'Excerpts',
  excerptNumber: (n, source) => `Excerpt ${n}, from ${source}`,
  translation: 'Translation',
  removeExcerpt: 'Remove excerpt',
  status: 'Status',
  statusNotStated: 'Not stated',
  statusNames: {
    confirmed: 'Confirmed',
    reported: 'Reported',
    disputed: 'Disputed',
    refuted: 'Refuted',
  },
  statusNote: 'Status note',
  disputesEvent: 'Disputes the event',
  locatorGeneral: 'Where in the source',
  locatorHint: 'Where the passage is, for a source without text: a page, a time (12:30).',
  relatedEvents: 'Related events',
  relationNames: {
    causes: 'caused',
    'responds-to': 'responds to',
    'part-of': 'part of',
    'see-also': 'see also',
  },
  noRelatedEvents: 'No related events yet.',
  relationTo: (event) => `Relation to ${event}`,
  relatedNotFound: 'not found in this draft',
  unreadableRelated: 'an entry that names no event',
  noRelation: '(no relation)',
  relatedEvent: 'Related event',
  chooseEvent: 'Choose an event…',
  findEvent: 'Find an event',
  eventsFound: (found, of) =>
    found === of
      ? `${enCounted(of, 'event', 'events')} to choose from`
      : `${enCount.format(found)} of ${enCounted(of, 'event', 'events')} found`,
  relation: 'Relation',
  addRelated: 'Add related event',
  noOtherEvents: 'No other event in this draft yet.',
  allEventsRelated: 'Every other event of the draft is related already.',
  removeRelated: 'Remove',
  deleteEvent: 'Delete event',
  problemsInEvent: (count) => `${enCounted(count, 'problem', 'problems')} in this event.`,
  eventLeftOut: 'Until they are fixed, the event is left out of the downloaded store.',
  noProblemsInEvent: 'No problems in this event.',
  checkingDraft: 'Checking the draft…',
  previewingDraft: (title) => `Previewing the draft “${title}”.`,
  backToEditing: 'Back to editing',
  eventOrder: 'Order',
  orderByDate: 'By date',
  orderAsInFile: 'As in the file',
  findEvents: 'Find events',
  findSources: 'Find sources',
  findActors: 'Find actors',
  findEventActors: 'Find an actor to tick',
  findEventsBy: 'Title, date, actor, tag or id',
  findSourcesBy: 'Title, publisher or address',
  findActorsBy: 'Name or id',
  eventsShown: (found, of) => `${enCount.format(found)} of ${enCounted(of, 'event', 'events')}`,
  sourcesShown: (found, of) => `${enCount.format(found)} of ${enCounted(of, 'source', 'sources')}`,
  actorsShown: (found, of) => `${enCount.format(found)} of ${enCounted(of, 'actor', 'actors')}`,
  noEventFound: (query) => `No event matches “${query}”.`,
  noSourceFound: (query) => `No source matches “${query}”.`,
  noActorFound: (query) => `No actor matches “${query}”.`,
  clearFind: 'Clear',
  selectedEventHidden: (title) =>
    `The selected event, “${title}”, is not among them: it stays selected, its form below.`,
  selectedSourceHidden: (title) =>
    `The open source, “${title}”, is not among them: it stays open below.`,
};

export const editorEs: EditorMessages = {
  pageTitle: 'Editor de Sourceline',
  backToExplorer: 'Explorador',
  newDraft: 'Nuevo borrador',
  untitledDraft: 'Borrador sin título',
  openStoreForEditing: 'Abrir almacén para editar',
  storeFile: 'Archivo del almacén',
  storeAddress: 'Dirección del almacén',
  openAddress: 'Abrir dirección',
  openFailed: (reason) => `No se pudo abrir el almacén: ${reason}`,
  addressFailed: addressFailureEs,
  googleSheetUnread:
    'Una hoja de Google se lee de su copia publicada en la web: en Google Sheets, elige Archivo → Compartir → Publicar en la web y vuelve a abrir su dirección. O descárgala (Archivo → Descargar → Microsoft Excel) y abre el archivo.',
  storeFileHint:
    'Un almacén de Sourceline, o un archivo para importar: TimelineJS, SIMILE, timemap, KML o KMZ, GeoJSON, un feed RSS o Atom, CSV o TSV, una hoja de cálculo de Excel u OpenDocument.',
  dateOrderQuestion: (where) =>
    `El día y el mes podrían ir en cualquier orden (${where}). Las fechas como 03/04/2020 se leen como:`,
  dayFirst: 'día/mes/año',
  monthFirst: 'mes/día/año',
  importedInto: (format, events, leftOut, fieldsLeftOut) =>
    `Importado de un archivo de tipo ${format}: ${esCounted(events, 'evento', 'eventos')}` +
    (leftOut > 0 ? `; ${esCounted(leftOut, 'elemento omitido', 'elementos omitidos')}` : '') +
    (fieldsLeftOut > 0
      ? `${leftOut > 0 ? ', y' : ';'} ${esCounted(fieldsLeftOut, 'campo omitido de un evento conservado', 'campos omitidos de eventos conservados')}`
      : '') +
    (leftOut + fieldsLeftOut > 0 ? ':' : '.'),
  importedUndated: (titles, total) =>
    `${esPlural(total, { one: 'Conservado', other: 'Conservados' })} sin fecha: ${esPlural(total, { one: 'complétala', other: 'complétalas' })} (${esCounted(total, 'evento', 'eventos')}: ` +
    `${esList.format(titles.length < total ? [...titles.map((t) => `«${t}»`), `${esCount.format(total - titles.length)} más`] : titles.map((t) => `«${t}»`))}). ` +
    `Mientras no ${esPlural(total, { one: 'tenga', other: 'tengan' })} fecha, Descargar almacén ${esPlural(total, { one: 'lo deja', other: 'los deja' })} fuera del archivo.`,
  goToUndated: (title) => `Poner fecha a «${title}»`,
  dateNeeded: 'falta la fecha',
  notJson: (parserSays) => `no es JSON válido (${parserSays})`,
  notSourceline1: (format) => `el formato es ${format}, no "sourceline/1"`,
  fileTooLarge: (megabytes) =>
    `el archivo ocupa más de ${megabytes} MB, lo máximo que importa Sourceline`,
  convertedNotAStore: 'el archivo convertido no es un almacén',
  renameColumn:
    'Cambia el nombre de la columna en el archivo o impórtalo con «Abrir almacén…» del explorador, donde se pueden elegir sus columnas',
  andMore: (count) => `y ${esCount.format(count)} más`,
  drafts: 'Borradores',
  noDrafts: 'Aún no hay borradores.',
  draftMeta: (events, sources, changed) =>
    `${esCounted(events, 'evento', 'eventos')}, ${esCounted(sources, 'fuente', 'fuentes')}, cambiado ${changed}`,
  openDraft: (title) => `Abrir ${title}`,
  rename: (title) => `Renombrar ${title}`,
  renameLabel: 'Nuevo nombre',
  done: 'Hecho',
  cancel: 'Cancelar',
  duplicate: (title) => `Duplicar ${title}`,
  copyOf: (title) => `${title} (copia)`,
  sameTitleQuestion: (title) =>
    `Ya hay un borrador llamado «${title}». ¿Reemplazar su contenido con este archivo, o conservar ambos?`,
  replaceDraft: 'Reemplazar borrador',
  keepBoth: 'Conservar ambos',
  numbered: (title, n) => `${title} (${n})`,
  deleteDraft: (title) => `Eliminar ${title}`,
  draftDeleted: (title) => `Borrador «${title}» eliminado.`,
  undoDelete: 'Deshacer eliminación',
  draftReplaced: (title) => `Borrador «${title}» reemplazado.`,
  undoReplace: 'Deshacer reemplazo',
  eventDeleted: (title) => `Evento «${title}» eliminado.`,
  editedElsewhere: 'Se está editando en otra pestaña',
  editedElsewhereWhy: (title) =>
    `«${title}» está abierto para editar en otra pestaña. Renómbralo o elimínalo en esa pestaña, o ciérrala antes.`,
  deletedElsewhereKept:
    'Este borrador se eliminó en otra pestaña mientras estaba abierto para editar aquí. Se ha conservado entero, tal como está en esta pestaña: elimínalo aquí si es lo que quieres.',
  deletedElsewhereClosed: (title) =>
    `«${title}» se eliminó en otra pestaña y por eso se ha cerrado aquí. Esa pestaña puede recuperarlo con Deshacer eliminación.`,
  draftMissing: 'Ese borrador ya no está en este navegador.',
  chooseDraft: 'Empieza un borrador nuevo o abre uno de la lista.',
  guideHeading: 'Cómo se hace aquí una cronología',
  guideSteps: (m) => [
    `Empieza un borrador con «${m.newDraft}», o copia un almacén que ya tengas, de un archivo o un enlace, con «${m.openStoreForEditing}».`,
    `«${m.addSource}»: pega el texto de un artículo, o abre un archivo .txt, .md o .html, y di su título y su dirección.`,
    `Selecciona un pasaje del texto de la fuente: «${m.newEventFromSelection}» lo convierte en el fragmento de un evento nuevo, palabra por palabra, y «${m.addExcerptToSelectedEvent}» lo añade al evento elegido.`,
    `«${m.preview}» muestra el borrador en el explorador; «${m.downloadStore}» lo guarda como un almacén para publicar.`,
  ],
  guideKept:
    'Los borradores se guardan en este navegador: sobreviven a una recarga o a una pestaña cerrada, y cada cambio se puede deshacer.',
  storeTitle: 'Título del almacén',
  storeLanguage: 'Idioma del almacén',
  storeLanguageHint:
    'El idioma en que está escrita la cronología, como código: es español, en inglés, fr francés, ru ruso; und si no se sabe.',
  undo: 'Deshacer',
  redo: 'Rehacer',
  undone: (what) => `Deshecho: ${what}`,
  redone: (what) => `Rehecho: ${what}`,
  historyAdded: (item, name) =>
    `${{ event: 'nuevo evento', source: 'nueva fuente', actor: 'nuevo actor' }[item]} «${name}»`,
  historyRemoved: (item, name) =>
    `eliminación ${{ event: 'del evento', source: 'de la fuente', actor: 'del actor' }[item]} «${name}»`,
  historyChanged: (item, name) =>
    `un cambio en ${{ event: 'el evento', source: 'la fuente', actor: 'el actor' }[item]} «${name}»`,
  historyField: (field, name) => `${field} de «${name}»`,
  historyStep: 'un cambio',
  preview: 'Vista previa',
  downloadStore: 'Descargar almacén',
  save: 'Guardar en un archivo…',
  saved: 'Todos los cambios guardados en este navegador.',
  savedToFile: (name) => `Guardado en ${name}.`,
  downloaded: 'Descargado.',
  leftOutOfFile: (names, total) =>
    `${esPlural(total, { one: 'Queda', other: 'Quedan' })} fuera mientras no se corrijan sus problemas: ` +
    `${esList.format(names.length < total ? [...names, `${esCount.format(total - names.length)} más`] : names)}.`,
  leftOutEvent: (title, reason) => `«${title}» (${LEFT_OUT_REASONS_ES[reason]})`,
  leftOutSource: (title) => `la fuente «${title}»`,
  leftOutActor: (name) => `el actor «${name}»`,
  valuesLeftOutOfFile: (count) =>
    `También quedan fuera: ${esCounted(count, 'valor no válido', 'valores no válidos')}.`,
  goToLeftOut: (title) => `Ir a «${title}»`,
  downloadNeedsStoreFields: (title, language) =>
    `No se descargó: corrige primero ${title && language ? 'el título y el idioma' : title ? 'el título' : 'el idioma'} del almacén, para que el archivo sea un almacén válido.`,
  goToField: (label) => `Ir a ${label}`,
  saving: 'Guardando…',
  storageUnavailable:
    'Este navegador no permite al editor guardar borradores (el almacenamiento no está disponible, como en algunas ventanas privadas). El borrador funciona aquí hasta que cierres la pestaña: usa Descargar almacén para conservarlo.',
  storageFull:
    'El almacenamiento del navegador está lleno: los últimos cambios solo están en esta pestaña. Libera espacio o usa Descargar almacén para conservarlos.',
  readOnly:
    'Este borrador está abierto para editar en otra pestaña. Esta lo muestra en solo lectura y sigue los cambios; cierra la otra pestaña para editar aquí.',
  previewTooLarge:
    'Este borrador es demasiado grande para la vista previa: descárgalo y abre el archivo en el explorador.',
  sources: 'Fuentes',
  noSources: 'Aún no hay fuentes: añade una para citarla.',
  addSource: 'Añadir fuente',
  editSource: 'Editar fuente',
  sourceText: 'Texto de la fuente',
  sourceFile: 'O abre un archivo .txt, .md o .html',
  fileEncoding: (encoding, by, declared = encoding) =>
    by === 'bom'
      ? `Leído como ${encoding}, como indica la marca de orden de bytes del archivo.`
      : by === 'declared'
        ? `Este archivo no está en UTF-8: leído en la codificación que declara, ${declared}${declared === encoding ? '' : ` (como ${encoding}, igual que los navegadores)`}.`
        : encoding === 'utf-8'
          ? 'Este archivo no es UTF-8 válido: las letras que no se pudieron leer se muestran como �.'
          : `Este archivo no está en UTF-8 ni dice su codificación: leído como ${encoding} (Europa occidental). Si alguna letra se ve mal, guárdalo en UTF-8 y ábrelo de nuevo.`,
  filledFromPage: (labels) =>
    `Rellenado con los metadatos de la página: ${esList.format(labels)}. ${esPlural(labels.length, { one: 'Compruébalo', other: 'Compruébalos' })} con la página.`,
  sourceTitle: 'Título de la fuente',
  sourceUrl: 'URL de la fuente',
  // Not "Editor": on the page "Editor de Sourceline" it reads as the person editing.
  publisher: 'Medio',
  language: 'Idioma',
  published: 'Publicado',
  archiveUrl: 'URL archivada',
  accessed: 'Consultado',
  reliability: 'Fiabilidad',
  reliabilityNone: 'Sin indicar',
  saveSource: 'Guardar fuente',
  sameAddress: (title, empty) =>
    `Ya hay en el borrador una fuente con esta dirección: «${title}».` +
    (empty
      ? ' Aún no tiene texto: guarda esto en ella en vez de crear una segunda fuente.'
      : ' Ábrela en vez de crear una segunda fuente, salvo que sea otra versión de la página.'),
  openSameSource: (title) => `Abrir «${title}»`,
  saveIntoSameSource: (title) => `Guardar en «${title}»`,
  deleteSource: 'Eliminar fuente',
  sourceQuoted: (excerpts, events, emptied) =>
    `${esCounted(excerpts, 'fragmento', 'fragmentos')} de ${esCounted(events, 'evento', 'eventos')} ${esPlural(excerpts, { one: 'cita', other: 'citan' })} esta fuente: al eliminarla, ${esPlural(excerpts, { one: 'ese fragmento también se elimina', other: 'también se eliminan' })}.` +
    (emptied > 0
      ? ` ${esCounted(emptied, 'evento quedaría', 'eventos quedarían')} sin fragmentos, y fuera del archivo hasta que ${esPlural(emptied, { one: 'tenga', other: 'tengan' })} alguno.`
      : '') +
    ' Deshacer lo recupera todo.',
  deleteSourceAndExcerpts: (excerpts) =>
    esPlural(excerpts, {
      one: 'Eliminar fuente y su fragmento',
      other: `Eliminar fuente y sus ${esCount.format(excerpts)} fragmentos`,
    }),
  sourceTextHint:
    'Déjalo vacío para una fuente que no se puede pegar (una grabación, una edición impresa): sus citas se escriben a mano.',
  locatorLabel: 'Etiqueta de ubicación',
  locatorLabelHint: 'Qué cuenta la ubicación de un pasaje en esta fuente: página, minuto…',
  quotesWillBreak: (count) =>
    esPlural(count, {
      one: 'Este cambio elimina texto que cita un fragmento: ya no sería literal y se descartaría.',
      other: `Este cambio elimina texto que citan ${esCount.format(count)} fragmentos: ya no serían literales y se descartarían.`,
    }),
  quotesNotFound: (excerpts, events) =>
    `${esPlural(excerpts, { one: 'La cita', other: `Las ${esCount.format(excerpts)} citas` })} de ` +
    `${esList.format(events.length > 5 ? [...events.slice(0, 4).map((t) => `«${t}»`), `${esCount.format(events.length - 4)} eventos más`] : events.map((t) => `«${t}»`))} ` +
    `ya no ${esPlural(excerpts, { one: 'se encontraría', other: 'se encontrarían' })} en este texto: ${esPlural(events.length, { one: 'el evento quedaría', other: 'esos eventos quedarían' })} ` +
    `fuera del almacén descargado hasta que se ${esPlural(excerpts, { one: 'corrija la cita', other: 'corrijan las citas' })}. Deshacer anula el guardado.`,
  saveAnyway: 'Guardar de todos modos',
  textOf: (title) => `Texto de ${title}`,
  selectionHint:
    'Selecciona un pasaje (con el ratón, o con Mayús y las flechas) para citarlo como prueba.',
  selected: (characters) =>
    `${esCounted(characters, 'carácter seleccionado', 'caracteres seleccionados')}.`,
  quoteRepeats: (count, selectedIsFirst) =>
    `Estas palabras aparecen ${esCount.format(count)} veces en la fuente; el fragmento señalará la primera` +
    (selectedIsFirst
      ? ', la seleccionada. Un pasaje más largo lo haría único.'
      : '. Selecciona un pasaje más largo para que sea único.'),
  extendSelection: 'Ampliar la selección hasta que sea única',
  newEventFromSelection: 'Nuevo evento desde la selección',
  typedQuoteHint:
    'Esta fuente no tiene texto que seleccionar: escribe el pasaje palabra por palabra, tal como está en la fuente, y dónde está.',
  quote: 'Cita',
  newEventFromQuote: 'Nuevo evento desde la cita',
  newEvent: 'Nuevo evento',
  addExcerptToSelectedEvent: 'Añadir fragmento al evento seleccionado',
  draftEvents: 'Eventos del borrador',
  noEvents:
    'Aún no hay eventos: selecciona un pasaje de una fuente y crea uno, o empieza uno con Nuevo evento.',
  untitledEvent: 'Evento sin título',
  noDate: 'sin fecha',
  event: 'Evento',
  title: 'Título',
  start: 'Inicio',
  end: 'Fin',
  approximate: 'Fecha aproximada',
  dateNote: 'Nota sobre la fecha',
  dateShown: (text) => `Se muestra: ${text}`,
  dateTwoWays: (dayFirst, monthFirst, iso) =>
    `¿Cuál es el día? Puede ser ${dayFirst} o ${monthFirst}: escriba el mes con letras, o ${iso}.`,
  actors: 'Actores',
  noActors: 'Aún no hay actores: crea uno abajo.',
  newActor: 'Nuevo actor',
  actorName: 'Nombre del actor',
  actorKind: 'Tipo',
  kinds: { state: 'Estado', person: 'Persona', organization: 'Organización', other: 'Otro' },
  memberOf: 'Miembro de',
  memberOfNone: 'Ninguno',
  addActor: 'Añadir actor',
  renameActor: (name) => `Renombrar actor ${name}`,
  deleteActor: (name) => `Eliminar actor ${name}`,
  actorInUse: (name, events, members) =>
    [
      events > 0 ? `«${name}» es actor de ${esCounted(events, 'evento', 'eventos')}` : '',
      members > 0
        ? `${esCounted(members, 'actor', 'actores')} ${esPlural(members, { one: 'es miembro', other: 'son miembros' })} de «${name}»`
        : '',
    ]
      .filter(Boolean)
      .join(', y ') +
    `: al eliminarlo se quita ${esPlural(events + members, { one: 'de él', other: 'de ellos' })}.` +
    ' Un evento sin actores queda fuera del archivo hasta que tenga uno. Deshacer lo recupera todo.',
  deleteActorEverywhere: 'Eliminar actor',
  draftActors: 'Actores del borrador',
  noDraftActors: 'Aún no hay actores: se crean desde Actores de un evento.',
  editActor: (name) => `Editar actor ${name}`,
  edit: 'Editar',
  actorLine: (kind, parent, events) =>
    [kind, parent ? `miembro de ${parent}` : '', esCounted(events, 'evento', 'eventos')]
      .filter(Boolean)
      .join(' · '),
  ownColor: 'Color propio',
  actorColor: 'Color',
  saveActor: 'Guardar actor',
  deleteThisActor: 'Eliminar este actor',
  summary: 'Resumen',
  tags: 'Etiquetas',
  tagsHint: 'Separadas por comas.',
  place: 'Lugar',
  latitude: 'Latitud',
  longitude: 'Longitud',
  missingCoordinate: (missing) =>
    missing === 'lon'
      ? 'Una latitud sin longitud: el mapa solo muestra un lugar con las dos.'
      : 'Una longitud sin latitud: el mapa solo muestra un lugar con las dos.',
  notANumber:
    'No es un número: escríbelo como 125,75 (o 125.75), con signo menos para el sur o el oeste, o como 125°45′E.',
  excerpts: 'Fragmentos',
  excerptNumber: (n, source) => `Fragmento ${n}, de ${source}`,
  translation: 'Traducción',
  removeExcerpt: 'Quitar fragmento',
  status: 'Estado',
  statusNotStated: 'Sin indicar',
  statusNames: {
    confirmed: 'Confirmado',
    reported: 'Denunciado',
    disputed: 'Discutido',
    refuted: 'Desmentido',
  },
  statusNote: 'Nota sobre el estado',
  disputesEvent: 'Discute el evento',
  locatorGeneral: 'Dónde en la fuente',
  locatorHint: 'Dónde está el pasaje, en una fuente sin texto: una página, un momento (12:30).',
  relatedEvents: 'Eventos relacionados',
  relationNames: {
    causes: 'causó',
    'responds-to': 'responde a',
    'part-of': 'parte de',
    'see-also': 'véase también',
  },
  noRelatedEvents: 'Aún no hay eventos relacionados.',
  relationTo: (event) => `Relación con ${event}`,
  relatedNotFound: 'no está en este borrador',
  unreadableRelated: 'una entrada que no nombra ningún evento',
  noRelation: '(sin relación)',
  relatedEvent: 'Evento relacionado',
  chooseEvent: 'Elige un evento…',
  findEvent: 'Buscar un evento',
  eventsFound: (found, of) =>
    found === of
      ? `${esCounted(of, 'evento', 'eventos')} para elegir`
      : `${esCount.format(found)} de ${esCounted(of, 'evento', 'eventos')} encontrados`,
  relation: 'Relación',
  addRelated: 'Añadir evento relacionado',
  noOtherEvents: 'Aún no hay otro evento en este borrador.',
  allEventsRelated: 'Todos los demás eventos del borrador ya están relacionados.',
  removeRelated: 'Quitar',
  deleteEvent: 'Eliminar evento',
  problemsInEvent: (count) => `${esCounted(count, 'problema', 'problemas')} en este evento.`,
  eventLeftOut: 'Mientras no se corrijan, el evento queda fuera del almacén descargado.',
  noProblemsInEvent: 'No hay problemas en este evento.',
  checkingDraft: 'Comprobando el borrador…',
  previewingDraft: (title) => `Vista previa del borrador «${title}».`,
  backToEditing: 'Volver a editar',
  eventOrder: 'Orden',
  orderByDate: 'Por fecha',
  orderAsInFile: 'Como en el archivo',
  findEvents: 'Buscar eventos',
  findSources: 'Buscar fuentes',
  findActors: 'Buscar actores',
  findEventActors: 'Buscar un actor para marcar',
  findEventsBy: 'Título, fecha, actor, etiqueta o id',
  findSourcesBy: 'Título, medio o dirección',
  findActorsBy: 'Nombre o id',
  eventsShown: (found, of) => `${esCount.format(found)} de ${esCounted(of, 'evento', 'eventos')}`,
  sourcesShown: (found, of) => `${esCount.format(found)} de ${esCounted(of, 'fuente', 'fuentes')}`,
  actorsShown: (found, of) => `${esCount.format(found)} de ${esCounted(of, 'actor', 'actores')}`,
  noEventFound: (query) => `Ningún evento coincide con «${query}».`,
  noSourceFound: (query) => `Ninguna fuente coincide con «${query}».`,
  noActorFound: (query) => `Ningún actor coincide con «${query}».`,
  clearFind: 'Borrar',
  selectedEventHidden: (title) =>
    `El evento seleccionado, «${title}», no está entre ellos: sigue seleccionado, con su formulario debajo.`,
  selectedSourceHidden: (title) =>
    `La fuente abierta, «${title}», no está entre ellas: sigue abierta debajo.`,
};

/** The editor's language: `?lang=` in its address, else the browser's if we speak it. */
export function editorLang(search: string, languages: readonly string[]): EditorLang {
  const asked = new URLSearchParams(search).get('lang');
  if (asked === 'en' || asked === 'es') return asked;
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'en' || base === 'es') return base;
  }
  return 'en';
}

export const EDITOR_MESSAGES: Record<EditorLang, EditorMessages> = { en: editorEn, es: editorEs };
