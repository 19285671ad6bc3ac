import { useState } from 'react';
import type { ExcerptInput } from '../../format/schema';
import type { Source } from '../../format/validate-store';
import { parseStoreDate } from '../../format/dates';
import { useLocale, useMessages } from '../../i18n/use-messages';
import { formatStoreDate } from '../../lib/date-format';
import { Highlight } from '../../components/highlight';
import { SourceContextDialog } from './source-context-dialog';

interface Props {
  excerpt: ExcerptInput;
  source: Source;
  storeLanguage: string;
  /** Words the search matched, to mark in the quote and the translation. */
  terms: ReadonlySet<string>;
}

export function ExcerptCard({ excerpt, source, storeLanguage, terms }: Props) {
  const t = useMessages();
  const locale = useLocale();
  const [showContext, setShowContext] = useState(false);
  const published = source.published ? parseStoreDate(source.published) : null;
  return (
    <figure className="excerpt">
      <div className="excerpt__texts">
        <blockquote className="excerpt__quote" lang={source.language}>
          <Highlight text={excerpt.quote} terms={terms} />
        </blockquote>
        {excerpt.translation ? (
          <p className="excerpt__translation" lang={storeLanguage}>
            <span className="visually-hidden">{t.translation}: </span>
            <Highlight text={excerpt.translation} terms={terms} />
          </p>
        ) : null}
      </div>
      <figcaption className="excerpt__source">
        <span className="excerpt__source-label">{t.source}:</span> <cite>{source.title}</cite>
        {source.publisher ? <span>, {source.publisher}</span> : null}
        {published ? <span>, {t.published(formatStoreDate(published, locale))}</span> : null}
        <span className="excerpt__actions">
          {source.url ? (
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {t.openSource}
            </a>
          ) : null}
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
