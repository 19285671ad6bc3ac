import { StoreStreamParser } from '../../../format/events-stream';
import {
  type ItemSchemas,
  type LazyEventsValidation,
  type StoreEvent,
  type StoreHeader,
  type ValidationTotals,
  startLazyValidation,
} from '../../../format/store-checker';

/** Where events go as they are checked, while the rest of the store still downloads. */
export interface EventSink {
  /** Everything but the events, once, before the first events. */
  header(header: StoreHeader): void;
  /** The next valid events, in the order of the document. */
  events(events: StoreEvent[]): void;
  /** What was handed out is void: the document is checked again as a whole. */
  restart(): void;
  /** A packed store: the row of each event of the next `events` batch, before it. */
  rows?(rows: readonly number[]): void;
}

/**
 * Parses and validates a store's events while its bytes arrive, run by run, handing the
 * valid ones to a sink. When the document does not have the usual layout, or anything in
 * it fails to parse or is refused, streaming stops (the sink is told to restart) and the
 * caller validates the whole text as before, so every verdict and message is the same.
 * The zod schemas load only if an item fails the fast checks (store-checker.ts).
 */
export class StreamingValidation {
  private readonly parser = new StoreStreamParser();
  private validation: LazyEventsValidation | null = null;
  private active = true;
  private kept = 0;

  constructor(
    private readonly loadSchemas: () => Promise<ItemSchemas>,
    private readonly sink: EventSink,
  ) {}

  async push(chunk: Uint8Array): Promise<void> {
    if (!this.active) return;
    const out = this.parser.push(chunk);
    if ('header' in out) {
      const started = await startLazyValidation(out.header, this.loadSchemas);
      if (!started.ok) return this.abandon();
      this.validation = started;
      this.sink.header(started.header);
    }
    await this.check(out.events);
  }

  /** After the last byte: the totals, or null when the document must be validated whole. */
  async finish(): Promise<{ readonly totals: ValidationTotals; readonly kept: number } | null> {
    const last = this.active ? this.parser.end() : null;
    if (last === null || this.validation === null) {
      this.abandon();
      return null;
    }
    await this.check(last);
    return { totals: this.validation.finish(), kept: this.kept };
  }

  private async check(items: readonly unknown[]) {
    if (items.length === 0 || this.validation === null) return;
    const events = await this.validation.addEvents(items);
    this.kept += events.length;
    if (events.length > 0) this.sink.events(events);
  }

  private abandon() {
    if (!this.active) return;
    this.active = false;
    if (this.validation !== null) this.sink.restart();
    this.validation = null;
  }
}
