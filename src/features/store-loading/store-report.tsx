import { useId } from 'react';
import { useStore } from 'zustand';
import { useAllMessages, useTranslatedImportWords } from '../../i18n/later-messages';
import { describeNote, englishImportWords, notesCovered } from '../../format/convert/import-report';
import type { LoadedStore } from './api/get-store';
import { useStoreOnScreen } from './api/store-on-screen';
import { importReportOf } from './import/imported-reports';
import { ProblemList } from './problem-list';
import { createHeldChecks } from './api/held-checks';

/** Stands in for a store read whole, whose report came with it. */
const NO_HELD_CHECKS = createHeldChecks();

/**
 * A count of what validation dropped or warned about, opening onto the full list; for an
 * imported file, what the importer dropped too (the validator never saw those rows).
 */
export function StoreReport({ loaded }: { loaded: LoadedStore }) {
  const t = useAllMessages();
  const words = useTranslatedImportWords() ?? englishImportWords;
  const headingId = useId();
  const importHeadingId = useId();
  const source = useStoreOnScreen((screen) => screen.shown?.source);
  // A store read window by window: what the rows read so far were found to have.
  const heldChecks = useStore(loaded.held?.checks ?? NO_HELD_CHECKS);
  const problems = loaded.held ? heldChecks.problems : loaded.problems;
  const warnings = loaded.held ? heldChecks.warnings : loaded.warnings;
  const imported = importReportOf(source);
  const importDropped = imported?.dropped ?? 0;
  const importListed = imported ? notesCovered(imported.notes) : 0;
  const dropped =
    (loaded.held
      ? heldChecks.dropped
      : loaded.dropped.sources + loaded.dropped.actors + loaded.dropped.events) + importDropped;
  if (problems.length === 0 && importDropped === 0) return null;
  return (
    <details className="store-report">
      <summary>
        {/* A store's own field left out (its title, its language) drops no item and is no
            warning: "0 items dropped · 0 warnings" over a list of two would contradict it. */}
        {dropped + warnings > 0
          ? t.storeReport(dropped, warnings)
          : t.storeProblems(problems.length)}
      </summary>
      <div className="store-report__panel">
        {imported && importDropped > 0 ? (
          <>
            <h2 id={importHeadingId}>
              {t.importDroppedTitle(
                words.formatName(imported.format, imported.container),
                importDropped,
              )}
            </h2>
            {importListed < importDropped ? (
              <p>{t.importDroppedShown(importListed, importDropped)}</p>
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
