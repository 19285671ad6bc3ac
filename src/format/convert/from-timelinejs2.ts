import { type Json, isObject } from './json-values';
/**
 * TimelineJS2 (the "verite" format, still on many sites): `{ timeline: { headline, text,
 * asset, type: "default", date: [...], era: [...] } }`, dates as strings. It is read as
 * the TimelineJS3 object it stands for, so one converter maps both: `date[]` → `events[]`,
 * `era[]` → `eras[]`, `startDate`/`endDate` → `start_date`/`end_date`, `asset` → `media`,
 * `tag` (TimelineJS2's row) → `group`.
 */

export function looksLikeTimelineJs2(data: unknown): boolean {
  return isObject(data) && isObject(data.timeline) && Array.isArray(data.timeline.date);
}

type DateObject = Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;
const FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;

const fields = (values: readonly (string | undefined)[]): Partial<DateObject> => {
  const out: Partial<DateObject> = {};
  // A field counts only after the coarser ones: "2012,,5" is the year 2012.
  for (let i = 0; i < FIELDS.length && (values[i] ?? '').trim() !== ''; i++) {
    out[FIELDS[i]!] = values[i]!.trim();
  }
  return out;
};

/**
 * A TimelineJS2 date string as a TimelineJS3 date object, read the way TimelineJS2 read it:
 * "2011,12,10[,h,m,s]"; a year ("1963", "-500"); "YYYYMMDDhhmm"; "M/D/YYYY [h:m[:s]]" and
 * "M/YYYY" (month first, always, in TimelineJS2); ISO "YYYY-MM-DD[Thh:mm[:ss]]". Anything
 * else is returned as it is, and is then reported as not a date.
 */
export function timelineJs2Date(value: unknown): unknown {
  if (typeof value === 'number') return { year: String(value) };
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (/^-?\d+(\s*,\s*-?\d*)*$/.test(text) && text.includes(',')) {
    return fields(text.split(','));
  }
  if (/^-?\d{1,8}$/.test(text)) return { year: text };
  let m = /^(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?$/.exec(text);
  if (m) return fields(m.slice(1));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{1,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (m) return fields([m[3], m[1], m[2], m[4], m[5], m[6]]);
  m = /^(\d{1,2})\/(\d{3,4})$/.exec(text);
  if (m) return fields([m[2], m[1]]);
  m = /^(-?\d+)-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?)?/.exec(text);
  if (m) return fields(m.slice(1));
  return value;
}

const text = (item: Json) => ({ headline: item.headline, text: item.text });

const media = (asset: unknown) =>
  isObject(asset)
    ? { url: asset.media, caption: asset.caption, credit: asset.credit, thumbnail: asset.thumbnail }
    : undefined;

function slide(item: unknown): unknown {
  if (!isObject(item)) return item;
  return {
    start_date: timelineJs2Date(item.startDate),
    ...(item.endDate === undefined || item.endDate === ''
      ? {}
      : { end_date: timelineJs2Date(item.endDate) }),
    text: text(item),
    ...(item.asset === undefined ? {} : { media: media(item.asset) }),
    ...(item.tag === undefined ? {} : { group: item.tag }),
  };
}

/** The TimelineJS3 object a TimelineJS2 file stands for. */
export function timelineJs2AsTimelineJs3(data: { timeline: Json }): Json {
  const timeline = data.timeline;
  return {
    title: { text: text(timeline), ...(timeline.asset ? { media: media(timeline.asset) } : {}) },
    events: (timeline.date as unknown[]).map(slide),
    ...(Array.isArray(timeline.era) ? { eras: timeline.era.map(slide) } : {}),
  };
}

/** A report path of that reading, as it is in the TimelineJS2 file. */
export const timelineJs2Path = (where: string): string =>
  where
    .replace(/^events\[/, 'timeline.date[')
    .replace(/^eras\[/, 'timeline.era[')
    .replace(/^eras$/, 'timeline.era')
    .replace(/^title\b/, 'timeline')
    .replace(/\.start_date$/, '.startDate')
    .replace(/\.end_date$/, '.endDate')
    .replace(/\.media$/, '.asset')
    .replace(/\.text\.headline$/, '.headline');
