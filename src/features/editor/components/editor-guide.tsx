import { useId } from 'react';
import { useEditorI18n } from './editor-i18n';

/**
 * The editor with no draft open. A first visit had one line here and a page of empty space:
 * the steps from a source's text to a store, each naming the button it takes.
 */
export function EditorGuide() {
  const { m } = useEditorI18n();
  const headingId = useId();
  return (
    <>
      <p className="editor-muted">{m.chooseDraft}</p>
      <section className="editor-guide" aria-labelledby={headingId}>
        <h2 id={headingId}>{m.guideHeading}</h2>
        <ol>
          {m.guideSteps(m).map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p>{m.guideKept}</p>
      </section>
    </>
  );
}
