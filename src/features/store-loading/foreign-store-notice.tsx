import { useId, useState } from 'react';
import { describeProblem } from '../../format/problems';
import { useOriginMessages } from '../../i18n/origin-messages';
import { useMessages } from '../../i18n/use-messages';
import { type StoreOrigin, storeOrigin } from '../../lib/store-origin';
import { EMPTY_LINK } from '../../lib/url-codec';
import { useView, viewActions } from '../../lib/view-store';
import { useStoreOnScreen } from './api/store-on-screen';
import type { LoadedStore } from './api/get-store';
import { dismissedInThisTab, dismissInThisTab } from './foreign-notice-memory';

/**
 * The first time a store from another site is on screen in this tab: say so, with its full
 * address, a way back to this site's own store and the validation report one click away.
 * Dismissed, it stays away for that store in this tab (sessionStorage), not for others.
 */
export function ForeignStoreNotice() {
  const shown = useStoreOnScreen((state) => state.shown);
  if (!shown) return null;
  const origin = storeOrigin(shown.source, window.location.href);
  if (origin.kind !== 'other-site') return null;
  return <ForeignNoticeFor key={origin.address} origin={origin} loaded={shown.loaded} />;
}

function ForeignNoticeFor({
  origin,
  loaded,
}: {
  origin: Extract<StoreOrigin, { kind: 'other-site' }>;
  loaded: LoadedStore;
}) {
  const t = useMessages();
  const o = useOriginMessages();
  const lang = useView((state) => state.lang);
  const headingId = useId();
  const [dismissed, setDismissed] = useState(() => dismissedInThisTab(origin.address));
  if (dismissed) return null;

  const dismiss = () => {
    dismissInThisTab(origin.address);
    setDismissed(true);
  };
  return (
    <section className="foreign-notice" aria-labelledby={headingId}>
      <div className="foreign-notice__body">
        <h2 id={headingId} className="foreign-notice__title">
          {o.foreignNoticeTitle(origin.host)}
        </h2>
        <p>{o.foreignNoticeBody(origin.host)}</p>
        <p>
          {o.foreignNoticeAddress} <code className="foreign-notice__address">{origin.address}</code>
        </p>
        <div className="foreign-notice__actions">
          <button
            type="button"
            onClick={() => viewActions.openLink({ ...EMPTY_LINK, lang }, [], 'push')}
          >
            {t.openDefaultStore}
          </button>
        </div>
        <ValidationReport loaded={loaded} />
      </div>
      <button
        type="button"
        className="icon-button"
        aria-label={o.dismissForeignNotice(origin.host)}
        title={o.dismissForeignNotice(origin.host)}
        onClick={dismiss}
      >
        <span aria-hidden="true">×</span>
      </button>
    </section>
  );
}

/** What validation found, or that it found nothing: either way one click from the notice. */
function ValidationReport({ loaded }: { loaded: LoadedStore }) {
  const o = useOriginMessages();
  const listId = useId();
  return (
    <details className="foreign-notice__report">
      <summary>{o.validationReport}</summary>
      {loaded.problems.length === 0 ? (
        <p>{o.validationClean(loaded.index.events.length)}</p>
      ) : (
        <>
          <p id={listId}>{o.validationProblems(loaded.problems.length)}</p>
          {/* It scrolls: a tab stop lets a keyboard scroll it too (WCAG 2.1.1). */}
          <ul tabIndex={0} aria-labelledby={listId}>
            {loaded.problems.map((problem, i) => (
              <li key={i} className={`problem problem--${problem.severity}`}>
                <code>{describeProblem(problem)}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
