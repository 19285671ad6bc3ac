import { useEffect, useRef } from 'react';
import type { StoreIndex } from '../lib/store-index';
import { useViewStore, viewActions } from '../lib/view-store';
import { ZOOM_STEP } from '../features/timeline/timeline-toolbar';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  }
  return false;
}

/** The shortcuts of docs/ui-contract.md, active outside text fields and modal dialogs. */
export function useKeyboardShortcuts(
  index: StoreIndex | undefined,
  focusSearch: () => void,
  openHelp: () => void,
  /** Escape closed the details that held the focus: where it goes instead of the page. */
  focusAfterClose: (eventId: string) => void = () => {},
) {
  const latest = useRef({ index, focusSearch, openHelp, focusAfterClose });
  useEffect(() => {
    latest.current = { index, focusSearch, openHelp, focusAfterClose };
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const { index: current } = latest.current;
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTextField(event.target) || document.querySelector('dialog[open]')) return;
      // Radios move their own selection with arrow keys.
      const onRadio = event.target instanceof HTMLInputElement && event.target.type === 'radio';
      let handled = true;
      switch (event.key) {
        case 'ArrowLeft':
          if (onRadio || !current) handled = false;
          else viewActions.step(current, -1);
          break;
        case 'ArrowRight':
          if (onRadio || !current) handled = false;
          else viewActions.step(current, 1);
          break;
        case 'Escape': {
          const closed = useViewStore.getState().selectedEventId;
          const focused = document.activeElement;
          const inDetails = focused === document.body || !!focused?.closest('.event-details');
          viewActions.selectEvent(null);
          if (closed !== null && inDetails) latest.current.focusAfterClose(closed);
          break;
        }
        case '+':
        case '=':
          viewActions.zoom(ZOOM_STEP, current);
          break;
        case '-':
        case '_':
          viewActions.zoom(1 / ZOOM_STEP, current);
          break;
        case '/':
          latest.current.focusSearch();
          break;
        case '?':
          latest.current.openHelp();
          break;
        default:
          handled = false;
      }
      if (handled) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
