import { useEffect, useId, useRef, useState } from 'react';
import { useAllMessages } from '../../i18n/later-messages';
import { useLocale } from '../../i18n/use-messages';
import type { StoreIndex } from '../../lib/store-index';
import { isLocalSource } from '../../lib/store-source';
import { useView, viewActions } from '../../lib/view-store';
import { EMBED_HEIGHT_PX, EMBED_LEAST_HEIGHT_PX, embedSnippet } from '../../lib/embed-code';
import { windowDates } from '../../lib/window-dates';
import { useOpenAcrossRemount } from '../../components/modal-dialog';
import { type EmbedShows, viewLink } from './embed-link';

/**
 * `Embed`: a dialog with the `<iframe>` code of the current view, or of the whole timeline
 * (a view left on a stretch of it would embed only that stretch), selected for copying.
 * The code is built when the dialog opens, so it holds the view as it is then.
 */
export function EmbedButton({ index }: { index: StoreIndex }) {
  const t = useAllMessages();
  const locale = useLocale();
  const storeTitle = index.store.title;
  // The frame has no map, and its code does not ask for one (embed-link.ts): said when the
  // view shows one, so that the writer does not expect it in the article.
  const mapShown = useView((state) => state.mapShown);
  const [shows, setShows] = useState<EmbedShows>('view');
  // What the whole timeline's code opens on, said in the dialog: the store's extent now.
  const whole = windowDates(index.extent, locale);
  const codeOf = (what: EmbedShows) =>
    embedSnippet(
      viewLink('embed', what === 'whole' ? index.extent : undefined),
      t.embedFrameTitle(storeTitle),
    );
  const dialogRef = useRef<HTMLDialogElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const [code, setCode] = useState('');
  const titleId = useId();
  const helpId = useId();
  const [refusal, setRefusal] = useState<string | null>(null);
  // Said in the dialog: the page's notices are behind it while it is open.
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async () => {
    codeRef.current?.select();
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  // Back or Forward shows another view: the code, of the view left, would embed the wrong one.
  useEffect(() => {
    const closeOnBack = () => dialogRef.current?.close();
    window.addEventListener('popstate', closeOnBack);
    return () => window.removeEventListener('popstate', closeOnBack);
  }, []);
  const [shown, setShown] = useOpenAcrossRemount('embed');
  const open = () => {
    const source = viewActions.shownSource();
    // An embedded page opens a store by its address, and imports nothing.
    const why = !isLocalSource(source)
      ? null
      : source.kind === 'draft'
        ? t.embedNotFromDraft
        : source.address !== undefined
          ? t.embedNotImported
          : t.embedNotFromFile;
    setRefusal(why);
    setShows('view');
    if (why === null) setCode(codeOf('view'));
    dialogRef.current?.showModal();
    // After the text is in: the whole snippet selected, ready for Ctrl+C.
    requestAnimationFrame(() => codeRef.current?.select());
  };
  // Shown again, with the code of the view it showed, where this button is mounted anew.
  useEffect(() => {
    if (shown && !dialogRef.current?.open) open();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when it is to be shown
  }, [shown]);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setShown(true);
          open();
        }}
      >
        {t.embed}
      </button>
      <dialog
        ref={dialogRef}
        className="embed-dialog"
        aria-labelledby={titleId}
        aria-describedby={helpId}
        onClose={() => {
          setShown(false);
          setCode('');
          setCopied(null);
        }}
      >
        <div className="embed-dialog__header">
          <h2 id={titleId}>{t.embedTitle}</h2>
          <button
            type="button"
            className="icon-button"
            aria-label={t.close}
            title={t.close}
            onClick={() => dialogRef.current?.close()}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <p id={helpId}>
          {refusal ?? (shows === 'whole' ? t.embedHelpWhole(whole.from, whole.to) : t.embedHelp)}
        </p>
        {refusal === null ? (
          <fieldset className="embed-dialog__shows">
            <legend>{t.embedShows}</legend>
            {(['view', 'whole'] as const).map((what) => (
              <label key={what}>
                <input
                  type="radio"
                  name="embed-shows"
                  checked={shows === what}
                  onChange={() => {
                    setShows(what);
                    setCode(codeOf(what));
                    setCopied(null);
                    requestAnimationFrame(() => codeRef.current?.select());
                  }}
                />
                {what === 'view' ? t.embedShowsView : t.embedShowsWhole}
              </label>
            ))}
          </fieldset>
        ) : null}
        {refusal === null ? (
          <label className="embed-dialog__code">
            <span>{t.embedCode}</span>
            {/* Only while open: a closed dialog keeps no copy of the store's title on the page. */}
            {code ? (
              <textarea ref={codeRef} readOnly rows={4} value={code} spellCheck={false} />
            ) : null}
          </label>
        ) : null}
        {refusal === null ? (
          <div className="embed-dialog__advice">
            {mapShown ? <p>{t.embedNoMap}</p> : null}
            <p>{t.embedSizeAdvice(EMBED_HEIGHT_PX, EMBED_LEAST_HEIGHT_PX)}</p>
          </div>
        ) : null}
        {refusal === null ? (
          <div className="embed-dialog__copy">
            <button type="button" className="primary" onClick={() => void copy()}>
              {t.embedCopy}
            </button>
            <p role="status">{copied === null ? '' : copied ? t.embedCopied : t.embedNotCopied}</p>
          </div>
        ) : null}
      </dialog>
    </>
  );
}
