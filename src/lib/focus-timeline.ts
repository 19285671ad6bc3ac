/**
 * Moves the focus to the timeline, past the header, the filters and the list: the skip link's
 * target, and where the focus goes when what held it leaves the page. The section takes the
 * focus only while it has it.
 */
export function focusTimeline(): boolean {
  // On a phone with the map shown, the map stands in for the timeline (app.tsx).
  const timeline = document.getElementById('timeline') ?? document.getElementById('map');
  if (!timeline) return false;
  timeline.tabIndex = -1;
  timeline.addEventListener('blur', () => timeline.removeAttribute('tabindex'), { once: true });
  timeline.focus();
  return true;
}
