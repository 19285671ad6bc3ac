import { useAllMessages } from '../i18n/later-messages';
import type { StoreIndex } from '../lib/store-index';
import { useFilteredEvents, useSearchPending } from '../lib/use-filtered-events';

/**
 * Under the embed's timeline while no event is chosen, in the place of the details: one short
 * line, so that the timeline keeps the frame (the empty details took two fifths of it and
 * showed two or three rows of events). The keys are named only where a keyboard is likely
 * and the line has room (embed.css).
 */
export function EmbedHint({ index }: { index: StoreIndex }) {
  const t = useAllMessages();
  const shown = useFilteredEvents(index);
  const { pending } = useSearchPending(index);
  // A store begun, its events still to come: nothing to choose, no keys to use.
  if (index.events.length === 0) return <p className="embed__hint">{t.noEventsInStore}</p>;
  // The link's search or filters leave none: the note over the timeline says so instead.
  if (shown.length === 0 && !pending) return null;
  return (
    <p className="embed__hint">
      {t.noSelectionEmbedded}
      <span className="embed__keys"> · {t.keyboardHintEmbedded}</span>
    </p>
  );
}
