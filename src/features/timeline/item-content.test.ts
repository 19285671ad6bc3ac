// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  aggregateContent,
  groupContent,
  itemContent,
  refreshItemContent,
  setLaneCount,
  setLaneToggle,
  updateAggregateContent,
} from './item-content';
import type { AggregateItemSpec, TimelineGroupSpec, TimelineItemSpec } from './timeline-items';

const lane = (toggle?: TimelineGroupSpec['toggle']): TimelineGroupSpec => ({
  id: 'russia',
  name: 'Russia',
  color: '#c53030',
  count: 12,
  ...(toggle ? { toggle } : {}),
  signature: `Russia|#c53030${toggle ? `|${toggle.label}` : ''}`,
});
const expand = { action: 'expand', label: 'Show each event in Russia' } as const;
const collapse = { action: 'collapse', label: "Count Russia's events" } as const;

describe('setLaneCount', () => {
  it('writes the count as the Actors filter does, in the interface language', () => {
    const label = groupContent({ ...lane(), count: 20_000 }, 'en');
    expect(label.textContent).toBe('Russia20,000');
    setLaneCount(label, 2_223, 'en');
    expect(label.textContent).toBe('Russia2,223');
    setLaneCount(label, 20_000, 'es');
    expect(label.textContent).toBe('Russia20.000');
  });
});

describe('setLaneToggle', () => {
  it('gives a crowded lane its button, named for what it does', () => {
    const label = groupContent(lane(), 'en');
    expect(label.querySelector('button')).toBeNull();
    setLaneToggle(label, lane(expand));
    const button = label.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe('Show each event in Russia');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.dataset.lane).toBe('russia');
    expect(button.textContent).toBe('+');
  });

  it('changes the same button in place when the lane is opened, so it keeps the focus', () => {
    const label = groupContent(lane(expand), 'en');
    document.body.append(label);
    const button = label.querySelector('button')!;
    button.focus();
    setLaneToggle(label, lane(collapse));
    expect(label.querySelectorAll('button')).toHaveLength(1);
    expect(label.querySelector('button')).toBe(button);
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-label')).toBe("Count Russia's events");
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.title).toBe("Count Russia's events");
    expect(button.textContent).toBe('−');
    label.remove();
  });

  it('takes the button away from a lane no longer crowded, leaving its name and count', () => {
    const label = groupContent(lane(expand), 'en');
    setLaneToggle(label, lane());
    expect(label.querySelector('button')).toBeNull();
    expect(label.textContent).toBe('Russia12');
  });
});

const period: TimelineItemSpec = {
  kind: 'event',
  id: 'talks@russia',
  eventId: 'talks',
  group: 'russia',
  start: 0,
  end: 86_400_000,
  type: 'range',
  imprecise: false,
  title: 'Talks in Geneva',
  dateLabel: '1 March 2022',
  color: '#c53030',
  status: 'disputed',
  statusSuffix: ' (disputed)',
  signature: 'talks',
};

describe('refreshItemContent', () => {
  it('turns a label into a mark and back in the same element, as itemContent builds them', () => {
    const root = itemContent(period);
    const asMark = { ...period, mark: true, signature: 'talks|mark' };
    refreshItemContent(root, asMark);
    expect(root.isEqualNode(itemContent(asMark))).toBe(true);
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-label')).toBe('Talks in Geneva (disputed) — 1 March 2022');
    refreshItemContent(root, period);
    expect(root.isEqualNode(itemContent(period))).toBe(true);
    expect(root.hasAttribute('role')).toBe(false);
    expect(root.textContent).toContain('Talks in Geneva');
  });

  it('gives a mark its status’s glyph, hidden from assistive technology, and none when unstated', () => {
    const mark = itemContent({ ...period, mark: true });
    const glyph = mark.querySelector('.status-mark');
    expect(glyph?.className).toBe('status-mark status-mark--disputed');
    expect(glyph?.getAttribute('aria-hidden')).toBe('true');
    expect(mark.textContent).toBe('');
    const unstated = itemContent({ ...period, status: undefined, statusSuffix: '', mark: true });
    expect(unstated.querySelector('.status-mark')).toBeNull();
  });

  it('takes a new title as text, never as markup', () => {
    const root = itemContent(period);
    refreshItemContent(root, { ...period, title: '<img src=x onerror=alert(1)>' });
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('aggregateContent', () => {
  const strip = (bins: number): AggregateItemSpec => ({
    kind: 'aggregate',
    id: 'russia-aggregate',
    group: 'russia',
    start: 0,
    end: bins * 10,
    bins: Array.from({ length: bins }, (_, bin) => ({
      start: bin * 10,
      end: bin * 10 + 10,
      count: 2,
      density: 1,
      label: String(bin),
    })),
    count: bins * 2,
    color: '#c53030',
    signature: String(bins),
  });
  const name = (count: number) => `${count} events in Russia`;

  it('is a slider from its first bin to its last before it is ever focused', () => {
    const canvas = aggregateContent(strip(4), name);
    expect(canvas.getAttribute('role')).toBe('slider');
    expect(canvas.getAttribute('aria-label')).toBe('8 events in Russia');
    expect(canvas.getAttribute('aria-valuemin')).toBe('1');
    expect(canvas.getAttribute('aria-valuemax')).toBe('4');
    expect(canvas.getAttribute('aria-valuenow')).toBe('1');
  });

  it('keeps its range in step with its bins when a zoom counts them again', () => {
    const canvas = aggregateContent(strip(4), name);
    updateAggregateContent(canvas, strip(9), name);
    expect(canvas.getAttribute('aria-valuemax')).toBe('9');
    expect(canvas.getAttribute('aria-label')).toBe('18 events in Russia');
  });
});
