/**
 * Reads a store to pack, checked by the app's own validator: a `sourceline/1` JSON file is
 * streamed (its bytes are parsed run by run, never held as one string, so stores past the
 * engine's string limit pack); any other file goes through the importers (CSV, TimelineJS,
 * SIMILE, timemap), within their size limit.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { StoreStreamParser } from '../../../src/format/events-stream.ts';
import {
  type StoreEvent,
  type StoreHeader,
  type ValidationTotals,
  startValidation,
} from '../../../src/format/validate-store.ts';
import { describeProblem, type Problem } from '../../../src/format/problems.ts';
import {
  MAX_IMPORT_BYTES,
  convertText,
  isSourcelineStart,
} from '../../../src/format/convert/convert.ts';
import type { ConvertOptions } from '../../../src/format/convert/outcome.ts';

export interface CheckedStore {
  readonly header: StoreHeader;
  readonly events: StoreEvent[];
  readonly totals: ValidationTotals;
}

export class PackInputError extends Error {}

const refusal = (problems: readonly Problem[]) =>
  new PackInputError(`refused: ${problems.map(describeProblem).join('; ')}`);

export async function readStoreToPack(
  path: string,
  options: ConvertOptions = {},
): Promise<CheckedStore> {
  const head = await readHead(path);
  if (isSourcelineStart(head)) return streamSourceline(path);
  return importOther(path, options);
}

async function readHead(path: string): Promise<string> {
  const stream = createReadStream(path, { start: 0, end: 4095, encoding: 'utf8' });
  let text = '';
  for await (const chunk of stream) text += chunk as string;
  return text;
}

async function streamSourceline(path: string): Promise<CheckedStore> {
  const parser = new StoreStreamParser();
  let validation: ReturnType<typeof startValidation> | null = null;
  const events: StoreEvent[] = [];
  const check = (items: readonly unknown[]) => {
    if (validation?.ok && items.length > 0) events.push(...validation.addEvents(items));
  };
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const out = parser.push(chunk as Buffer);
    if ('header' in out) {
      validation = startValidation(out.header);
      if (!validation.ok) throw refusal(validation.problems);
    }
    check(out.events);
  }
  const last = parser.end();
  if (last === null || validation === null) {
    throw new PackInputError(
      'refused: not a sourceline/1 document whose last member is "events": [ … ] (check it with npm run validate)',
    );
  }
  check(last);
  const totals = (validation as Exclude<typeof validation, { ok: false }>).finish();
  return { header: totals.header, events, totals };
}

async function importOther(path: string, options: ConvertOptions): Promise<CheckedStore> {
  const { size } = await stat(path);
  if (size > MAX_IMPORT_BYTES) {
    throw new PackInputError(
      `refused: ${size} bytes is more than the importers read (${MAX_IMPORT_BYTES}); convert it to a sourceline/1 store first`,
    );
  }
  const outcome = convertText(await readFile(path, 'utf8'), options);
  if (outcome.kind === 'refused') throw new PackInputError(`refused: ${outcome.message}`);
  if (outcome.kind === 'ask-date-order') {
    throw new PackInputError(
      'refused: the day/month order of the dates cannot be told; convert it with npm run import -- --date-order dmy|mdy first',
    );
  }
  const validation = startValidation(outcome.store);
  if (!validation.ok) throw refusal(validation.problems);
  const events = validation.addEvents(validation.eventItems);
  const totals = validation.finish();
  return { header: totals.header, events, totals };
}
