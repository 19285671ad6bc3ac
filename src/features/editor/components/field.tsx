import { type ReactNode, useId } from 'react';
import type { Problem } from '../../../format/problems';
import { problemText } from '../model/problem-text';
import { useEditorI18n } from './editor-i18n';

/**
 * A labelled control with its problems under it. The control is described by its hint and
 * its problems (aria-describedby) and marked invalid, so a screen reader says what is wrong
 * when the field is focused; the form's live region announces changes while typing.
 */
export function Field({
  id: fixedId,
  label,
  hint,
  problems = [],
  say,
  describedBy,
  children,
}: {
  /** A known id, for a control focused from elsewhere; otherwise one is made. */
  id?: string;
  label: string;
  hint?: ReactNode;
  problems?: readonly Problem[];
  /** The field's own words for a problem, where the validator's would not help. */
  say?: (problem: Problem) => string | undefined;
  /** More that describes the control, shown elsewhere (advice that is not a problem). */
  describedBy?: string;
  children: (props: {
    id: string;
    'aria-describedby'?: string;
    'aria-invalid'?: boolean;
    /** What is typed is written the way its script goes (Arabic, Hebrew: right to left). */
    dir: 'auto';
  }) => ReactNode;
}) {
  const { lang } = useEditorI18n();
  const madeId = useId();
  const id = fixedId ?? madeId;
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const described = [hint ? hintId : null, problems.length ? problemId : null, describedBy]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="editor-field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-describedby': described || undefined,
        'aria-invalid': problems.length ? true : undefined,
        dir: 'auto',
      })}
      {hint ? (
        <p className="editor-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {problems.length ? (
        <ul className="editor-problem" id={problemId}>
          {problems.map((problem, index) => (
            <li key={index}>{say?.(problem) ?? problemText(problem, lang)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
