/**
 * Splits a store's bytes, as they arrive, into the part before its `events` array and
 * runs of whole events, so that events can be parsed and checked while the rest is still
 * downloading instead of after one JSON.parse of the whole document.
 *
 * Only the usual layout is streamed: a top-level object whose members end with
 * `"events": [ … ]`. Anything else (events first, members after them, odd syntax) makes
 * the splitter give up (`failed`), and the caller parses the whole document as before.
 * That keeps the result exactly JSON.parse's: the header (the bytes up to and including
 * the array's `[`, closed with `]}`) and each run (wrapped in `[` `]`) are parsed by
 * JSON.parse from the original bytes, so a syntax error anywhere fails one of them.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

const isWhiteSpace = (byte: number) =>
  byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

const BOM = [0xef, 0xbb, 0xbf];
const EVENTS_KEY = [...'events'].map((char) => char.charCodeAt(0));
/** Keys longer than this are not "events": their bytes need not be kept. */
const KEY_LIMIT = 16;

type Mode = 'header' | 'events' | 'after-events' | 'closed' | 'failed';

export interface SplitOutput {
  /** The bytes of the document up to and including the `[` of the events array, once. */
  readonly header: Uint8Array | null;
  /** Runs of whole events, verbatim and comma-separated (wrap them in `[` `]` to parse). */
  readonly runs: readonly Uint8Array[];
}

export class EventsArraySplitter {
  private mode: Mode = 'header';
  private offset = 0;
  private depth = 0;
  private inString = false;
  /** A backslash ended the last chunk inside a string: the next byte is escaped. */
  private escapeNext = false;
  /** Bytes of the string being read at depth 1, while it could still be a key of interest. */
  private keyBytes: number[] | null = null;
  private lastKey: number[] | null = null;
  /** After `"events":`, waiting for the value to begin. */
  private awaitingEventsValue = false;
  private sawElement = false;
  /** Bytes of a byte-order mark read at the very start (decoding drops it, as JSON.parse's callers do). */
  private bomRead = 0;
  /** Bytes not yet handed out: the header while in 'header' mode, then the current run. */
  private pending: Uint8Array[] = [];
  private pendingStart = 0;
  /** Where the next backslash is in `scanned` (-1: none left), so strings scan in linear time. */
  private scanned: Uint8Array | null = null;
  private nextBackslash = -1;

  get failed(): boolean {
    return this.mode === 'failed';
  }

  /**
   * A splitter that starts right after an element boundary inside the events array (after
   * its `[`, or after a comma when `afterComma`), at `offset` bytes into the document.
   */
  static insideEvents(offset: number, afterComma: boolean): EventsArraySplitter {
    const splitter = new EventsArraySplitter();
    splitter.mode = 'events';
    splitter.depth = 2;
    splitter.sawElement = afterComma;
    splitter.offset = offset;
    splitter.pendingStart = offset;
    splitter.bomRead = BOM.length;
    return splitter;
  }

  /** Inside the events array (the header is out, the array has not ended). */
  get inEvents(): boolean {
    return this.mode === 'events';
  }

  /** Bytes received and not yet handed out, and where they start in the document. */
  detach(): { readonly pending: readonly Uint8Array[]; readonly offset: number } {
    return { pending: this.pending, offset: this.pendingStart };
  }

  /** Feeds the next bytes of the document. */
  push(chunk: Uint8Array): SplitOutput {
    if (this.mode === 'failed') return { header: null, runs: [] };
    const chunkStart = this.offset;
    this.pending.push(chunk);
    let header: Uint8Array | null = null;
    let runEnd = -1;
    const runs: Uint8Array[] = [];
    let i = 0;
    const length = chunk.length;
    while (i < length) {
      if (this.mode === 'events' && this.depth > 1) {
        const scanned = this.scanEvents(chunk, i);
        if (scanned.lastComma >= 0) runEnd = chunkStart + scanned.lastComma;
        i = scanned.stop;
        if (i === length) break;
        // The array's closing bracket (or a mismatched brace), handled below: inside the
        // array, scanEvents reads every other byte.
      }
      if (this.inString) {
        i = this.skipString(chunk, i);
        continue;
      }
      const byte = chunk[i]!;
      const at = chunkStart + i;
      i++;
      if (isWhiteSpace(byte)) continue;
      if (at < BOM.length && byte === BOM[at] && this.bomRead === at) {
        this.bomRead++;
        continue;
      }
      if (this.mode === 'after-events' || this.mode === 'closed') {
        if (byte === CLOSE_BRACE && this.mode === 'after-events') this.mode = 'closed';
        else return this.fail();
        continue;
      }
      if (this.awaitingEventsValue) {
        this.awaitingEventsValue = false;
        if (byte !== OPEN_BRACKET) return this.fail();
        this.depth = 2;
        this.mode = 'events';
        header = this.take(at + 1);
        continue;
      }
      switch (byte) {
        case QUOTE:
          this.inString = true;
          this.keyBytes = this.depth === 1 && this.mode === 'header' ? [] : null;
          break;
        case OPEN_BRACE:
        case OPEN_BRACKET:
          if (this.depth === 0 && byte !== OPEN_BRACE) return this.fail();
          this.depth++;
          break;
        case CLOSE_BRACE:
        case CLOSE_BRACKET:
          this.depth--;
          if (this.depth < 1) return this.fail();
          if (this.mode === 'events' && this.depth === 1) {
            if (byte !== CLOSE_BRACKET) return this.fail();
            const run = this.take(at);
            if (!isBlank(run)) runs.push(run);
            else if (this.sawElement) return this.fail();
            this.pending = [];
            this.mode = 'after-events';
          }
          break;
        case COLON:
          if (this.depth === 1 && this.mode === 'header' && isEventsKey(this.lastKey)) {
            this.awaitingEventsValue = true;
          }
          this.lastKey = null;
          break;
        default:
          if (this.depth === 0) return this.fail();
      }
    }
    this.offset += length;
    if (this.mode === 'events' && runEnd >= this.pendingStart) {
      const run = this.take(runEnd);
      if (isBlank(run)) return this.fail();
      runs.push(run);
      // The comma itself belongs to neither run.
      this.drop(1);
    }
    if (this.mode === 'after-events' || this.mode === 'closed') this.pending = [];
    return { header, runs };
  }

  /**
   * The document has ended. True when it had the streamed layout and every byte was
   * handed out; false when the caller must parse the whole document instead.
   */
  end(): boolean {
    return this.mode === 'closed' && !this.inString;
  }

  /**
   * Inside the events array, where nearly all the bytes are: only strings, nesting and the
   * array's own commas matter. Stops at the end of the chunk or at a bracket that would
   * close the array. A tight loop over locals: this runs over every byte of a 100 MB store.
   */
  private scanEvents(chunk: Uint8Array, from: number): { stop: number; lastComma: number } {
    let depth = this.depth;
    let inString = this.inString;
    let escape = this.escapeNext;
    let lastComma = -1;
    const length = chunk.length;
    let i = from;
    for (; i < length; i++) {
      const byte = chunk[i]!;
      if (inString) {
        if (escape) escape = false;
        else if (byte === BACKSLASH) escape = true;
        else if (byte === QUOTE) inString = false;
      } else if (byte === QUOTE) {
        inString = true;
      } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
        depth++;
      } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
        if (depth === 2) break;
        depth--;
      } else if (byte === COMMA && depth === 2) {
        lastComma = i;
      }
    }
    this.depth = depth;
    this.inString = inString;
    this.escapeNext = escape;
    if (lastComma >= 0) this.sawElement = true;
    return { stop: i, lastComma };
  }

  /** Reads string bytes from `i`; returns where to continue. */
  private skipString(chunk: Uint8Array, i: number): number {
    const length = chunk.length;
    if (this.escapeNext) {
      this.escapeNext = false;
      this.keepKeyByte(chunk[i]!);
      return i + 1;
    }
    const quote = chunk.indexOf(QUOTE, i);
    if (this.scanned !== chunk || (this.nextBackslash !== -1 && this.nextBackslash < i)) {
      this.scanned = chunk;
      this.nextBackslash = chunk.indexOf(BACKSLASH, i);
    }
    const backslash = this.nextBackslash;
    if (backslash !== -1 && (quote === -1 || backslash < quote)) {
      this.keepKeyBytes(chunk, i, backslash + 1);
      if (backslash + 1 < length) {
        this.keepKeyByte(chunk[backslash + 1]!);
        return backslash + 2;
      }
      this.escapeNext = true;
      return length;
    }
    if (quote === -1) {
      this.keepKeyBytes(chunk, i, length);
      return length;
    }
    this.keepKeyBytes(chunk, i, quote);
    this.inString = false;
    this.lastKey = this.keyBytes;
    this.keyBytes = null;
    return quote + 1;
  }

  private keepKeyByte(byte: number) {
    if (this.keyBytes === null) return;
    if (this.keyBytes.length >= KEY_LIMIT) this.keyBytes = null;
    else this.keyBytes.push(byte);
  }

  private keepKeyBytes(chunk: Uint8Array, from: number, to: number) {
    if (this.keyBytes === null) return;
    if (this.keyBytes.length + (to - from) > KEY_LIMIT) this.keyBytes = null;
    else for (let k = from; k < to; k++) this.keyBytes.push(chunk[k]!);
  }

  /** Removes and returns the pending bytes before absolute offset `end`. */
  private take(end: number): Uint8Array {
    const size = end - this.pendingStart;
    const out = new Uint8Array(size);
    let written = 0;
    let start = this.pendingStart;
    while (written < size) {
      const part = this.pending[0]!;
      const n = Math.min(part.length, size - written);
      out.set(n === part.length ? part : part.subarray(0, n), written);
      written += n;
      start += n;
      if (n === part.length) this.pending.shift();
      else this.pending[0] = part.subarray(n);
    }
    this.pendingStart = start;
    return out;
  }

  private drop(count: number) {
    let left = count;
    while (left > 0 && this.pending.length > 0) {
      const part = this.pending[0]!;
      if (part.length <= left) {
        left -= part.length;
        this.pending.shift();
      } else {
        this.pending[0] = part.subarray(left);
        left = 0;
      }
    }
    this.pendingStart += count - left;
  }

  private fail(): SplitOutput {
    this.mode = 'failed';
    this.pending = [];
    return { header: null, runs: [] };
  }
}

function isEventsKey(key: readonly number[] | null): boolean {
  return (
    key !== null && key.length === EVENTS_KEY.length && key.every((b, k) => b === EVENTS_KEY[k])
  );
}

function isBlank(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (!isWhiteSpace(byte)) return false;
  return true;
}

// Runs and the header split at ASCII bytes, so decoding them apart gives the same text as
// decoding the whole document. Only the document's start may carry a byte-order mark.
const decoder = new TextDecoder('utf-8');
const runDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** The document without its events: the header closed as `"events": []}`. Throws SyntaxError. */
export function parseHeader(header: Uint8Array): unknown {
  return JSON.parse(`${decoder.decode(header)}]}`);
}

/** The events of one run. Throws SyntaxError. */
export function parseRun(run: Uint8Array): unknown[] {
  return JSON.parse(`[${runDecoder.decode(run)}]`) as unknown[];
}

/**
 * Parses a store's events as its bytes arrive. The header is found byte by byte (it is
 * small); inside the events array, which is nearly all of a large store, each chunk is cut
 * after its last `},{` and the run before the cut given to JSON.parse, with no byte loop
 * in JavaScript. A successful parse proves the cut fell between two events: a cut inside
 * a string or a nested value leaves a run that cannot parse. When a run fails, and for
 * the array's end, the exact splitter takes over, so every document reads exactly as
 * JSON.parse would read it, or the parser gives up (null from `end`).
 */
export class StoreStreamParser {
  /** Reads every byte while set: for the header, after a failed cut, and for the end. */
  private exact: EventsArraySplitter | null = new EventsArraySplitter();
  private headerSeen = false;
  private failed = false;
  /** Fast mode: bytes after the last cut, which is `offset` bytes into the document. */
  private pending: Uint8Array[] = [];
  private offset = 0;
  private afterComma = false;

  /** Feeds the next bytes: the header once it is known, and the events completed. */
  push(chunk: Uint8Array): { header?: unknown; events: unknown[] } {
    if (this.failed) return { events: [] };
    try {
      if (this.exact) return this.pushExact(chunk);
      this.pending.push(chunk);
      return { events: this.cut(chunk) };
    } catch {
      this.fail();
      return { events: [] };
    }
  }

  /** After the last byte: the last events, or null when the document must be parsed whole. */
  end(): unknown[] | null {
    if (this.failed || !this.headerSeen) return null;
    try {
      const events = this.exact ? [] : this.toExact();
      return this.exact!.end() ? events : null;
    } catch {
      return null;
    }
  }

  private pushExact(chunk: Uint8Array): { header?: unknown; events: unknown[] } {
    const exact = this.exact!;
    const out = exact.push(chunk);
    if (exact.failed) throw new SyntaxError('not the streamed layout');
    const events = out.runs.flatMap(parseRun);
    if (!out.header) return { events };
    const header = parseHeader(out.header);
    this.headerSeen = true;
    if (exact.inEvents) {
      // The header is out, the array goes on: from here, chunks are cut without a scan.
      const { pending, offset } = exact.detach();
      this.pending = [...pending];
      this.offset = offset;
      this.afterComma = out.runs.length > 0;
      this.exact = null;
    }
    return { header, events };
  }

  private cut(chunk: Uint8Array): unknown[] {
    const at = lastEventBoundary(chunk);
    if (at === -1) return [];
    let size = -(chunk.length - at);
    for (const part of this.pending) size += part.length;
    let events: unknown[];
    try {
      events = parseRun(concat(this.pending, size));
    } catch {
      return this.toExact();
    }
    this.pending = [chunk.subarray(at + 1)];
    this.offset += size + 1;
    this.afterComma = true;
    return events;
  }

  /** Hands the pending bytes to an exact splitter; returns the events it completes. */
  private toExact(): unknown[] {
    this.exact = EventsArraySplitter.insideEvents(this.offset, this.afterComma);
    const pending = this.pending;
    this.pending = [];
    return pending.flatMap((part) => this.pushExact(part).events);
  }

  private fail() {
    this.failed = true;
    this.exact = null;
    this.pending = [];
  }
}

/** The last comma in `chunk` between a `}` and a `{` (white space aside), or -1. */
function lastEventBoundary(chunk: Uint8Array): number {
  const length = chunk.length;
  let comma = chunk.lastIndexOf(COMMA);
  // Within the last few events there is always one, if the events are objects at all.
  for (let tries = 0; comma > 0 && tries < 256; tries++) {
    let next = comma + 1;
    while (next < length && isWhiteSpace(chunk[next]!)) next++;
    let previous = comma - 1;
    while (previous > 0 && isWhiteSpace(chunk[previous]!)) previous--;
    if (next < length && chunk[next] === OPEN_BRACE && chunk[previous] === CLOSE_BRACE) {
      return comma;
    }
    comma = chunk.lastIndexOf(COMMA, comma - 1);
  }
  return -1;
}

/** The first `size` bytes of `parts`, as one array. */
function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  if (parts.length > 0 && parts[0]!.length >= size) return parts[0]!.subarray(0, size);
  const out = new Uint8Array(size);
  let written = 0;
  for (const part of parts) {
    if (written === size) break;
    const n = Math.min(part.length, size - written);
    out.set(part.subarray(0, n), written);
    written += n;
  }
  return out;
}
