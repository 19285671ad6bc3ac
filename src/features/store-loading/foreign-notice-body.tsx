import { useId, useState } from 'react';
import { useForeignNoticeMessages } from '../../i18n/foreign-notice-messages';
import { useMessages } from '../../i18n/use-messages';
import type { StoreOrigin } from '../../lib/store-origin';
import { EMPTY_LINK } from '../../lib/url-codec';
import { useView, viewActions } from '../../lib/view-store';
import type { LoadedStore } from './api/get-store';
import { dismissedInThisTab, dismissInThisTab } from './foreign-notice-memory';
import { ProblemList } from './problem-list';

/** The notice for one store from another site (see foreign-store-notice.tsx). */
export function ForeignNoticeFor({
  origin,
  loaded,
}: {
  origin: Extract<StoreOrigin, { kind: 'other-site' }>;
  loaded: LoadedStore;
}) {
  const t = useMessages();
  const o = useForeignNoticeMessages();
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
  const o = useForeignNoticeMessages();
  const listId = useId();
  return (
    <details className="foreign-notice__report">
      <summary>{o.validationReport}</summary>
      {loaded.problems.length === 0 ? (
        <p>{o.validationClean(loaded.index.events.length)}</p>
      ) : (
        <>
          <p id={listId}>{o.validationProblems(loaded.problems.length)}</p>
          <ProblemList problems={loaded.problems} labelledBy={listId} />
        </>
      )}
    </details>
  );
}
