import { type ReactNode, type RefObject, useId } from 'react';
import { useEditorI18n } from './editor-i18n';
import { hasFindBox } from '../model/list-find';
import type { ListFind } from './use-list-find';

/**
 * A list's find box with its result under it, once the list is long enough to need one
 * (`rows`); the events list places the two apart and uses them one by one.
 */
export function ListFindControls({
  rows,
  found,
  counted,
  nothingFound,
  note,
  ...box
}: { rows: number } & FindBoxProps &
  Pick<FindResultProps, 'found' | 'counted' | 'nothingFound' | 'note'>) {
  if (!hasFindBox(rows, box.find.query)) return null;
  const { find, inputRef, resultId } = box;
  return (
    <>
      <FindBox {...box} />
      <FindResult {...{ id: resultId, find, inputRef, found, counted, nothingFound, note }} />
    </>
  );
}

interface FindBoxProps {
  find: ListFind;
  /** The box, for a panel to give it the focus. */
  inputRef: RefObject<HTMLInputElement | null>;
  label: string;
  /** What the box finds by, shown in it while it is empty. */
  placeholder: string;
  /** The id of the list the box narrows. */
  listId: string;
  resultId: string;
}

/**
 * A list's find box: a `searchbox` named by its label, described by its FindResult (`resultId`).
 * Escape empties it, as a search box does in every browser (Firefox's does not).
 */
export function FindBox({ find, inputRef, label, placeholder, listId, resultId }: FindBoxProps) {
  const { query, setQuery } = find;
  const id = useId();
  return (
    <div className="editor-find">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        type="search"
        value={query}
        placeholder={placeholder}
        aria-controls={listId}
        aria-describedby={resultId}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && query && !e.nativeEvent.isComposing) {
            e.preventDefault();
            setQuery('');
          }
        }}
      />
    </div>
  );
}

interface FindResultProps {
  id: string;
  find: ListFind;
  inputRef: RefObject<HTMLInputElement | null>;
  /** How many rows the words leave, or null while the box is empty (every row shown). */
  found: number | null;
  counted: (found: number) => string;
  /** "No event matches “xyz”." */
  nothingFound: (query: string) => string;
  note?: ReactNode;
}

/**
 * What a find box found, once it narrows the list: how many rows are left ("12 of 5,068
 * events"), or that none is, with `Clear`, which empties the box and gives it the focus for
 * the next words. `note` follows: what became of the selected row when the words hide it.
 * Always in the page (empty while every row is shown), so that what it says is announced.
 */
export function FindResult({
  id,
  find,
  inputRef,
  found,
  counted,
  nothingFound,
  note,
}: FindResultProps) {
  const { m } = useEditorI18n();
  const { query, setQuery } = find;
  const clear = () => {
    setQuery('');
    inputRef.current?.focus();
  };
  return (
    <div className="editor-find-result">
      <div id={id} aria-live="polite">
        {found === null ? null : (
          <>
            <p className="editor-muted">
              {found > 0 ? counted(found) : nothingFound(query.trim())}
            </p>
            {note}
          </>
        )}
      </div>
      {found === 0 ? (
        <button type="button" onClick={clear}>
          {m.clearFind}
        </button>
      ) : null}
    </div>
  );
}
