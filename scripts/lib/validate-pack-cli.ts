/**
 * `npm run validate -- DIR` (or DIR/manifest.json, or its URL): checks a packed store with
 * src/format/packed/check-pack.ts and reports like the JSON store check.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { asyncBufferFromFile, asyncBufferFromUrl, type AsyncBuffer } from 'hyparquet';
import { checkPack, type PackCheck, type PackIo } from '../../src/format/packed/check-pack.ts';
import { MANIFEST_NAME } from '../../src/format/packed/packed-format.ts';
import { type Severity, describeProblemGroup, groupProblems } from '../../src/format/problems.ts';
import { plural, printable, sectionLines } from './validate-cli-report.ts';

/** A packed store's folder or manifest, on disk: its folder; else null. */
export async function packFolderOf(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    // A folder is a pack when it has a manifest; any other folder is "not a file", as before.
    if (info.isDirectory()) {
      return (await stat(join(path, MANIFEST_NAME)).catch(() => null)) ? path : null;
    }
    if (path.endsWith(MANIFEST_NAME)) return join(path, '..');
  } catch {
    // Not there: the JSON store check says so.
  }
  return null;
}

export function folderIo(dir: string): PackIo {
  const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';
  return {
    readText: async (path) => {
      try {
        return await readFile(join(dir, path), 'utf8');
      } catch (error) {
        if (missing(error)) return null;
        throw error;
      }
    },
    open: async (path) => {
      try {
        return await asyncBufferFromFile(join(dir, path));
      } catch (error) {
        if (missing(error)) return null;
        throw error;
      }
    },
  };
}

export function urlIo(manifestUrl: string): PackIo {
  const at = (path: string) => new URL(path, manifestUrl).href;
  return {
    readText: async (path) => {
      const response = await fetch(at(path));
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`HTTP ${response.status} for ${at(path)}`);
      return response.text();
    },
    open: async (path): Promise<AsyncBuffer | null> => {
      const head = await fetch(at(path), { method: 'HEAD' });
      if (head.status === 404) return null;
      return asyncBufferFromUrl({ url: at(path) });
    },
  };
}

const SECTIONS: readonly [Severity, string][] = [
  ['refused', 'Refused'],
  ['dropped', 'Dropped'],
  ['warning', 'Warnings'],
];

export function packReport(target: string, check: PackCheck): string[] {
  const lines = sectionLines(
    groupProblems(check.problems),
    SECTIONS,
    (group) => group.problem.severity,
    describeProblemGroup,
    (group) => group.paths.length,
  );
  if (!check.ok || check.events === null) {
    return [
      `${target}: packed store refused`,
      ...lines,
      'refused: nothing from this store can be shown',
    ];
  }
  const { rows, kept } = check.events;
  const manifest = check.manifest!;
  return [
    `${manifest.title} (${target}, ${manifest.format}): ${plural(rows, 'event')} (events[i] is row i of ${manifest.files.events.path} and ${manifest.files.details.path}), ${plural(manifest.counts.actors, 'actor')}, ${plural(manifest.counts.sources, 'source')}`,
    ...(check.problems.length === 0 ? ['No problems.'] : lines),
    `events: ${kept} kept${rows > kept ? `, ${rows - kept} dropped` : ''} · ${plural(
      check.problems.filter((p) => p.severity === 'warning').length,
      'warning',
    )}`,
  ].map(printable);
}

export async function validatePack(
  target: string,
  io: PackIo,
  json: boolean,
): Promise<{ exitCode: 0 | 1; stdout: string }> {
  const check = await checkPack(io);
  const exitCode = check.problems.some((p) => p.severity !== 'warning') ? 1 : 0;
  const stdout = json
    ? `${JSON.stringify({ ok: exitCode === 0, format: check.manifest?.format ?? null, title: check.manifest?.title ?? null, events: check.events, problems: check.problems }, null, 2)}\n`
    : `${packReport(target, check).join('\n')}\n`;
  return { exitCode, stdout };
}
