import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { findQuote } from '../../../format/find-quote';
import type { DraftSource } from '../model/draft-document';
import { NONE, draftActions, useDraft } from '../model/draft-store';
import {
  type TextPiece,
  type TextSpan,
  highlightPieces,
  quoteOf,
  quoteRepeats,
  trimSpan,
  uniqueSpan,
} from '../source/text-offsets';
import { useEditorI18n } from './editor-i18n';
import { EVENT_TITLE_ID, changeThenFocus } from './focus-return';
import { TYPING_PAUSE_MS, useSettledValue } from '../../../lib/use-settled-value';

/**
 * A source's text, readable and selectable, with the passages excerpts quote highlighted.
 * The text is a textarea that refuses every edit (a `readonly` one gets no caret in Chromium,
 * so the keyboard could not select in it): it takes focus, Shift+arrows extend a selection, and
 * selectionStart/selectionEnd are offsets into the very string the quote is cut from, so
 * the quote is verbatim by construction. The highlights are drawn by a copy of the text
 * laid out identically behind it (marks on transparent text).
 *
 * The two must never move apart, so only one thing scrolls: the box around them. The copy
 * is in the flow and makes the page as tall as the whole text; the textarea is laid over it,
 * as tall as that page, so it has nothing of its own to scroll. The wheel, a caret moved by
 * the keyboard and a selection dragged past the edge all scroll the box, and with it both.
 */
export function SourceReader({ source }: { source: DraftSource }) {
  const { m } = useEditorI18n();
  const text = source.text ?? '';
  const events = useDraft((state) => state.document?.events ?? NONE);
  const selectedEventId = useDraft((state) => state.selectedEventId);
  const readOnly = useDraft((state) => state.readOnly);
  const [span, setSpan] = useState<TextSpan>({ start: 0, end: 0 });
  const area = useRef<HTMLTextAreaElement>(null);

  // Every keystroke in an event makes a new list of events, but seldom new quotes: the
  // quotes, as one string, decide whether the passages are looked for in the text again
  // (a search of the whole text per quote) and the highlights drawn again.
  const quotesKey = useMemo(
    () =>
      JSON.stringify(
        events.flatMap((event) =>
          event.excerpts
            .filter((excerpt) => excerpt.source === source.id)
            .map((excerpt) => excerpt.quote),
        ),
      ),
    [events, source.id],
  );
  const pieces = useMemo(() => {
    const quotes = JSON.parse(quotesKey) as string[];
    return highlightPieces(
      text,
      quotes.map((quote) => findQuote(text, quote)),
    );
  }, [text, quotesKey]);

  const trimmed = trimSpan(text, span);
  const length = trimmed.end - trimmed.start;
  // The format keeps a quote's words, not its place: found again, it is their first
  // occurrence. Words that occur more than once are said so here, where the excerpt is made.
  const repeats = useMemo(
    () => quoteRepeats(text, { start: trimmed.start, end: trimmed.end }),
    [text, trimmed.start, trimmed.end],
  );
  // Said when the selection stops growing, not at every Shift+arrow (43 times for a sentence),
  // nor a repeat of the first letter alone on the way to a sentence.
  const spokenLength = useSettledValue(length, TYPING_PAUSE_MS);
  const spokenRepeats = useSettledValue(
    repeats.count > 1 ? m.quoteRepeats(repeats.count, repeats.selectedIsFirst) : '',
    TYPING_PAUSE_MS,
  );
  const selectedEvent = events.find((event) => event.id === selectedEventId);

  const track = () => {
    const element = area.current;
    if (element) setSpan({ start: element.selectionStart, end: element.selectionEnd });
  };
  // Native events: 'select' (mouse, keyboard, script) and 'selectionchange' (a caret move
  // that collapses the selection), which React's onSelect does not all cover.
  useEffect(() => {
    const element = area.current;
    if (!element) return;
    const follow = () => {
      if (window.document.activeElement === element) {
        setSpan({ start: element.selectionStart, end: element.selectionEnd });
      }
    };
    const onSelect = () => setSpan({ start: element.selectionStart, end: element.selectionEnd });
    // Typing, pasting, cutting, dropping: all arrive as beforeinput, refused here; anything
    // that slips past (IME composition) is put back by React, as the value is controlled.
    const refuse = (event: Event) => event.preventDefault();
    element.addEventListener('beforeinput', refuse);
    element.addEventListener('select', onSelect);
    window.document.addEventListener('selectionchange', follow);
    return () => {
      element.removeEventListener('select', onSelect);
      element.removeEventListener('beforeinput', refuse);
      window.document.removeEventListener('selectionchange', follow);
    };
  }, []);
  const excerpt = () => ({ source: source.id, quote: quoteOf(text, span) });
  const extend = () => {
    const element = area.current;
    if (!element) return;
    const unique = uniqueSpan(text, trimmed);
    // Focused, so that the selection grown shows (and Shift+arrows go on from it).
    element.focus();
    element.setSelectionRange(unique.start, unique.end);
    setSpan(unique);
  };

  return (
    <div className="editor-reader">
      <p className="editor-hint" id="reader-hint">
        {m.selectionHint}
      </p>
      <div className="editor-reader-text">
        {/* One direction for the text and the highlights drawn under it: the text's own, each
            line taking its own in turn (unicode-bidi: plaintext, editor.css). */}
        <div className="editor-reader-page" dir="auto">
          <Highlights pieces={pieces} />
          <textarea
            ref={area}
            aria-readonly="true"
            spellCheck={false}
            aria-label={m.textOf(source.title)}
            aria-describedby="reader-hint"
            value={text}
            onChange={() => {}}
            onKeyUp={track}
            onMouseUp={track}
          />
        </div>
      </div>
      <p className="editor-muted" aria-live="polite">
        {spokenLength > 0 ? m.selected(spokenLength) : ''}
      </p>
      <div aria-live="polite">
        {spokenRepeats && repeats.count > 1 ? (
          <div className="editor-warning editor-reader-repeats">
            <p>{spokenRepeats}</p>
            <button type="button" onClick={extend}>
              {m.extendSelection}
            </button>
          </div>
        ) : null}
      </div>
      <div className="editor-actions">
        <button
          type="button"
          className="primary editor-primary"
          disabled={length === 0 || readOnly}
          onClick={() =>
            // The new event's form opens at its Title, scrolled into view (on a phone it is
            // far below the source).
            changeThenFocus(
              () => draftActions.newEventFromExcerpt(excerpt()),
              () => window.document.getElementById(EVENT_TITLE_ID),
            )
          }
        >
          {m.newEventFromSelection}
        </button>
        <button
          type="button"
          disabled={length === 0 || !selectedEvent || readOnly}
          onClick={() => selectedEvent && draftActions.addExcerpt(selectedEvent.id, excerpt())}
        >
          {m.addExcerptToSelectedEvent}
        </button>
      </div>
    </div>
  );
}

/** The copy of the text behind the textarea, its quoted passages marked. */
const Highlights = memo(function Highlights({ pieces }: { pieces: readonly TextPiece[] }) {
  return (
    <div className="editor-reader-backdrop" aria-hidden="true">
      {pieces.map((piece, index) =>
        piece.mark === null ? (
          <span key={index}>{piece.text}</span>
        ) : (
          <mark key={index}>{piece.text}</mark>
        ),
      )}
      {'\n'}
    </div>
  );
});
