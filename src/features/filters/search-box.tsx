import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { useView, viewActions } from '../../lib/view-store';
import './filters.css';

const SEARCH_DELAY_MS = 250;

interface Props {
  inputRef: React.RefObject<HTMLInputElement | null>;
  /** Enter was pressed: the query is applied at once, and the best match can be opened. */
  onSubmitted?: () => void;
  /** The person is about to search: a large store can start indexing now. */
  onFocus?: () => void;
  /** What the search leaves out, said plainly (a packed store's summaries and excerpts). */
  scopeNote?: ReactNode;
}

/**
 * The query reaches the view (and the history) once typing pauses, so one search is one
 * Back step rather than one per keystroke.
 */
export function SearchBox({ inputRef, onSubmitted, onFocus, scopeNote }: Props) {
  const t = useMessages();
  const hintId = useId();
  const scopeId = useId();
  const query = useView((state) => state.query);
  const [text, setText] = useState(query);
  const [shownQuery, setShownQuery] = useState(query);
  const pending = useRef<number | undefined>(undefined);
  if (query !== shownQuery) {
    // Back/Forward or a cleared filter changed the query from outside: show it.
    setShownQuery(query);
    setText(query);
  }

  // Taken off the page with words not yet searched (the window crossed a breakpoint and the
  // box moved to the drawer or back): they are searched now, not lost with the box.
  const typed = useRef<string | null>(null);
  useEffect(
    () => () => {
      window.clearTimeout(pending.current);
      if (typed.current !== null) viewActions.setQuery(typed.current.trim());
    },
    [],
  );

  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        window.clearTimeout(pending.current);
        typed.current = null;
        viewActions.setQuery(text.trim());
        if (text.trim() !== '') onSubmitted?.();
      }}
    >
      <input
        ref={inputRef}
        type="search"
        aria-label={t.searchEvents}
        placeholder={`${t.searchEvents}…`}
        value={text}
        maxLength={200}
        aria-describedby={scopeNote ? `${hintId} ${scopeId}` : hintId}
        enterKeyHint="search"
        onFocus={onFocus}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          window.clearTimeout(pending.current);
          typed.current = next;
          pending.current = window.setTimeout(() => {
            typed.current = null;
            viewActions.setQuery(next.trim());
          }, SEARCH_DELAY_MS);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && text !== '') {
            event.stopPropagation();
            setText('');
            window.clearTimeout(pending.current);
            typed.current = null;
            viewActions.setQuery('');
          }
        }}
      />
      <span id={hintId} className="visually-hidden">
        {t.searchHint}
      </span>
      {scopeNote ? (
        <small id={scopeId} className="search-box__scope">
          {scopeNote}
        </small>
      ) : null}
    </form>
  );
}
