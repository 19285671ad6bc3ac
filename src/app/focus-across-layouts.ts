import { useEffect, useLayoutEffect, useRef } from 'react';

/*
 * When the window crosses a breakpoint, the search, the filters, the list and the header's
 * actions move to another place in the page (the drawer, the column under the timeline,
 * `More`): React makes them again there, and the focus fell to the page's body, the
 * keyboard's place lost. This puts it on the same control in its new place or, where that
 * is shut in a closed drawer or menu, on the button that opens it.
 */

/** What a person knows a control by: its kind and its words (a checkbox's, its label's). */
interface ControlKey {
  tag: string;
  type: string;
  words: string;
}

function keyOf(element: Element): ControlKey {
  const labels = (element as HTMLInputElement).labels;
  const words =
    element.getAttribute('aria-label') ??
    (labels && labels.length > 0 ? labels[0]!.textContent : element.textContent) ??
    '';
  return {
    tag: element.tagName,
    type: element.getAttribute('type') ?? '',
    words: words.replace(/\s+/g, ' ').trim(),
  };
}

const sameKey = (a: ControlKey, b: ControlKey) =>
  a.tag === b.tag && a.type === b.type && a.words === b.words;

const seen = (element: Element) =>
  element.checkVisibility({ visibilityProperty: true, opacityProperty: false });

/** The button that opens the closed drawer or menu `element` is in, if any. */
function opener(element: Element): HTMLElement | null {
  for (let at = element.parentElement; at; at = at.parentElement) {
    if (!at.id) continue;
    const button = document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(at.id)}"]`);
    if (button && seen(button)) return button;
  }
  return null;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, [tabindex]:not([tabindex="-1"])';

/** What is known of the control last focused: its key, and where it was in the page. */
interface Focused {
  element: Element;
  key: ControlKey;
  /** Its ancestors, nearest first: taken off the page, it no longer knows them. */
  within: Element[];
  /** The drawer or menu it opens, if it is such a button and that is on the page. */
  controls: string | null;
}

function focusedNow(element: Element): Focused {
  const within: Element[] = [];
  for (let at = element.parentElement; at && at !== document.body; at = at.parentElement)
    within.push(at);
  // Only a drawer or menu that is on the page (a closed Export menu is not, and comes back).
  const controls = element.getAttribute('aria-controls');
  return {
    element,
    key: keyOf(element),
    within,
    controls: controls !== null && document.getElementById(controls) ? controls : null,
  };
}

/**
 * The same control in its new place, or the button that opens where it is now; null while
 * the new layout does not have it (yet: the drawer loads when first needed).
 */
function sameControlOf(left: Focused): HTMLElement | null {
  const matches = [...document.querySelectorAll<HTMLElement>(left.key.tag)].filter((element) =>
    sameKey(keyOf(element), left.key),
  );
  return matches.length > 0 ? (matches.find(seen) ?? opener(matches[0]!)) : null;
}

/**
 * For a control the new layout does not have (the drawer's button, on a wide screen): the
 * first control of the nearest part of the page that stayed.
 */
function nearestStayedControl(left: Focused): HTMLElement | null {
  const stayed = left.within.find((element) => element.isConnected);
  return stayed ? ([...stayed.querySelectorAll<HTMLElement>(FOCUSABLE)].find(seen) ?? null) : null;
}

/**
 * How long to wait for a part that is fetched when the layout first needs it (the drawer,
 * `More`: some 300 ms here, seconds on a slow line), before giving up on the same control.
 */
const WAIT_FOR_PART_MS = 5000;

/**
 * Keeps the keyboard's place when `layout` changes (it draws nothing). The control focused
 * last is followed by `focusin`; after the change, if the focus is on the body because that
 * control was taken off the page, its new place takes it.
 */
export function FocusKeptAcrossLayouts({ layout }: { layout: string }): null {
  const last = useRef<Focused | null>(null);
  useEffect(() => {
    const follow = (target: EventTarget | null) => {
      if (target instanceof Element && target !== document.body) last.current = focusedNow(target);
    };
    // Loaded after the first paint: a control may have the focus already.
    follow(document.activeElement);
    const onFocus = (event: FocusEvent) => follow(event.target);
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);
  const previous = useRef(layout);
  useLayoutEffect(() => {
    if (previous.current === layout) return;
    previous.current = layout;
    const left = last.current;
    if (!left || left.element.isConnected) return;
    const giveUpAt = performance.now() + WAIT_FOR_PART_MS;
    let frame = 0;
    const settle = () => {
      const focused = document.activeElement;
      if (focused && focused !== document.body) return;
      const target = sameControlOf(left);
      if (target) target.focus();
      // The button of a drawer the layout no longer has will not come back: no wait for it.
      else if (
        performance.now() < giveUpAt &&
        !(left.controls !== null && document.getElementById(left.controls) === null)
      )
        frame = requestAnimationFrame(settle);
      else nearestStayedControl(left)?.focus();
    };
    settle();
    return () => cancelAnimationFrame(frame);
  }, [layout]);
  return null;
}
