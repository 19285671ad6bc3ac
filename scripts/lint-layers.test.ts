import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The import rules the README promises, checked on code written for the purpose: a rule
 * that stopped firing (a renamed folder, a resolver that no longer finds .ts files) would
 * otherwise leave the whole lint run green.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId?.includes('restricted'))
    .map((message) => message.message);
}

describe('layer rules', () => {
  it('keeps features from importing each other, at any depth', async () => {
    const messages = await ruleMessages(
      'src/features/share/deep/deeper/probe.ts',
      "import { EventList } from '../../../event-list/event-list';\nexport const x = EventList;\n",
    );
    expect(messages).toEqual([expect.stringMatching(/Features do not import each other/)]);
  });

  it('lets a feature import its own modules and the shared layers', async () => {
    const messages = await ruleMessages(
      'src/features/share/deep/probe.ts',
      [
        "import { currentLink } from '../current-link';",
        "import { useView } from '../../../lib/view-store';",
        'export const x = [currentLink, useView];',
        '',
      ].join('\n'),
    );
    expect(messages).toEqual([]);
  });

  it('keeps features from importing the app shell', async () => {
    const messages = await ruleMessages(
      'src/features/timeline/probe.ts',
      "import { App } from '../../app/app';\nexport const x = App;\n",
    );
    expect(messages).toEqual([expect.stringMatching(/must not import the app shell/)]);
  });

  it('keeps shared layers from importing features or the app', async () => {
    for (const filePath of ['src/lib/probe.ts', 'src/format/probe.ts', 'src/i18n/probe.ts']) {
      const messages = await ruleMessages(
        filePath,
        "import { EventList } from '../features/event-list/event-list';\nimport { App } from '../app/app';\nexport const x = [EventList, App];\n",
      );
      expect(messages, filePath).toHaveLength(2);
    }
  });

  it('keeps the validator off the page but lets types through', async () => {
    const values = await ruleMessages(
      'src/features/timeline/probe.ts',
      "import { validateStore } from '../../format/validate-store';\nexport const x = validateStore;\n",
    );
    expect(values).toEqual([expect.stringMatching(/zod-free modules/)]);
    const types = await ruleMessages(
      'src/features/timeline/probe.ts',
      "import type { StoreEvent } from '../../format/validate-store';\nexport type X = StoreEvent;\n",
    );
    expect(types).toEqual([]);
  });

  it('keeps vis-timeline and vis-data to their esnext builds, types aside', async () => {
    for (const source of [
      'vis-timeline/peer',
      'vis-timeline',
      'vis-data/peer',
      'vis-timeline/standalone/esm/vis-timeline-graph2d.min.js',
    ]) {
      const messages = await ruleMessages(
        'src/features/timeline/probe.ts',
        `import { DataSet } from '${source}';\nexport const x = DataSet;\n`,
      );
      expect(messages, source).toEqual([expect.stringMatching(/'esnext' builds/)]);
    }
    const allowed = await ruleMessages(
      'src/features/timeline/probe.ts',
      [
        "import { Timeline } from 'vis-timeline/esnext';",
        "import { DataSet } from 'vis-data/esnext';",
        "import type { TimelineOptions } from 'vis-timeline/peer';",
        "import 'vis-timeline/styles/vis-timeline-graph2d.min.css';",
        'export const x = [Timeline, DataSet];',
        'export type Y = TimelineOptions;',
        '',
      ].join('\n'),
    );
    expect(allowed).toEqual([]);
  });
});
