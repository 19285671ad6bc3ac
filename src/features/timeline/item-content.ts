import type { Locale } from '../../lib/date-format';
import { formatNumber } from '../../lib/number-format';
import { actorColorVars } from '../../lib/actor-colors';
import { isolateBidi } from '../../lib/bidi-isolate';
import { appendStatus, statusGlyph } from './item-status';
import { firstWords } from './label-fit';
import type { AggregateItemSpec, TimelineGroupSpec, TimelineItemSpec } from './timeline-items';

/** The actor's colour, adjusted for the colour scheme (see lib/actor-colors.ts). */
function setActorColor(element: HTMLElement, color: string) {
  for (const [name, value] of Object.entries(actorColorVars(color)))
    element.style.setProperty(name, value);
}

/**
 * DOM for the widget's items and lanes. Store text goes in through textContent only:
 * vis-timeline would otherwise put strings through innerHTML behind a filter that can be
 * switched off, and our rule is that store text is only ever text.
 */
export function itemContent(item: TimelineItemSpec): HTMLElement {
  const root = document.createElement('span');
  root.className = 'tl-item';
  setActorColor(root, item.color);
  // The status is in the name at every zoom: a disputed event is never read as confirmed.
  // The title isolated: a tooltip is plain text, where its direction controls would run on.
  root.title = `${isolateBidi(item.title)}${item.statusSuffix ?? ''} — ${item.dateLabel}`;
  if (item.mark) {
    // No room for two words: a mark, named for assistive technology by its title.
    root.classList.add('tl-item--mark');
    root.setAttribute('role', 'img');
    root.setAttribute('aria-label', root.title);
    // Its status seen, not only named: a confirmed or reported event has no outline to tell
    // it. The style sheet hides the glyph in a mark too narrow to hold it whole.
    if (item.status) root.append(statusGlyph(item.status));
    return root;
  }
  const title = document.createElement('span');
  title.className = 'tl-item__title';
  // Store text in any script: an Arabic title reads right to left, its brackets in place.
  title.dir = 'auto';
  title.textContent = item.title;
  // Never cut below the first two words (label-fit.ts assumes the same).
  title.style.minWidth = `${Math.min(firstWords(item.title).length, item.title.length)}ch`;
  root.append(title);
  appendStatus(root, item.status, item.statusSuffix ?? '');
  return root;
}

/**
 * Makes `root`, an item's content on the page, what `itemContent(item)` would build: a label
 * that became a mark as the window zoomed or panned, or a mark a label. The element stays, so
 * vis-timeline keeps its item and only measures it again, instead of taking the old one off
 * the page and drawing a new one.
 */
export function refreshItemContent(root: HTMLElement, item: TimelineItemSpec): void {
  const fresh = itemContent(item);
  for (const name of root.getAttributeNames())
    if (!fresh.hasAttribute(name)) root.removeAttribute(name);
  for (const name of fresh.getAttributeNames()) {
    const value = fresh.getAttribute(name)!;
    if (root.getAttribute(name) !== value) root.setAttribute(name, value);
  }
  root.replaceChildren(...fresh.childNodes);
}

export function groupContent(group: TimelineGroupSpec, locale: Locale): HTMLElement {
  const root = document.createElement('span');
  root.className = 'tl-lane';
  setActorColor(root, group.color);
  const swatch = document.createElement('span');
  swatch.className = 'tl-lane__swatch';
  swatch.setAttribute('aria-hidden', 'true');
  const name = document.createElement('span');
  name.className = 'tl-lane__name';
  name.dir = 'auto';
  name.textContent = group.name;
  root.title = group.name;
  const count = document.createElement('span');
  count.className = 'tl-lane__count';
  root.append(swatch, name, count);
  setLaneCount(root, group.count, locale);
  setLaneToggle(root, group);
  return root;
}

/**
 * The crowded lane's button in its label (`group.toggle`), added, changed or taken away in
 * place: whether a lane is crowded changes with every zoom and pan, and replacing the lane
 * in vis-timeline instead would draw each of its items again, one layout each, and take the
 * focus from the button just pressed.
 */
export function setLaneToggle(label: HTMLElement, group: TimelineGroupSpec) {
  const existing = label.querySelector<HTMLButtonElement>('.tl-lane__toggle');
  if (!group.toggle) {
    existing?.remove();
    return;
  }
  const toggle = existing ?? label.appendChild(laneToggleButton());
  const { action, label: name } = group.toggle;
  // Only what differs is written: the label is on the page, and each write restyles it.
  const set = (attribute: string, value: string) => {
    if (toggle.getAttribute(attribute) !== value) toggle.setAttribute(attribute, value);
  };
  // Found by the widget's click handler through data-lane (timeline-widget.tsx).
  set('data-lane', group.id);
  set('aria-expanded', String(action === 'collapse'));
  set('aria-label', name);
  set('title', name);
  const sign = action === 'expand' ? '+' : '−';
  if (toggle.textContent !== sign) toggle.textContent = sign;
}

function laneToggleButton(): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'tl-lane__toggle';
  return button;
}

/** The lane label's count, as the Actors filter writes it, changed in place with the filters. */
export function setLaneCount(label: HTMLElement, count: number, locale: Locale) {
  const element = label.querySelector('.tl-lane__count');
  const text = formatNumber(count, locale);
  if (element && element.textContent !== text) element.textContent = text;
}

/**
 * A lane's counts, painted by the widget (aggregate-strip.ts). To assistive technology it
 * is a slider over its bins named by how many events it counts: the keyboard chooses a bin
 * (aggregate-keys.ts), whose count and period are its value, as each bin's tooltip says.
 */
export function aggregateContent(
  item: AggregateItemSpec,
  name: (count: number, contested: number) => string,
) {
  const canvas = document.createElement('canvas');
  canvas.className = 'tl-aggregate';
  // Its range, from the first bin to the last, is said unfocused too: with a value alone a
  // screen reader takes it as a share of 0 to 100 ("1%"). The current bin and its period are
  // written when it has the focus.
  canvas.tabIndex = 0;
  canvas.setAttribute('role', 'slider');
  canvas.setAttribute('aria-valuemin', '1');
  canvas.setAttribute('aria-valuenow', '1');
  updateAggregateContent(canvas, item, name);
  return canvas;
}

export function updateAggregateContent(
  canvas: HTMLElement,
  item: AggregateItemSpec,
  name: (count: number, contested: number) => string,
) {
  const label = name(item.count, item.contested ?? 0);
  if (canvas.getAttribute('aria-label') !== label) canvas.setAttribute('aria-label', label);
  const bins = String(Math.max(1, item.bins.length));
  if (canvas.getAttribute('aria-valuemax') !== bins) canvas.setAttribute('aria-valuemax', bins);
}
