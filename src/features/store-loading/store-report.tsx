import { Suspense, lazy, useId, useMemo } from 'react';
import { useStore } from 'zustand';
import { useAllMessages, useTranslatedImportWords } from '../../i18n/later-messages';
import { describeNote, englishImportWords, notesCovered } from '../../format/convert/import-report';
import type { LoadedStore } from './api/get-store';
import { useStoreOnScreen } from './api/store-on-screen';
import { importReportOf } from './import/imported-reports';
import { ProblemList } from './problem-list';
import { createHeldChecks } from './api/held-checks';
import type { Problem } from '../../format/problems';

/** Only a pack whose packer dropped or warned about something fetches it. */
const PackerReport = lazy(() =>
  import('./packer-report').then((module) => ({ default: module.PackerReport })),
);

const problemKey = (problem: Problem) =>
  `${problem.severity}\u0000${problem.path}\u0000${problem.message}\u0000${problem.value ?? ''}`;

/** Stands in for a store read whole, whose report came with it. */
const NO_HELD_CHECKS = createHeldChecks();

/**
 * A count of what validation dropped or warned about, opening onto the full list; for an
 * imported file, what the importer dropped too (the validator never saw those rows); for a
 * packed store, what the packer dropped and warned about (its manifest's report).
 */
export function StoreReport({ loaded }: { loaded: LoadedStore }) {
  const t = useAllMessages();
  const words = useTranslatedImportWords() ?? englishImportWords;
  const headingId = useId();
  const importHeadingId = useId();
  const source = useStoreOnScreen((screen) => screen.shown?.source);
  // A store read window by window: what the rows read so far were found to have.
  const heldChecks = useStore(loaded.held?.checks ?? NO_HELD_CHECKS);
  const checked = loaded.held ? heldChecks.problems : loaded.problems;
  // A pack: what its packer found (its manifest's report), which the checks on load found
  // again are left to that list (an actor in no event), not counted twice.
  const packer = loaded.packed?.packer;
  const problems = useMemo(() => {
    if (!packer || packer.problems.length === 0) return checked;
    const listed = new Set(packer.problems.map(problemKey));
    return checked.filter((problem) => !listed.has(problemKey(problem)));
  }, [checked, packer]);
  const warningsIn = (list: readonly Problem[]) =>
    list.filter((problem) => problem.severity === 'warning').length;
  const warnings =
    (loaded.held ? heldChecks.warnings : loaded.warnings) -
    (checked === problems ? 0 : warningsIn(checked) - warningsIn(problems)) +
    (packer?.warnings ?? 0);
  const imported = importReportOf(source);
  const importDropped = imported?.droppedItems ?? 0;
  const importLeftOut = imported?.leftOutFields ?? 0;
  // Every note listed, of items and of fields.
  const importNoted = importDropped + importLeftOut;
  const importListed = imported ? notesCovered(imported.notes) : 0;
  const dropped =
    (loaded.held
      ? heldChecks.dropped
      : loaded.dropped.sources + loaded.dropped.actors + loaded.dropped.events) +
    importDropped +
    (packer?.dropped ?? 0);
  if (problems.length === 0 && importNoted === 0 && !packer) return null;
  return (
    <details className="store-report">
      <summary>
        {/* A store's own field left out (its title, its language) drops no item and is no
            warning: "0 items dropped · 0 warnings" over a list of two would contradict it. */}
        {dropped + importLeftOut + warnings > 0
          ? t.storeReport(dropped, importLeftOut, warnings)
          : t.storeProblems(problems.length + (packer?.total ?? 0))}
      </summary>
      <div className="store-report__panel">
        {imported && importNoted > 0 ? (
          <>
            <h2 id={importHeadingId}>
              {t.importDroppedTitle(
                words.formatName(imported.format, imported.container),
                importDropped,
                importLeftOut,
              )}
            </h2>
            {importListed < importNoted ? (
              <p>{t.importDroppedShown(importListed, importNoted)}</p>
            ) : null}
            {/* It scrolls: a tab stop lets a keyboard scroll it too (WCAG 2.1.1). */}
            <ul tabIndex={0} aria-labelledby={importHeadingId}>
              {imported.notes.map((note, i) => (
                <li key={i} className="problem problem--error">
                  <code>{describeNote(words.note(note))}</code>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {packer ? (
          <Suspense fallback={null}>
            <PackerReport report={packer} />
          </Suspense>
        ) : null}
        {problems.length > 0 ? (
          <>
            <h2 id={headingId}>{t.problemsTitle}</h2>
            {loaded.held ? <p>{t.reportHeldScope}</p> : null}
            <ProblemList problems={problems} labelledBy={headingId} />
          </>
        ) : null}
      </div>
    </details>
  );
}
