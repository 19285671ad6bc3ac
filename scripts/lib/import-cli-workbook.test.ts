import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateStore } from '../../src/format/validate-store.ts';
import { workbookFile } from '../../src/format/convert/workbook-fixture.ts';
import { type ImportCliIo, nodeImportIo, runImportCli } from './import-cli.ts';

/**
 * `npm run import -- events.xlsx`: the workbook's first sheet read as a table, as in the app.
 * The file is written to a scratch folder (it is binary, made here from the SpreadsheetML
 * below, so the test shows what is in it); the store goes to a map, not to disk.
 */
let folder = '';
const written = new Map<string, string>();
const io = (): ImportCliIo => ({
  ...nodeImportIo,
  cwd: folder,
  writeFile: async (path, text) => void written.set(path, text),
});

const cell = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sourceline-import-xlsx-'));
  const events = `
<row r="1">${cell('A1', 'Date')}${cell('B1', 'Title')}${cell('C1', 'Actors')}</row>
<row r="2"><c r="A2" s="1"><v>45462</v></c>${cell('B2', 'Talks in Doha')}${cell('C2', 'Qatar')}</row>
<row r="3"><c r="A3" s="2"><v>45463.6041666667</v></c>${cell('B3', 'Strike on the port')}${cell('C3', 'Israel')}</row>`;
  await writeFile(
    join(folder, 'events.xlsx'),
    workbookFile([
      { name: 'Events', rows: events },
      { name: 'Sources', rows: `<row r="1">${cell('A1', 'Reuters')}</row>` },
    ]),
  );
  await writeFile(join(folder, 'empty.xlsx'), workbookFile([{ name: 'Sheet1', rows: '' }]));
});

afterAll(() => rm(folder, { recursive: true, force: true }));

describe('import CLI, an Excel workbook', () => {
  it('imports the first sheet as a table: store written, the workbook named in the report', async () => {
    const result = await runImportCli(['events.xlsx', '--out', 'events.json'], io());
    expect(result.exitCode).toBe(0);
    const lines = result.stderr.split('\n');
    expect(lines[0]).toBe('events.xlsx: spreadsheet (Excel .xlsx), 2 read');
    expect(lines).toContain('  an Excel workbook: its sheet "Events" read as a table');
    expect(lines).toContain(
      '  the other sheet, "Sources", not imported: one sheet is read, the first with data',
    );
    const checked = validateStore(JSON.parse(written.get(join(folder, 'events.json'))!));
    if (!checked.ok) throw new Error('refused');
    expect(checked.store.title).toBe('events');
    expect(checked.store.events.map((event) => [event.start, event.title])).toEqual([
      ['2024-06-19', 'Talks in Doha'],
      ['2024-06-20T14:30', 'Strike on the port'],
    ]);
  });

  it('refuses a workbook with nothing in it, in words, exit 1', async () => {
    const result = await runImportCli(['empty.xlsx'], io());
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe('empty.xlsx: refused: an Excel workbook whose sheet is empty\n');
  });
});
