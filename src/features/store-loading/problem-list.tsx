import { useMemo } from 'react';
import { type Problem, describeProblemGroup, groupProblems } from '../../format/problems';
import { useTranslatedProblems } from '../../i18n/later-messages';

/**
 * A store's problems, one line for each (the same problem at many places names them), under
 * the heading or text that names the list.
 */
export function ProblemList({
  problems,
  labelledBy,
}: {
  problems: readonly Problem[];
  labelledBy: string;
}) {
  const groups = useMemo(() => groupProblems(problems), [problems]);
  const inSpanish = useTranslatedProblems();
  return (
    // It scrolls: a tab stop lets a keyboard scroll it too (WCAG 2.1.1).
    <ul tabIndex={0} aria-labelledby={labelledBy}>
      {groups.map((group, i) => (
        <li key={i} className={`problem problem--${group.problem.severity}`}>
          <code>{inSpanish?.(group) ?? describeProblemGroup(group)}</code>
        </li>
      ))}
    </ul>
  );
}
