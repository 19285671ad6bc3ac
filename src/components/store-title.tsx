import { useId } from 'react';
import { useOriginMessages } from '../i18n/origin-messages';
import type { StoreOrigin } from '../lib/store-origin';
import './store-title.css';

/**
 * The store's title as the store's own ("Timeline: <title>", never in the product name's
 * place) with, under it, where the store comes from, spelled out in words: the header and
 * the embed page both place this. The title is store text: a React text node, never HTML.
 * The heading keeps exactly the store's title as its name; the origin describes it.
 */
export function StoreTitle({
  title,
  origin,
  className,
  level = 1,
}: {
  title: string;
  origin: StoreOrigin;
  /** Extra classes for the heading (the header's own title style). */
  className?: string;
  level?: 1 | 2;
}) {
  const o = useOriginMessages();
  const originId = useId();
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div className="store-title">
      <div className="store-title__line">
        <span className="store-title__label">{o.timelineLabel}</span>{' '}
        <Heading
          className={className ? `store-title__title ${className}` : 'store-title__title'}
          aria-describedby={originId}
          title={title}
          dir="auto"
        >
          {title}
        </Heading>
      </div>
      <p id={originId} className={`store-origin store-origin--${origin.kind}`}>
        {o.origin(origin)}
      </p>
    </div>
  );
}
