import { useEffect, useRef, useState } from 'react';
import { SpokenWords } from '../../components/spoken-words';
import { formatEventDate } from '../../lib/date-format';
import type { StoreIndex } from '../../lib/store-index';
import { useStepEnds } from '../../lib/step-ends';
import { useViewStore } from '../../lib/view-store';
import { useAllMessages } from '../../i18n/later-messages';
import { useLocale } from '../../i18n/use-messages';

/**
 * Says which event was chosen when the focus does not go with it: an arrow key (on the
 * timeline, or on the details' heading, whose words change under it), Previous or Next,
 * Enter in the search, Back. A sighted person sees the item highlighted and the details
 * change; without this a screen reader said nothing.
 */
export function SelectionAnnouncer({ index }: { index: StoreIndex }) {
  const t = useAllMessages();
  const locale = useLocale();
  const [said, setSaid] = useState({ text: '', count: 0 });
  const latest = useRef({ index, t, locale });
  useEffect(() => {
    latest.current = { index, t, locale };
  });

  useEffect(() => {
    const say = (text: string) => setSaid((before) => ({ text, count: before.count + 1 }));
    let frame = 0;
    const offSelection = useViewStore.subscribe((state, previous) => {
      const id = state.selectedEventId;
      if (id === previous.selectedEventId || id === null) return;
      // Whether the focus goes with the choice is known once it has been drawn: a list's
      // row or a related event gives it to the details' heading, which is read then.
      const focusedAtChoice = document.activeElement;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (
          useViewStore.getState().selectedEventId !== id ||
          document.activeElement !== focusedAtChoice
        )
          return;
        const { index: current, t: words, locale: lang } = latest.current;
        const event = current.eventById.get(id);
        if (!event) return;
        const date = formatEventDate(event.when, event.approximate, lang);
        const status = event.status ? words.itemStatus(words.statusNames[event.status]) : '';
        say(words.eventChosen(event.title, date) + status);
      });
    });
    const offEnds = useStepEnds.subscribe(({ direction }) =>
      say(direction > 0 ? latest.current.t.noLaterEvent : latest.current.t.noEarlierEvent),
    );
    return () => {
      cancelAnimationFrame(frame);
      offSelection();
      offEnds();
    };
  }, []);

  return <SpokenWords text={said.text} count={said.count} />;
}
