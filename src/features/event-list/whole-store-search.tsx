import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { parseStoreDate } from '../../format/dates';
import { Highlight } from '../../components/highlight';
import { useLocale } from '../../i18n/use-messages';
import { useAllMessages } from '../../i18n/later-messages';
import { formatEventDate } from '../../lib/date-format';
import { useView, viewActions } from '../../lib/view-store';
import {
  type WholeStoreChannel,
  type WholeStoreMatch,
  type WholeStoreReport,
  searcherOf,
} from '../../lib/whole-store-search';

interface Search {
  readonly query: string;
  /** Its excerpts searched too (most of the details file, read only when asked). */
  readonly excerpts: boolean;
  readonly report: WholeStoreReport | null;
  readonly running: boolean;
  readonly failed: string | null;
}

/**
 * For a store too large to load whole, whose search covers the events loaded around the
 * window shown: a search of all its events, asked for (it reads every row group's light
 * columns and summaries: tens of megabytes at a million events; their excerpts too when
 * asked, most of the details file), said as it goes, stoppable, and listing the most recent
 * matches; choosing one moves the timeline to it and selects it.
 */
export function WholeStoreSearch({
  channel,
  query,
  onChosen,
}: {
  channel: WholeStoreChannel;
  query: string;
  onChosen: () => void;
}) {
  const t = useAllMessages();
  const searcher = useMemo(() => searcherOf(channel), [channel]);
  const [search, setSearch] = useState<Search | null>(null);
  const stopRef = useRef<(() => void) | null>(null);
  // The button pressed goes (Search all…, Stop): the focus goes to the section's heading,
  // not to the page's body, and the line under it says what happens.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const [focusHeading, setFocusHeading] = useState(0);
  useEffect(() => {
    if (focusHeading > 0) headingRef.current?.focus();
  }, [focusHeading]);
  const stop = () => {
    stopRef.current?.();
    stopRef.current = null;
  };
  // Another query, or another store: a search under way is for what was asked before. It
  // stops, and says so if its query comes back.
  useEffect(
    () => () => {
      stop();
      setSearch((current) => (current?.running ? { ...current, running: false } : current));
    },
    [searcher, query],
  );
  const shown = search?.query === query ? search : null;
  const reported = shown?.report ?? null;
  // The words to mark, once per report (not once per match, nor per render).
  const terms = useMemo(() => new Set(reported?.terms ?? []), [reported]);

  const start = (excerpts: boolean) => {
    stop();
    const update = (next: Partial<Search>) =>
      setSearch((current) => (current?.query === query ? { ...current, ...next } : current));
    setSearch({ query, excerpts, report: null, running: true, failed: null });
    setFocusHeading((count) => count + 1);
    stopRef.current = searcher.searchWhole(
      query,
      (report) => update({ report, running: !report.done }),
      (failed) => update({ running: false, failed }),
      excerpts,
    );
  };
  // Offered beside a search without them: a quote's words are found only there.
  const excerptsButton = (
    <button type="button" onClick={() => start(true)}>
      {t.wholeSearchExcerpts(searcher.detailsBytes ?? null)}
    </button>
  );

  if (shown === null) {
    return (
      <div className="whole-search">
        <button type="button" onClick={() => start(false)}>
          {t.wholeSearchButton(searcher.total, query)}
        </button>
        <p className="whole-search__scope">{t.wholeSearchScope}</p>
        {excerptsButton}
      </div>
    );
  }
  const { report, running, failed, excerpts } = shown;
  return (
    <section className="whole-search" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t.wholeSearchHeading}
      </h3>
      <p className="whole-search__scope">
        {excerpts ? t.wholeSearchScopeWithExcerpts : t.wholeSearchScope}
      </p>
      {running ? (
        <progress
          aria-label={t.wholeSearchHeading}
          {...(report ? { value: report.searched, max: report.total } : {})}
        />
      ) : null}
      <p aria-live="polite">
        {failed !== null
          ? t.wholeSearchFailed(failed)
          : running
            ? t.wholeSearchProgress(report?.searched ?? 0, searcher.total, report?.found ?? 0)
            : !report?.done
              ? t.wholeSearchStopped(report?.searched ?? 0, searcher.total, report?.found ?? 0)
              : report.found === 0
                ? t.wholeSearchNone(query)
                : t.wholeSearchFound(report.found, query)}
      </p>
      {running ? (
        <button
          type="button"
          onClick={() => {
            stop();
            setSearch({ ...shown, running: false });
            setFocusHeading((count) => count + 1);
          }}
        >
          {t.wholeSearchStop}
        </button>
      ) : failed !== null || !report?.done ? (
        <button type="button" onClick={() => start(excerpts)}>
          {t.wholeSearchAgain}
        </button>
      ) : null}
      {running || excerpts ? null : excerptsButton}
      {report && report.matches.length > 0 ? (
        <ol className="whole-search__matches" aria-label={t.wholeSearchHeading}>
          {report.matches.map((match) => (
            <li key={match.id}>
              <MatchButton match={match} terms={terms} onChosen={onChosen} />
            </li>
          ))}
        </ol>
      ) : null}
      {report && report.found > report.matches.length ? (
        <p className="whole-search__more">{t.wholeSearchListed(report.matches.length)}</p>
      ) : null}
    </section>
  );
}

function MatchButton({
  match,
  terms,
  onChosen,
}: {
  match: WholeStoreMatch;
  terms: ReadonlySet<string>;
  onChosen: () => void;
}) {
  const locale = useLocale();
  const selected = useView((state) => state.selectedEventId === match.id);
  const start = parseStoreDate(match.start);
  const end = match.end === undefined ? undefined : parseStoreDate(match.end);
  return (
    <button
      type="button"
      aria-current={selected ? 'true' : undefined}
      onClick={() => {
        viewActions.openEventAt(match.id, match.window);
        onChosen();
      }}
    >
      <span className="event-list__title" dir="auto">
        <Highlight text={match.title} terms={terms} />
      </span>
      {match.summary === undefined ? null : (
        <span className="whole-search__summary" dir="auto">
          <Highlight text={match.summary} terms={terms} />
        </span>
      )}
      {match.excerpt === undefined ? null : (
        <span className="whole-search__summary whole-search__excerpt" dir="auto">
          <Highlight text={match.excerpt} terms={terms} />
        </span>
      )}
      {start ? (
        <span className="event-list__meta">
          <time className="event-list__date" dateTime={match.start}>
            {formatEventDate(end ? { start, end } : { start }, undefined, locale)}
          </time>
        </span>
      ) : null}
    </button>
  );
}
