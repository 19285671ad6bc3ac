import { useRef, useState } from 'react';
import type { DraftSource } from '../model/draft-document';
import { NONE, draftActions, useDraft } from '../model/draft-store';
import { locatorFieldLabel, settledText, typedExcerpt } from '../model/locator';
import { Field } from './field';
import { EVENT_TITLE_ID, changeThenFocus } from './focus-return';
import { useEditorI18n } from './editor-i18n';

/**
 * Where a source without text (a recording, a print edition) is quoted: there is no text to
 * select a passage in, so the passage is typed, with where it is in the source (the field
 * named by the source's locator label: "Page", "Minute"). The store format checks a quote
 * against a source's text only when it has one; these words are the person's transcription.
 */
export function TypedQuote({ source }: { source: DraftSource }) {
  const { m, lang } = useEditorI18n();
  const events = useDraft((state) => state.document?.events ?? NONE);
  const selectedEventId = useDraft((state) => state.selectedEventId);
  const readOnly = useDraft((state) => state.readOnly);
  const [quote, setQuote] = useState('');
  const [locator, setLocator] = useState('');
  const quoteField = useRef<HTMLTextAreaElement>(null);
  const selectedEvent = events.find((event) => event.id === selectedEventId);
  const ready = settledText(quote) !== '' && !readOnly;
  const excerpt = () => typedExcerpt(source.id, quote, locator);
  const clear = () => {
    setQuote('');
    setLocator('');
  };

  return (
    <div className="editor-reader editor-typed-quote">
      <p className="editor-hint">{m.typedQuoteHint}</p>
      <Field label={m.quote}>
        {(props) => (
          <textarea
            {...props}
            ref={quoteField}
            rows={3}
            // The quote is in the source's language: spelling and voices follow it.
            lang={source.language || undefined}
            value={quote}
            onChange={(event) => setQuote(event.target.value)}
          />
        )}
      </Field>
      <Field
        label={locatorFieldLabel(source.locatorLabel, m.locatorGeneral, lang)}
        hint={m.locatorHint}
      >
        {(props) => (
          <input {...props} value={locator} onChange={(event) => setLocator(event.target.value)} />
        )}
      </Field>
      <div className="editor-actions">
        <button
          type="button"
          className="primary editor-primary"
          disabled={!ready}
          onClick={() =>
            // As from a selection: the new event's form opens at its Title.
            changeThenFocus(
              () => {
                draftActions.newEventFromExcerpt(excerpt());
                clear();
              },
              () => window.document.getElementById(EVENT_TITLE_ID),
            )
          }
        >
          {m.newEventFromQuote}
        </button>
        <button
          type="button"
          disabled={!ready || !selectedEvent}
          onClick={() =>
            // The button is disabled once the quote is cleared: the focus goes back to the
            // quote, for the next passage, not to the page's body.
            changeThenFocus(
              () => {
                if (selectedEvent) draftActions.addExcerpt(selectedEvent.id, excerpt());
                clear();
              },
              () => quoteField.current,
            )
          }
        >
          {m.addExcerptToSelectedEvent}
        </button>
      </div>
    </div>
  );
}
