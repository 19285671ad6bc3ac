import { useId, useMemo } from 'react';
import { STATUS_ADVICE_MESSAGES } from '../../../i18n/status-advice-messages';
import { NONE, useDraft } from '../model/draft-store';
import { draftStatusAdvice, type StatusAdvice } from '../model/status-consistency';
import { useEditorI18n } from './editor-i18n';
import { EVENT_STATUS_ID, goToEventField } from './focus-return';

/** How many events the Publish panel names; the rest are counted. */
const NAMED = 5;

/**
 * Under the event's Status: where the status contradicts the event's excerpts, what is
 * wrong and what to do. Advice, not a problem: the field is not marked invalid and the
 * store downloads as it is. Always on the page, so that a status or a stance changed is
 * followed by its advice said (or by its going).
 */
export function StatusAdviceNote({ advice, id }: { advice: readonly StatusAdvice[]; id: string }) {
  const { lang } = useEditorI18n();
  const s = STATUS_ADVICE_MESSAGES[lang];
  return (
    <div id={id} className="editor-advice-note" aria-live="polite">
      {advice.map((one) => (
        <p key={one.kind} className="editor-advice">
          {s.advice(one.kind, one.disputing)}
        </p>
      ))}
    </div>
  );
}

/**
 * In the Publish panel, before the steps: how many events have a status their excerpts
 * contradict, the first of them each with a button to it. Nothing when there are none.
 */
export function StatusAdviceSummary() {
  const { m, lang } = useEditorI18n();
  const s = STATUS_ADVICE_MESSAGES[lang];
  const headingId = useId();
  const events = useDraft((state) => state.document?.events ?? NONE);
  const advice = useMemo(() => draftStatusAdvice(events), [events]);
  if (advice.length === 0) return null;
  const eventCount = new Set(advice.map((one) => one.event.id)).size;
  const named = advice.slice(0, NAMED);
  return (
    <div className="editor-advice-summary">
      <p id={headingId} className="editor-advice">
        {s.eventsWithAdvice(eventCount)}
      </p>
      <ul aria-labelledby={headingId}>
        {named.map((one, index) => (
          <li key={index}>
            <button type="button" onClick={() => goToEventField(one.event.id, EVENT_STATUS_ID)}>
              {s.goTo(one.event.title || m.untitledEvent)}
            </button>
            <span className="editor-hint">{s.advice(one.kind, one.disputing)}</span>
          </li>
        ))}
      </ul>
      {advice.length > named.length ? (
        <p className="editor-hint">{s.andMore(advice.length - named.length)}</p>
      ) : null}
      <p className="editor-hint">{s.adviceOnly}</p>
    </div>
  );
}
