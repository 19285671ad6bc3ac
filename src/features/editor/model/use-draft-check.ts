import { useEffect, useMemo, useState } from 'react';
import type { DraftDocument } from './draft-document';
import { DraftChecker } from './draft-checker';
import { CHECKING, type DraftCheck, checkInSlices, uncheckedEvents } from './field-problems';

/**
 * Up to this many events to check, a whole check runs at once (a few hundred take a few
 * tens of milliseconds); more (a large store just opened, a source's text changed that many
 * events quote) are checked in slices first, and the draft says it is being checked
 * meanwhile. A keystroke in a field never waits for either: it is checked from the
 * document before it, at the cost of what it changed (draft-checker.ts).
 */
const AT_ONCE = 200;

/** One for the page: it follows the open draft from one change to the next. */
export const draftChecker = new DraftChecker();

/** The draft's problems, up to date with the document the person sees. */
export function useDraftCheck(document: DraftDocument | null): DraftCheck {
  const [sliced, setSliced] = useState<DraftDocument | null>(null);
  const atOnce = useMemo(
    () =>
      document === null || draftChecker.follows(document) || uncheckedEvents(document) <= AT_ONCE,
    [document],
  );
  useEffect(() => {
    if (atOnce || document === null) return;
    return checkInSlices(document, () => setSliced(document));
  }, [document, atOnce]);
  return useMemo(() => {
    if (document === null) return CHECKING;
    return atOnce || sliced === document ? draftChecker.check(document) : CHECKING;
  }, [document, atOnce, sliced]);
}
