import { useAllMessages } from '../i18n/later-messages';
import type { StoreIndex } from '../lib/store-index';
import { useFilteredEvents, useSearchPending } from '../lib/use-filtered-events';

/**
 * Under the embed's timeline while no event is chosen, in the place of the details: one short
 * line, so that the timeline keeps the frame (the empty details took two fifths of it and
 * showed two or three rows of events). The keys are named only where a keyboard is likely
 * and the line has room (embed.css).
 */
export function EmbedHint({ index, held }: { index: StoreIndex; held: boolean }) {
  const t = useAllMessages();
  const shown = useFilteredEvents(index);
  const { pending } = useSearchPending(index);
  if (index.events.length === 0) {
    // A store begun, its events still to come: nothing to choose, no keys to use. A store held
    // window by window has none loaded here: the timeline's own line says why.
    return held ? null : <p className="embed__hint">{t.noEventsInStore}</p>;
  }
  // The link's search or filters leave none: the note over the timeline says so instead.
  if (shown.length === 0 && !pending) return null;
  return (
    <p className="embed__hint">
      {t.noSelectionEmbedded}
      <span className="embed__keys"> · {t.keyboardHintEmbedded}</span>
    </p>
  );
}
