import { type Problem, describeProblem } from '../../format/problems';

/** A store's problems, one per line, under the heading or text that names the list. */
export function ProblemList({
  problems,
  labelledBy,
}: {
  problems: readonly Problem[];
  labelledBy: string;
}) {
  return (
    // It scrolls: a tab stop lets a keyboard scroll it too (WCAG 2.1.1).
    <ul tabIndex={0} aria-labelledby={labelledBy}>
      {problems.map((problem, i) => (
        <li key={i} className={`problem problem--${problem.severity}`}>
          <code>{describeProblem(problem)}</code>
        </li>
      ))}
    </ul>
  );
}
