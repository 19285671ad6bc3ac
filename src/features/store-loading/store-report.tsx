import { useId } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { describeProblem } from '../../format/problems';
import type { LoadedStore } from './api/get-store';

/** A count of what validation dropped or warned about, opening onto the full list. */
export function StoreReport({ loaded }: { loaded: LoadedStore }) {
  const t = useMessages();
  const headingId = useId();
  const dropped = loaded.dropped.sources + loaded.dropped.actors + loaded.dropped.events;
  if (loaded.problems.length === 0) return null;
  return (
    <details className="store-report">
      <summary>{t.storeReport(dropped, loaded.warnings)}</summary>
      <div className="store-report__panel">
        <h2 id={headingId}>{t.problemsTitle}</h2>
        {/* It scrolls: a tab stop lets a keyboard scroll it too (WCAG 2.1.1). */}
        <ul tabIndex={0} aria-labelledby={headingId}>
          {loaded.problems.map((problem, i) => (
            <li key={i} className={`problem problem--${problem.severity}`}>
              <code>{describeProblem(problem)}</code>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
