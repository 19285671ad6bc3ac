import { useId } from 'react';
import { useAllMessages } from '../../i18n/later-messages';
import type { PackerReport as Report } from './api/load-packed';
import { ProblemList } from './problem-list';

/**
 * A packed store's report panel part for what the packer found (kept in its manifest):
 * the items it left out never reach the pack, so the checks on load cannot list them. In a
 * chunk of its own, fetched only for a pack that has such a report.
 */
export function PackerReport({ report }: { report: Report }) {
  const t = useAllMessages();
  const headingId = useId();
  return (
    <>
      <h2 id={headingId}>{t.packerReportTitle}</h2>
      {report.problems.length > 0 ? (
        <>
          <p>
            {t.packerReportScope(report.problems.length, report.total ?? report.problems.length)}
          </p>
          <ProblemList problems={report.problems} labelledBy={headingId} />
        </>
      ) : (
        <p>{t.packerReportNotListed(report.dropped)}</p>
      )}
    </>
  );
}
