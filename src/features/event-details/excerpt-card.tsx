import { useId, useState } from 'react';
import type { ExcerptInput } from '../../format/schema';
import type { Source } from '../../format/validate-store';
import { parseStoreDate } from '../../format/dates';
import { useLocale } from '../../i18n/use-messages';
import { useAllMessages } from '../../i18n/later-messages';
import { formatStoreDate } from '../../lib/date-format';
import { Highlight } from '../../components/highlight';
import { NewTabLink } from '../../components/new-tab-link';
import { passageLink } from '../../lib/text-fragment';
import { safeHttpUrl } from '../../lib/safe-url';
import { SourceContextDialog } from './source-context-dialog';

interface Props {
  excerpt: ExcerptInput;
  source: Source;
  storeLanguage: string;
  /** Words the search matched, to mark in the quote and the translation. */
  terms: ReadonlySet<string>;
  /** Which of this event's passages from the same source this is (1-based), when it has several. */
  nthOfSource: number | null;
}

export function ExcerptCard({ excerpt, source, storeLanguage, terms, nthOfSource }: Props) {
  const t = useAllMessages();
  const locale = useLocale();
  const [showContext, setShowContext] = useState(false);
  const nameId = useId();
  const published = source.published ? parseStoreDate(source.published) : null;
  const accessed = source.accessed ? parseStoreDate(source.accessed) : null;
  const url = safeHttpUrl(source.url);
  const archiveUrl = safeHttpUrl(source.archiveUrl);
  // Without the source's text the quote's own words are the best target there is.
  const passage = url
    ? passageLink(url, excerpt.quote, source.text, source.language, {
        label: source.locatorLabel,
        locator: excerpt.locator,
      })
    : null;
  return (
    // Named by its source only: named by its whole caption, entering it said some 40 words
    // (the publisher, the date, every link's name) before the quote.
    <figure className="excerpt" aria-labelledby={`${nameId}-label ${nameId}-title`}>
      <div className="excerpt__texts">
        <blockquote className="excerpt__quote" lang={source.language} dir="auto">
          <Highlight text={excerpt.quote} terms={terms} />
        </blockquote>
        {excerpt.translation ? (
          // The direction is the translation's own: the label, with one of its own (the
          // interface's languages are all written left to right), is not looked at. Shown,
          // not only said: italics alone did not tell a reader whose words these are.
          <p className="excerpt__translation" lang={storeLanguage} dir="auto">
            <span className="excerpt__translation-label" lang={locale} dir="ltr">
              {t.translation}:{' '}
            </span>
            <Highlight text={excerpt.translation} terms={terms} />
          </p>
        ) : null}
      </div>
      <figcaption className="excerpt__source">
        <span className="excerpt__source-label" id={`${nameId}-label`}>
          {t.source}:
        </span>{' '}
        <cite dir="auto" id={`${nameId}-title`}>
          <Highlight text={source.title} terms={terms} />
        </cite>
        {source.publisher ? (
          <span>
            ,{' '}
            <bdi>
              <Highlight text={source.publisher} terms={terms} />
            </bdi>
          </span>
        ) : null}
        {published ? <span>, {t.published(formatStoreDate(published, locale))}</span> : null}
        {excerpt.locator ? (
          <span className="excerpt__locator">
            , {t.locatorAt(source.locatorLabel, excerpt.locator)}
          </span>
        ) : null}
        {source.reliability ? (
          <span className="excerpt__reliability">{t.reliability(source.reliability)}</span>
        ) : null}
        <span className="excerpt__actions">
          {passage ? (
            <NewTabLink href={passage} className="excerpt__passage-link" note={t.opensInNewTab}>
              {t.openPassage}
              <span className="visually-hidden">{t.passageOf(source.title, nthOfSource)}</span>
            </NewTabLink>
          ) : null}
          {url ? (
            <NewTabLink href={url} className="excerpt__source-link" note={t.opensInNewTab}>
              {t.openSource}
              <span className="visually-hidden">{t.copyOf(source.title)}</span>
            </NewTabLink>
          ) : null}
          {archiveUrl ? (
            <span>
              <NewTabLink
                href={archiveUrl}
                className="excerpt__archive-link"
                note={t.opensInNewTab}
              >
                {t.archivedCopy}
                <span className="visually-hidden">{t.copyOf(source.title)}</span>
              </NewTabLink>
              {accessed ? ` (${t.accessedOn(formatStoreDate(accessed, locale))})` : null}
            </span>
          ) : null}
          {url || archiveUrl ? null : <span className="excerpt__no-address">{t.noAddress}</span>}
          {source.text ? (
            <button type="button" className="link-button" onClick={() => setShowContext(true)}>
              {t.showInContext}
            </button>
          ) : null}
        </span>
      </figcaption>
      {showContext ? (
        <SourceContextDialog
          source={source}
          quote={excerpt.quote}
          onClose={() => setShowContext(false)}
        />
      ) : null}
    </figure>
  );
}
