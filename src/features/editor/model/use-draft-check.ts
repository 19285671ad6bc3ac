import { useEffect, useMemo, useState } from 'react';
import type { DraftDocument } from './draft-document';
import {
  CHECKING,
  type DraftCheck,
  checkDraft,
  checkInSlices,
  uncheckedEvents,
} from './field-problems';

/**
 * Up to this many events to check, the check runs at once (a keystroke changes one event;
 * a few hundred take a few tens of milliseconds); more (a large store just opened, a
 * source's text changed that many events quote) are checked in slices first, and the
 * draft says it is being checked meanwhile.
 */
const AT_ONCE = 200;

/** The draft's problems, up to date with the document the person sees. */
export function useDraftCheck(document: DraftDocument | null): DraftCheck {
  const [sliced, setSliced] = useState<DraftDocument | null>(null);
  const atOnce = useMemo(
    () => document === null || uncheckedEvents(document) <= AT_ONCE,
    [document],
  );
  useEffect(() => {
    if (atOnce || document === null) return;
    return checkInSlices(document, () => setSliced(document));
  }, [document, atOnce]);
  return useMemo(() => {
    if (document === null) return CHECKING;
    return atOnce || sliced === document ? checkDraft(document) : CHECKING;
  }, [document, atOnce, sliced]);
}
