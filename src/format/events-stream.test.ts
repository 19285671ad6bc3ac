import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventsArraySplitter, StoreStreamParser, parseHeader, parseRun } from './events-stream';

const encoder = new TextEncoder();

/** Feeds `bytes` in chunks of the given sizes (cycled); null when the parser gave up. */
function streamParse(bytes: Uint8Array, sizes: readonly number[] = [bytes.length || 1]) {
  const parser = new StoreStreamParser();
  let header: unknown = undefined;
  const events: unknown[] = [];
  let batches = 0;
  for (let at = 0, k = 0; at < bytes.length; k++) {
    const size = Math.max(1, sizes[k % sizes.length]!);
    const out = parser.push(bytes.subarray(at, at + size));
    at += size;
    if ('header' in out) header = out.header;
    if (out.events.length > 0) batches++;
    events.push(...out.events);
  }
  const last = parser.end();
  if (last === null || header === undefined) return null;
  events.push(...last);
  return { value: { ...(header as object), events }, batches };
}

const bytesOf = (text: string) => encoder.encode(text);

describe('StoreStreamParser', () => {
  const doc = {
    format: 'sourceline/1',
    title: 'A "quoted" title, with [brackets] and {braces} and \\ backslashes',
    actors: [{ id: 'a', name: 'Ünïcödé ☃ 🎉' }],
    events: [
      { id: 'e1', title: 'one, two', actors: ['a'], tags: ['x]', '{y'] },
      { id: 'e2', title: 'tab\tand "escapes" \\"', nested: { events: [1, 2] } },
      3,
      'a string element',
      null,
    ],
  };

  it('streams the usual layout, in one chunk or byte by byte, to what JSON.parse gives', () => {
    for (const text of [JSON.stringify(doc), JSON.stringify(doc, null, 2)]) {
      const whole = streamParse(bytesOf(text));
      expect(whole?.value).toEqual(JSON.parse(text));
      expect(streamParse(bytesOf(text), [1])?.value).toEqual(JSON.parse(text));
    }
  });

  it('hands out events while the rest of the document has not arrived', () => {
    const text = JSON.stringify(doc);
    const splitter = new EventsArraySplitter();
    const cut = text.indexOf('"e2"');
    const first = splitter.push(bytesOf(text.slice(0, cut)));
    expect(parseHeader(first.header!)).toEqual({ ...doc, events: [] });
    expect(first.runs.flatMap(parseRun)).toEqual([doc.events[0]]);
  });

  const events = Array.from({ length: 300 }, (_, k) => ({
    id: `e${k}`,
    title: k % 7 === 0 ? 'a title with "},{" in it, twice: },{' : `event ${k}`,
    actors: ['a', 'b'],
    place: { name: 'x', lat: 1, lon: 2 },
  }));

  it('cuts each chunk between two events, and reads exactly where a cut would be wrong', () => {
    const text = JSON.stringify({ format: 'sourceline/1', events });
    for (const size of [97, 1000, 4096]) {
      const streamed = streamParse(bytesOf(text), [size]);
      expect(streamed?.value).toEqual(JSON.parse(text));
      // Events came out chunk by chunk, not all at the end.
      expect(streamed!.batches).toBeGreaterThan(text.length / size / 2);
    }
  });

  it('gives up on a syntax error far into the events', () => {
    const text = JSON.stringify({ format: 'sourceline/1', events }).replace('"e250"', '"e250');
    expect(streamParse(bytesOf(text), [1000])).toBeNull();
  });

  it('accepts an empty events array, white space and a byte-order mark', () => {
    expect(streamParse(bytesOf('\uFEFF { "format" : 1 , "events" : [ ] } \n'))?.value).toEqual({
      format: 1,
      events: [],
    });
  });

  it.each([
    ['events before other members', '{"events":[1],"title":"t"}'],
    ['no events member', '{"title":"t"}'],
    ['events that are not an array', '{"events":{"a":1}}'],
    ['a second events member', '{"events":[1],"events":[2]}'],
    ['a trailing comma', '{"events":[1,]}'],
    ['a leading comma', '{"events":[,1]}'],
    ['a missing comma', '{"events":[{"a":1}{"b":2}]}'],
    ['text after the document', '{"events":[1]} x'],
    ['a top-level array', '[{"events":[1]}]'],
    ['an escaped key', '{"ev\\u0065nts":[1]}'],
    ['an unterminated array', '{"events":[1,2'],
    ['a mismatched bracket', '{"events":[1}'],
    ['a byte-order mark inside', '{"events":[\uFEFF1]}'],
  ])('gives up, or fails to parse, on %s', (_, text) => {
    expect(streamParse(bytesOf(text))).toBeNull();
    expect(streamParse(bytesOf(text), [1])).toBeNull();
  });

  it('never splits inside a string, however the chunks fall (escapes at chunk ends)', () => {
    const text = JSON.stringify({ events: ['\\', '\\"', '"\\\\"', 'a,b]}', '\\\\\\'] });
    for (let size = 1; size <= 7; size++) {
      expect(streamParse(bytesOf(text), [size])?.value).toEqual(JSON.parse(text));
    }
  });

  const header = fc.dictionary(
    fc.string({ maxLength: 8 }).filter((key) => key !== 'events' && key !== '__proto__'),
    fc.jsonValue({ maxDepth: 2 }),
    { maxKeys: 4 },
  );
  const chunkSizes = fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 6 });

  it('equals JSON.parse on any document of the streamed layout, in any chunks', () => {
    fc.assert(
      fc.property(
        header,
        fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 12 }),
        fc.constantFrom(0, 1, 2),
        chunkSizes,
        (head, events, indent, sizes) => {
          const text = JSON.stringify({ ...head, events }, null, indent);
          const streamed = streamParse(bytesOf(text), sizes);
          expect(streamed?.value).toEqual(JSON.parse(text));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never accepts what JSON.parse refuses, nor reads it differently', () => {
    // Damaged documents: a byte removed, replaced or inserted somewhere.
    const damaged = fc
      .tuple(
        header,
        fc.array(fc.jsonValue({ maxDepth: 3 }), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.constantFrom('', ',', ']', '}', '[', '{', '"', '\\', ':', ' ', '1'),
        fc.boolean(),
      )
      .map(([head, events, at, insert, replace]) => {
        const text = JSON.stringify({ ...head, events });
        const position = at % text.length;
        return text.slice(0, position) + insert + text.slice(position + (replace ? 1 : 0));
      });
    fc.assert(
      fc.property(damaged, chunkSizes, (text, sizes) => {
        let expected: unknown;
        try {
          expected = JSON.parse(text);
        } catch {
          expected = null;
        }
        const streamed = streamParse(bytesOf(text), sizes);
        if (streamed !== null) expect(streamed.value).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
