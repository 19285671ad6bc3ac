import { storeDateOfTyped, twoReadingsOf } from '../model/typed-date';
import { type FocusEvent, useState } from 'react';
import type { DraftEvent } from '../model/draft-document';
import { NONE, draftActions, useDraft } from '../model/draft-store';
import { type DraftCheck, problemsUnder } from '../model/field-problems';
import { dateText, eventDateText } from '../model/event-date-text';
import {
  isUnreadCoordinate,
  missingCoordinate,
  readCoordinate,
  showCoordinate,
} from '../model/coordinate-text';
import { statusAdvice } from '../model/status-consistency';
import type { Problem } from '../../../format/problems';
import { STATUSES } from '../../../format/vocabulary';
import { ActorPicker } from './actor-picker';
import { Field } from './field';
import { RelatedPicker } from './related-picker';
import { EVENT_STATUS_ID, EVENT_START_ID, EVENT_TITLE_ID } from './focus-return';
import { StatusAdviceNote } from './status-advice';
import { leavesOut, problemText } from '../model/problem-text';
import { useEditorI18n } from './editor-i18n';
import { hasText, locatorFieldLabel, settledText } from '../model/locator';
import { UNDO_SCOPE } from './undo-keys';
import { TYPING_PAUSE_MS, useSettledValue } from '../../../lib/use-settled-value';

/**
 * A text field bound to a part of the event that is not a plain string (tags, a number):
 * what is typed stays as typed while it means the same value as the event holds, and
 * follows the event when it changes otherwise (undo, another tab).
 */
function useBoundText<T>(
  value: T,
  show: (value: T) => string,
  same: (text: string, value: T) => boolean,
) {
  const [text, setText] = useState(() => show(value));
  const shown = same(text, value) ? text : show(value);
  return [shown, setText] as const;
}

const parseTags = (text: string) =>
  text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

export function EventForm({
  event,
  index,
  check,
  onDelete,
}: {
  event: DraftEvent;
  index: number;
  check: DraftCheck;
  onDelete: () => void;
}) {
  const { m, lang } = useEditorI18n();
  const sources = useDraft((state) => state.document?.sources ?? NONE);
  const readOnly = useDraft((state) => state.readOnly);
  const path = `events[${index}]`;
  const at = (field: string) => problemsUnder(check, `${path}.${field}`);
  const all = problemsUnder(check, path);
  // The event's problems that no field below shows (its excerpts as a whole, a place's
  // coordinates together, its id): said under the count, so that none is counted unseen.
  const elsewhere = all.filter((problem) => !shownAtAField(problem.path.slice(path.length)));
  const excerptsProblems = at('excerpts').filter((problem) => problem.path === `${path}.excerpts`);
  const update = (patch: Partial<DraftEvent>) => draftActions.updateEvent(event.id, patch);
  const advice = statusAdvice(event);

  const [tags, setTags] = useBoundText(
    event.tags ?? [],
    (list) => list.join(', '),
    (text, list) => sameList(parseTags(text), list),
  );
  // A coordinate that is not a number is kept in the draft as the text typed (so it stays
  // in the field, also after a reload); the validator reports it, said here in plain words.
  const [lat, setLat] = useBoundText(
    event.place?.lat,
    showCoordinate,
    (text, v) => readCoordinate(text, 'lat') === v,
  );
  const [lon, setLon] = useBoundText(
    event.place?.lon,
    showCoordinate,
    (text, v) => readCoordinate(text, 'lon') === v,
  );
  const say = (problem: Problem): string | undefined => {
    for (const axis of ['lat', 'lon'] as const) {
      if (problem.path === `${path}.place.${axis}` && isUnreadCoordinate(event.place?.[axis]))
        return m.notANumber;
    }
    return undefined;
  };
  const sayProblem = (problem: Problem) => say(problem) ?? problemText(problem, lang);

  const missing = missingCoordinate(event.place);
  const setPlace = (patch: { name?: string; lat?: number | string; lon?: number | string }) => {
    const next = { name: event.place?.name ?? '', ...event.place, ...patch };
    if (next.lat === undefined) delete next.lat;
    if (next.lon === undefined) delete next.lon;
    update({
      place: next.name || next.lat !== undefined || next.lon !== undefined ? next : undefined,
    });
  };

  // Said once the typing stops, not at every key (the fields' own problems show at once).
  const summary = useSettledValue(
    (!check.done
      ? m.checkingDraft
      : all.length
        ? m.problemsInEvent(all.length)
        : m.noProblemsInEvent) + (check.done && all.some(leavesOut) ? ` ${m.eventLeftOut}` : ''),
    TYPING_PAUSE_MS,
  );
  const firstProblem = useSettledValue(all.length ? sayProblem(all[0]!) : '', TYPING_PAUSE_MS);

  // The event's date as the explorer will show it (approximate, a period), under Start; the
  // End field's own reading under End.
  const shown = eventDateText(event, lang);
  const endShown = dateText(event.end, lang);
  // A date read neither way ("03/04/2023") says both ways, not only that it is not valid.
  const dateHint = (typed: string | undefined, shownAs: string | null) => {
    const two = typed ? twoReadingsOf(typed) : null;
    if (two) {
      const [dayFirst, monthFirst] = two.map((date) => dateText(date, lang) ?? date);
      return m.dateTwoWays(dayFirst!, monthFirst!, two[0]);
    }
    return shownAs === null ? undefined : m.dateShown(shownAs);
  };

  return (
    <form
      className="editor-event-form"
      aria-labelledby="event-form-heading"
      // Its fields are the draft's: Ctrl+Z in them is the draft's Undo (undo-keys.ts).
      data-undo={UNDO_SCOPE.draft}
      onSubmit={(e) => e.preventDefault()}
    >
      <fieldset disabled={readOnly} className="editor-plain-fieldset">
        <h3 id="event-form-heading">{event.title || m.untitledEvent}</h3>
        <p className="editor-muted" aria-live="polite" aria-atomic="true">
          {summary}
          {firstProblem ? <span className="visually-hidden"> {firstProblem}</span> : null}
        </p>
        {elsewhere.length ? (
          <ul className="editor-problem">
            {elsewhere.map((problem, n) => (
              <li key={n}>{problemText(problem, lang)}</li>
            ))}
          </ul>
        ) : null}
        <Field id={EVENT_TITLE_ID} label={m.title} problems={at('title')}>
          {(props) => (
            <input
              {...props}
              value={event.title}
              onChange={(e) => update({ title: e.target.value })}
            />
          )}
        </Field>
        <div className="editor-grid">
          <Field
            id={EVENT_START_ID}
            label={m.start}
            hint={dateHint(event.start, shown)}
            problems={at('start')}
          >
            {(props) => (
              <input
                {...props}
                value={event.start}
                onChange={(e) => update({ start: e.target.value })}
                // "19 June 2024" typed is written as the store writes it, once the field is left.
                onBlur={() => {
                  const start = storeDateOfTyped(event.start);
                  if (start !== event.start) update({ start });
                }}
              />
            )}
          </Field>
          <Field label={m.end} hint={dateHint(event.end, endShown)} problems={at('end')}>
            {(props) => (
              <input
                {...props}
                value={event.end ?? ''}
                onChange={(e) => update({ end: e.target.value })}
                onBlur={() => {
                  const end = storeDateOfTyped(event.end ?? '');
                  if (end !== (event.end ?? '')) update({ end });
                }}
              />
            )}
          </Field>
        </div>
        <div className="editor-check">
          <input
            id="event-approximate"
            type="checkbox"
            checked={event.approximate === true}
            onChange={(e) => update({ approximate: e.target.checked ? true : undefined })}
          />
          <label htmlFor="event-approximate">{m.approximate}</label>
        </div>
        <Field label={m.dateNote} problems={at('dateNote')}>
          {(props) => (
            <input
              {...props}
              value={event.dateNote ?? ''}
              onChange={(e) => update({ dateNote: e.target.value })}
            />
          )}
        </Field>
        <ActorPicker event={event} problems={at('actors')} />
        <Field label={m.summary} problems={at('summary')}>
          {(props) => (
            <textarea
              {...props}
              rows={3}
              value={event.summary ?? ''}
              onChange={(e) => update({ summary: e.target.value })}
            />
          )}
        </Field>
        <Field label={m.tags} hint={m.tagsHint} problems={at('tags')}>
          {(props) => (
            <input
              {...props}
              value={tags}
              onChange={(e) => {
                setTags(e.target.value);
                update({ tags: parseTags(e.target.value) });
              }}
            />
          )}
        </Field>
        <div className="editor-grid editor-grid-3">
          <Field label={m.place} problems={at('place.name')}>
            {(props) => (
              <input
                {...props}
                value={event.place?.name ?? ''}
                onChange={(e) => setPlace({ name: e.target.value })}
              />
            )}
          </Field>
          <Field label={m.latitude} problems={at('place.lat')} say={say}>
            {(props) => (
              <input
                {...props}
                inputMode="decimal"
                value={lat}
                onChange={(e) => {
                  setLat(e.target.value);
                  setPlace({ lat: readCoordinate(e.target.value, 'lat') });
                }}
              />
            )}
          </Field>
          <Field label={m.longitude} problems={at('place.lon')} say={say}>
            {(props) => (
              <input
                {...props}
                inputMode="decimal"
                value={lon}
                onChange={(e) => {
                  setLon(e.target.value);
                  setPlace({ lon: readCoordinate(e.target.value, 'lon') });
                }}
              />
            )}
          </Field>
        </div>
        {/* Always there, so that the advice is said as it comes and goes. */}
        <div aria-live="polite">
          {missing ? <p className="editor-advice">{m.missingCoordinate(missing)}</p> : null}
        </div>
        <div className="editor-grid">
          <Field
            id={EVENT_STATUS_ID}
            label={m.status}
            problems={at('status')}
            describedBy={advice.length ? STATUS_ADVICE_ID : undefined}
          >
            {(props) => (
              <select
                {...props}
                value={event.status === undefined ? '' : String(event.status)}
                onChange={(e) => update({ status: e.target.value })}
              >
                <option value="">{m.statusNotStated}</option>
                {STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {m.statusNames[status]}
                  </option>
                ))}
                {/* A status the format does not know, as the file had it: shown, and reported. */}
                {isKnownStatus(event.status) ? null : (
                  <option value={String(event.status)}>{String(event.status)}</option>
                )}
              </select>
            )}
          </Field>
          <Field label={m.statusNote} problems={at('statusNote')}>
            {(props) => (
              <input
                {...props}
                value={typeof event.statusNote === 'string' ? event.statusNote : ''}
                onChange={(e) => update({ statusNote: e.target.value })}
              />
            )}
          </Field>
        </div>
        {/* Under both, where a sentence has the form's width: advice, not a problem. */}
        <StatusAdviceNote advice={advice} id={STATUS_ADVICE_ID} />
        <RelatedPicker event={event} problems={at('related')} at={`${path}.related`} />
        <h4>{m.excerpts}</h4>
        {excerptsProblems.map((problem, n) => (
          <p key={n} className="editor-problem">
            {problemText(problem, lang)}
          </p>
        ))}
        {event.excerpts.map((excerpt, i) => {
          const source = sources.find((s) => s.id === excerpt.source);
          const sourceLang = source?.language || undefined;
          return (
            <fieldset key={i} className="editor-excerpt">
              <legend>{m.excerptNumber(i + 1, source?.title ?? excerpt.source)}</legend>
              {source && !hasText(source) ? (
                // Typed, not cut from a text: a typo can be mended here. A quote cut from a
                // source's text stays as cut, verbatim by construction.
                <Field label={m.quote} problems={at(`excerpts[${i}].quote`)}>
                  {(props) => (
                    <textarea
                      {...props}
                      rows={2}
                      lang={sourceLang}
                      value={typeof excerpt.quote === 'string' ? excerpt.quote : ''}
                      onChange={(e) =>
                        draftActions.updateExcerpt(event.id, i, { quote: e.target.value })
                      }
                      onBlur={settleOnLeave((quote) =>
                        draftActions.updateExcerpt(event.id, i, { quote }),
                      )}
                    />
                  )}
                </Field>
              ) : (
                <blockquote lang={sourceLang}>{excerpt.quote}</blockquote>
              )}
              {at(`excerpts[${i}]`)
                .filter(
                  (problem) =>
                    !EXCERPT_FIELD_SHOWN.test(problem.path) &&
                    !(source && !hasText(source) && TYPED_QUOTE_SHOWN.test(problem.path)),
                )
                .map((problem, n) => (
                  <p key={n} className="editor-problem">
                    {problemText(problem, lang)}
                  </p>
                ))}
              <Field label={m.translation} problems={at(`excerpts[${i}].translation`)}>
                {(props) => (
                  <textarea
                    {...props}
                    rows={2}
                    value={excerpt.translation ?? ''}
                    onChange={(e) =>
                      draftActions.updateExcerpt(event.id, i, { translation: e.target.value })
                    }
                  />
                )}
              </Field>
              {/* Where a locator means something: a source without text, one that says what
                  its locators count, or an excerpt that has one. A quote cut from a text is
                  found by its words. */}
              {!source ||
              !hasText(source) ||
              source.locatorLabel !== undefined ||
              excerpt.locator !== undefined ? (
                <Field
                  label={locatorFieldLabel(source?.locatorLabel, m.locatorGeneral, lang)}
                  hint={m.locatorHint}
                  problems={at(`excerpts[${i}].locator`)}
                >
                  {(props) => (
                    <input
                      {...props}
                      // A locator that is not text (a number in a file) is reported, shown empty.
                      value={typeof excerpt.locator === 'string' ? excerpt.locator : ''}
                      onChange={(e) =>
                        draftActions.updateExcerpt(event.id, i, { locator: e.target.value })
                      }
                      // Kept as typed until the field is left; then " 12 " is "12", and spaces
                      // alone are no locator (the file gets none rather than "").
                      onBlur={settleOnLeave((locator) =>
                        draftActions.updateExcerpt(event.id, i, { locator }),
                      )}
                    />
                  )}
                </Field>
              ) : null}
              <div className="editor-check">
                <input
                  id={`event-excerpt-${i}-disputes`}
                  type="checkbox"
                  checked={excerpt.stance === 'disputes'}
                  onChange={(e) =>
                    draftActions.updateExcerpt(event.id, i, {
                      stance: e.target.checked ? 'disputes' : undefined,
                    })
                  }
                />
                <label htmlFor={`event-excerpt-${i}-disputes`}>{m.disputesEvent}</label>
              </div>
              <button type="button" onClick={() => draftActions.removeExcerpt(event.id, i)}>
                {m.removeExcerpt}
              </button>
            </fieldset>
          );
        })}
        <div className="editor-actions">
          <button type="button" className="editor-danger" onClick={onDelete}>
            {m.deleteEvent}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

/** The advice under Status (status-advice.tsx), which describes the Status field. */
const STATUS_ADVICE_ID = 'event-status-advice';

/** An excerpt's fields that show their own problems: not said again above them. */
const EXCERPT_FIELD_SHOWN = /\.excerpts\[\d+\]\.(translation|locator)$/;
/** The same for an excerpt whose quote is typed (its source has no text): its Quote field. */
const TYPED_QUOTE_SHOWN = /\.excerpts\[\d+\]\.quote$/;

/** The event's fields that show their own problems, as paths below the event. */
const FIELDS_SHOWN =
  /^\.(title|start|end|dateNote|actors|summary|tags|place\.(name|lat|lon)|status|statusNote|related|excerpts)([.[]|$)/;

function isKnownStatus(status: unknown): boolean {
  return status === undefined || (STATUSES as readonly unknown[]).includes(status);
}

function shownAtAField(below: string): boolean {
  return FIELDS_SHOWN.test(below);
}

/**
 * A text field kept as typed while it is edited and settled (trimmed; spaces alone are
 * nothing) once it is left, so that typing a space between words is never undone under
 * the cursor.
 */
function settleOnLeave(write: (settled: string) => void) {
  return (e: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const settled = settledText(e.target.value);
    if (settled !== e.target.value) write(settled);
  };
}
