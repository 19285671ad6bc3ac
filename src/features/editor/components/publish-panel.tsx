import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { describeProblemGroup, groupProblems } from '../../../format/problems';
import { problemGroupInSpanish } from '../../../i18n/problem-report-es';
import {
  type DraftComparison,
  PUBLISH_MESSAGES,
  type PublishMessages,
} from '../../../i18n/publish-messages';
import { useDraft, useDraftStore } from '../model/draft-store';
import { type PublishCheck, type PublishedStore, checkPublished } from '../model/publish-check';
import { publishedLinks } from '../model/publish-links';
import { storeFile } from '../model/store-file';
import { NewTabLink } from '../../../components/new-tab-link';
import { useEditorI18n } from './editor-i18n';
import { StatusAdviceSummary } from './status-advice';

/** How many of the validator's problems (grouped as the store report groups them) are named. */
const PROBLEMS_SHOWN = 3;

/** The address last found published for a draft, offered again when the panel reopens. */
const addressKey = (draftId: string) => `sourceline:published:${draftId}`;

function remembered(draftId: string | null): string {
  try {
    return (draftId && localStorage.getItem(addressKey(draftId))) || '';
  } catch {
    return '';
  }
}

function remember(draftId: string | null, address: string) {
  try {
    if (draftId) localStorage.setItem(addressKey(draftId), address);
  } catch {
    // Storage refused (private mode, full): the address is only not offered next time.
  }
}

type Outcome =
  | { readonly kind: 'idle' }
  | { readonly kind: 'checking' }
  | { readonly kind: 'checked'; readonly check: PublishCheck; readonly draft?: DraftComparison };

/** The published store against the file Download store writes from the draft now. */
function compareWithDraft(store: PublishedStore): DraftComparison | undefined {
  const document = useDraftStore.getState().document;
  if (!document) return undefined;
  const file = JSON.parse(storeFile(document).text) as { title: string; events: unknown[] };
  return {
    sameTitle: file.title === store.title,
    sameEvents: file.events.length === store.events,
    draftTitle: file.title,
    draftEvents: file.events.length,
  };
}

/** What the check found, in one sentence or two (said in the live region). */
function summary(p: PublishMessages, outcome: Outcome): string {
  if (outcome.kind === 'idle') return '';
  if (outcome.kind === 'checking') return p.checking;
  const { check } = outcome;
  switch (check.kind) {
    case 'published':
      return [
        p.published(check.store.title, check.store.events),
        outcome.draft ? p.comparison(outcome.draft) : '',
      ]
        .filter(Boolean)
        .join(' ');
    case 'not-an-address':
      return p.notAnAddress;
    case 'not-https':
      return p.notHttps;
    case 'unreachable':
      return p.unreachable;
    case 'cors':
      return p.cors(check.host, window.location.origin);
    case 'timeout':
      return p.timeout(check.seconds);
    case 'http':
      return p.http(check.status);
    case 'not-json':
      return p.notJson(check.page);
    case 'not-a-store':
      return p.notAStore(Math.min(groupProblems(check.problems).length, PROBLEMS_SHOWN));
  }
}

/**
 * Publish: how the draft becomes a store at a web address (a link or an embed can open
 * nothing else), a check of the address the person pasted, made as the explorer would open
 * it, and once it passes, the link to share and the embed code, each with its Copy button.
 */
export function PublishPanel({
  onClose,
  focusAddress,
}: {
  onClose: () => void;
  /** Whether the address field takes the focus as the panel opens. */
  focusAddress: boolean;
}) {
  const { lang } = useEditorI18n();
  const p = PUBLISH_MESSAGES[lang];
  const headingId = useId();
  const addressId = useId();
  const outcomeId = useId();
  const draftId = useDraft((state) => state.draftId);
  const [address, setAddress] = useState(() => remembered(draftId));
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const addressInput = useRef<HTMLInputElement>(null);
  // Only the latest check may report: an earlier one, slower to answer, is of another address.
  const latest = useRef(0);

  useEffect(() => {
    if (focusAddress) addressInput.current?.focus();
  }, [focusAddress]);

  const check = async () => {
    const run = ++latest.current;
    setOutcome({ kind: 'checking' });
    const found = await checkPublished(address, { pageHref: window.location.href });
    if (run !== latest.current) return;
    if (found.kind === 'published') remember(draftId, found.store.address);
    setOutcome({
      kind: 'checked',
      check: found,
      ...(found.kind === 'published' ? { draft: compareWithDraft(found.store) } : {}),
    });
  };

  const found = outcome.kind === 'checked' ? outcome.check : null;
  const failed = found !== null && found.kind !== 'published';
  return (
    <section className="editor-publish" aria-labelledby={headingId}>
      <div className="editor-section-head">
        <h2 id={headingId}>{p.publish}</h2>
        <button type="button" onClick={onClose}>
          {p.close}
        </button>
      </div>
      <p>{p.intro}</p>
      {/* Before the steps, the first of which is Download store: what to check first. */}
      <StatusAdviceSummary />
      <ol className="editor-publish-steps">
        {p.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p className="editor-hint">{p.notSharingPages}</p>
      <form
        className="editor-field"
        onSubmit={(event) => {
          event.preventDefault();
          void check();
        }}
      >
        <label htmlFor={addressId}>{p.publishedAddress}</label>
        <div className="editor-publish-check">
          <input
            ref={addressInput}
            id={addressId}
            type="text"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            aria-describedby={`${addressId}-hint`}
            value={address}
            onChange={(event) => {
              setAddress(event.target.value);
              // The link and the code were of the address checked, not of this one.
              latest.current++;
              setOutcome({ kind: 'idle' });
            }}
          />
          <button type="submit" className="primary editor-primary" disabled={address.trim() === ''}>
            {p.check}
          </button>
        </div>
        <p className="editor-hint" id={`${addressId}-hint`}>
          {p.publishedAddressHint}
        </p>
      </form>
      <p
        id={outcomeId}
        role="status"
        className={
          failed
            ? 'editor-warning'
            : `editor-publish-outcome${found?.kind === 'published' ? ' is-published' : ''}`
        }
      >
        {summary(p, outcome)}
      </p>
      {found?.kind === 'not-a-store' ? (
        <ul className="editor-problem editor-publish-problems" aria-labelledby={outcomeId}>
          {groupProblems(found.problems)
            .slice(0, PROBLEMS_SHOWN)
            .map((group, index) => (
              <li key={index}>
                <code>
                  {(lang === 'es' ? problemGroupInSpanish(group) : undefined) ??
                    describeProblemGroup(group)}
                </code>
              </li>
            ))}
        </ul>
      ) : null}
      {found?.kind === 'published' ? <Shareable p={p} store={found.store} /> : null}
    </section>
  );
}

/** The link and the embed code of a store found published. */
function Shareable({ p, store }: { p: PublishMessages; store: PublishedStore }) {
  const links = publishedLinks(
    window.location.origin,
    store.address,
    p.embedFrameTitle(store.title),
  );
  return (
    <div className="editor-publish-links">
      <CopyableText
        label={p.shareLink}
        hint={p.shareLinkHint}
        text={links.share}
        copy={p.copyLink}
        copied={p.linkCopied}
        p={p}
        extra={
          <NewTabLink href={links.share} note={p.opensInNewTab}>
            {p.open}
          </NewTabLink>
        }
      />
      <CopyableText
        label={p.embedCode}
        hint={p.embedCodeHint}
        text={links.embed}
        copy={p.copyCode}
        copied={p.codeCopied}
        p={p}
        rows={3}
      />
    </div>
  );
}

/** A read-only text with its Copy button, which says whether it copied. */
function CopyableText({
  label,
  hint,
  text,
  copy,
  copied: copiedText,
  p,
  rows,
  extra,
}: {
  label: string;
  hint: string;
  text: string;
  copy: string;
  /** Said once it is on the clipboard. */
  copied: string;
  p: PublishMessages;
  /** A text area of this many rows; a one-line field without. */
  rows?: number;
  extra?: ReactNode;
}) {
  const id = useId();
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const onCopy = async () => {
    // Selected either way: refused, the person copies it with the keyboard.
    field.current?.select();
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  const props = {
    ref: field,
    id,
    readOnly: true,
    value: text,
    spellCheck: false,
    'aria-describedby': `${id}-hint`,
    onFocus: () => field.current?.select(),
  };
  return (
    <div className="editor-field editor-copyable">
      <label htmlFor={id}>{label}</label>
      {rows ? <textarea rows={rows} {...props} /> : <input type="text" dir="ltr" {...props} />}
      <p className="editor-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <div className="editor-actions">
        <button type="button" onClick={() => void onCopy()}>
          {copy}
        </button>
        {extra}
        <span role="status">{copied === null ? '' : copied ? copiedText : p.notCopied}</span>
      </div>
    </div>
  );
}
