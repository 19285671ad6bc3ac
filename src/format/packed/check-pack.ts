/**
 * Checks a packed store: its manifest, that every file it names is there, whole, and Parquet
 * with the documented columns and row counts, and then every row with the store validator
 * (the same checks and messages as for a JSON store; `events[12]` is row 12 of the events
 * and details files). Reads through an AsyncBuffer, so a folder on disk and a static host
 * are checked alike.
 */
import { type AsyncBuffer, type FileMetaData, parquetReadObjects } from 'hyparquet';
import { formatPath, shortenValue, type Problem, type Severity } from '../problems';
import { parseStoreDate } from '../dates';
import { startValidation, type ValidationTotals } from '../validate-store';
import { FORMAT } from '../format-name';
import {
  ACTOR_COLUMNS,
  DENSITY_COLUMNS,
  DETAIL_COLUMNS,
  EVENT_COLUMNS,
  MANIFEST_NAME,
  PACKED_FILES,
  type PackedFileRole,
  type PackedManifest,
  SOURCE_COLUMNS,
  manifestSchema,
} from './packed-format';
import { actorFromRow, eventFromRows, sourceFromRow, toNumber } from './rows';
import { readFooter } from './footer';

/** How the checker reaches the pack's files; null when a file is not there. */
export interface PackIo {
  readText(path: string): Promise<string | null>;
  open(path: string): Promise<AsyncBuffer | null>;
}

export interface PackCheck {
  /** False when the pack is refused: nothing in it can be shown. */
  readonly ok: boolean;
  readonly manifest: PackedManifest | null;
  readonly problems: readonly Problem[];
  /** Rows read and rows the validator kept (null when refused before reading rows). */
  readonly events: { readonly rows: number; readonly kept: number } | null;
}

const REQUIRED_COLUMNS: Record<PackedFileRole, readonly string[]> = {
  events: EVENT_COLUMNS,
  details: DETAIL_COLUMNS,
  actors: ACTOR_COLUMNS,
  sources: SOURCE_COLUMNS,
  density: DENSITY_COLUMNS,
};

/** Rows read per batch: one row group of the files npm run pack writes. */
const BATCH = 8192;

export interface OpenedPack {
  readonly manifest: PackedManifest;
  /** Each file, with its footer when it was read (see openPack's `footers`). */
  readonly files: Record<PackedFileRole, { buffer: AsyncBuffer; metadata: FileMetaData | null }>;
}

/**
 * The manifest and each file's footer, checked; the problems that refuse the pack when
 * they are not. The app opens a pack with this too.
 */
export async function openPack(
  io: PackIo,
  /**
   * The files whose footers are read and checked now; the others are only found and their
   * size checked (the app reads the details file's footer when an event is selected, and
   * the pyramid not at all: half a megabyte less before the first paint).
   */
  footers: readonly PackedFileRole[] = PACKED_FILES,
): Promise<
  | { ok: true; pack: OpenedPack }
  | { ok: false; problems: Problem[]; manifest: PackedManifest | null }
> {
  const problems: Problem[] = [];
  const refuse = (path: string, message: string, expected: string, value?: unknown) =>
    problems.push({
      severity: 'refused',
      path,
      message,
      expected,
      ...(value === undefined ? {} : { value: shortenValue(value) }),
    });
  const text = await io.readText(MANIFEST_NAME);
  if (text === null) {
    refuse(MANIFEST_NAME, 'not found', `a ${MANIFEST_NAME} beside the Parquet files`);
    return { ok: false, problems, manifest: null };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    refuse(MANIFEST_NAME, `not JSON (${(error as Error).message})`, 'a JSON object');
    return { ok: false, problems, manifest: null };
  }
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = `${MANIFEST_NAME}: ${formatPath(issue.path as (string | number)[])}`;
      const value = issue.path.reduce<unknown>(
        (at, key) =>
          at && typeof at === 'object'
            ? (at as Record<PropertyKey, unknown>)[key as PropertyKey]
            : undefined,
        data,
      );
      refuse(
        path,
        value === undefined ? 'missing or not usable' : 'not usable',
        expectedOf(issue),
        value,
      );
    }
    return { ok: false, problems, manifest: null };
  }
  const manifest = parsed.data;
  const files = {} as OpenedPack['files'];
  // Opened all at once: each is a request to the server (its size, whether it answers
  // ranges), and one after the other they were round trips before the first paint.
  const opened = await Promise.all(PACKED_FILES.map((role) => io.open(manifest.files[role].path)));
  for (const [at, role] of PACKED_FILES.entries()) {
    const entry = manifest.files[role];
    const where = `${MANIFEST_NAME}: files.${role}`;
    const buffer = opened[at] ?? null;
    if (buffer === null) {
      refuse(`${where}.path`, 'file not found', 'a file beside the manifest', entry.path);
      continue;
    }
    if (buffer.byteLength !== entry.bytes) {
      refuse(
        `${entry.path}`,
        `${buffer.byteLength} bytes, but the manifest says ${entry.bytes}: the file is truncated or was replaced`,
        'the file npm run pack wrote, whole',
      );
      continue;
    }
    if (!footers.includes(role)) {
      files[role] = { buffer, metadata: null };
      continue;
    }
    let metadata: FileMetaData;
    try {
      metadata = await readFooter(buffer);
    } catch (error) {
      refuse(
        entry.path,
        `not a readable Parquet file (${(error as Error).message})`,
        'a whole Parquet file',
      );
      continue;
    }
    const names = new Set(metadata.schema.slice(1).map((element) => element.name));
    const missing = REQUIRED_COLUMNS[role].filter((name) => !names.has(name));
    if (missing.length > 0) {
      refuse(
        entry.path,
        `columns missing: ${missing.join(', ')}`,
        `the columns ${REQUIRED_COLUMNS[role].join(', ')}`,
      );
      continue;
    }
    const rows = Number(metadata.num_rows);
    if (rows !== entry.rows) {
      refuse(
        entry.path,
        `${rows} rows, but the manifest says ${entry.rows}`,
        'the row count the manifest gives',
      );
      continue;
    }
    files[role] = { buffer, metadata };
  }
  if (problems.length === 0 && manifest.files.details.rows !== manifest.files.events.rows) {
    refuse(
      `${MANIFEST_NAME}: files.details.rows`,
      'not the number of event rows',
      'one details row per event row',
      manifest.files.details.rows,
    );
  }
  if (problems.length > 0) return { ok: false, problems, manifest };
  return { ok: true, pack: { manifest, files } };
}

type Row = Record<string, unknown>;

const read = (pack: OpenedPack, role: PackedFileRole, rowStart?: number, rowEnd?: number) =>
  parquetReadObjects({
    file: pack.files[role].buffer,
    metadata: pack.files[role].metadata ?? undefined,
    rowStart,
    rowEnd,
  }) as Promise<Row[]>;

/** Every check, file and row: what `npm run validate -- DIR` runs. */
export async function checkPack(io: PackIo): Promise<PackCheck> {
  const opened = await openPack(io);
  if (!opened.ok) {
    return { ok: false, manifest: opened.manifest, problems: opened.problems, events: null };
  }
  const { pack } = opened;
  const { manifest } = pack;
  const problems: Problem[] = [];
  const report = (
    severity: Severity,
    path: string,
    message: string,
    expected: string,
    value?: unknown,
  ) =>
    problems.push({
      severity,
      path,
      message,
      expected,
      ...(value === undefined ? {} : { value: shortenValue(value) }),
    });

  const validation = startValidation({
    format: FORMAT,
    title: manifest.title,
    ...(manifest.description === undefined ? {} : { description: manifest.description }),
    language: manifest.language,
    sources: (await read(pack, 'sources')).map(sourceFromRow),
    actors: (await read(pack, 'actors')).map(actorFromRow),
    events: [],
  });
  if (!validation.ok) return { ok: false, manifest, problems: validation.problems, events: null };

  const total = manifest.files.events.rows;
  let kept = 0;
  let previous: { ms: number; id: string } | null = null;
  let extentStart = Infinity;
  let extentEnd = -Infinity;
  for (let start = 0; start < total; start += BATCH) {
    const end = Math.min(total, start + BATCH);
    const [lights, heavies] = await Promise.all([
      read(pack, 'events', start, end),
      read(pack, 'details', start, end),
    ]);
    const items = lights.map((light, i) => {
      const row = start + i;
      const heavy = heavies[i]!;
      if (heavy.id !== light.id) {
        report(
          'dropped',
          `events[${row}].id`,
          `details row ${row} is for ${shortenValue(heavy.id)}`,
          'the same id in both files, row for row',
          light.id,
        );
      }
      const ms = toNumber(light.start_ms);
      const endMs = toNumber(light.end_ms);
      const date = typeof light.start === 'string' ? parseStoreDate(light.start) : null;
      if (date && ms !== date.start) {
        report(
          'dropped',
          `events[${row}].start_ms`,
          'not the first instant of start',
          `${date.start} (from start ${JSON.stringify(light.start)})`,
          ms,
        );
      }
      if (ms !== null && typeof light.id === 'string') {
        if (previous && (ms < previous.ms || (ms === previous.ms && light.id < previous.id))) {
          report(
            'dropped',
            `events[${row}].start_ms`,
            'out of order: a view of its time would not find it',
            'rows sorted by start_ms, then id',
            ms,
          );
        }
        previous = { ms, id: light.id };
        extentStart = Math.min(extentStart, ms);
      }
      if (endMs !== null) extentEnd = Math.max(extentEnd, endMs);
      return eventFromRows(light, heavy);
    });
    kept += validation.addEvents(items).length;
  }
  const totals: ValidationTotals = validation.finish();
  problems.push(...totals.problems);

  if (manifest.counts.events !== total) {
    report(
      'warning',
      `${MANIFEST_NAME}: counts.events`,
      `${total} rows in ${manifest.files.events.path}`,
      'the number of event rows',
      manifest.counts.events,
    );
  }
  if (
    total > 0 &&
    manifest.extent &&
    (manifest.extent.start > extentStart || manifest.extent.end < extentEnd)
  ) {
    report(
      'warning',
      `${MANIFEST_NAME}: extent`,
      `events run from ${extentStart} to ${extentEnd}`,
      'an extent that holds every event',
      manifest.extent,
    );
  }
  const density = await read(pack, 'density');
  const sums = new Map<string, number>();
  for (const row of density) {
    if (row.dimension === 'all')
      sums.set(String(row.level), (sums.get(String(row.level)) ?? 0) + Number(row.count));
  }
  for (const [level, sum] of sums) {
    if (sum !== total) {
      report(
        'warning',
        `${manifest.files.density.path}: level ${level}`,
        `counts ${sum} events in all`,
        `the number of event rows (${total})`,
        sum,
      );
    }
  }
  const refused = problems.some((problem) => problem.severity === 'refused');
  return { ok: !refused, manifest, problems, events: { rows: total, kept } };
}

const ARTICLES: Record<string, string> = { object: 'an object', array: 'a list' };

/**
 * What the manifest should have had there, in the words of the other problems ("a number"),
 * not the schema library's ("Invalid input: expected number, received string").
 */
function expectedOf(issue: {
  readonly code: string;
  readonly message: string;
  readonly expected?: unknown;
  readonly values?: readonly unknown[];
}): string {
  if (issue.code === 'invalid_type' && typeof issue.expected === 'string')
    return ARTICLES[issue.expected] ?? `a ${issue.expected}`;
  if (issue.code === 'invalid_value' && issue.values?.length)
    return issue.values.map((value) => JSON.stringify(value)).join(' or ');
  return issue.message.replace(/^Invalid input:\s*/i, '');
}
