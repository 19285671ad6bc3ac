import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { everyImportRefusal } from '../format/convert/every-refusal-fixture';
import { SPANISH_REFUSALS, refusalInSpanish } from './import-refusals-es';

/*
 * The real importers and bytes readers, made to refuse files in every way they have words
 * for (every-refusal-fixture.ts): a refusal added or reworded without its Spanish fails here,
 * and so does Spanish for a refusal that nothing says any more.
 */

let refusals: string[] = [];
beforeAll(async () => {
  refusals = await everyImportRefusal();
}, 60_000);

const ruleOf = (message: string) =>
  SPANISH_REFUSALS.phrases.has(message)
    ? undefined
    : SPANISH_REFUSALS.rules.find(([pattern]) => pattern.test(message));

describe('the Spanish of the importers’ refusals', () => {
  it('has Spanish for every refusal', () => {
    const missing = refusals.filter((message) => refusalInSpanish(message) === undefined);
    expect(missing, 'refusals without Spanish').toEqual([]);
  });

  it('has no phrase, rule or word that no refusal says any more', () => {
    const said = new Set(refusals);
    const phrases = [...SPANISH_REFUSALS.phrases.keys()].filter((phrase) => !said.has(phrase));
    expect(phrases, 'Spanish phrases no file provokes').toEqual([]);
    const used = new Set(refusals.map(ruleOf));
    const rules = SPANISH_REFUSALS.rules
      .filter((rule) => !used.has(rule))
      .map(([pattern]) => pattern.source);
    expect(rules, 'Spanish rules no file provokes').toEqual([]);
    const workbooks = [...SPANISH_REFUSALS.workbooks.keys()].filter(
      (what) => !refusals.some((message) => message.startsWith(`${what} `)),
    );
    expect(workbooks, 'kinds of spreadsheet no refusal names').toEqual([]);
  });

  it('leaves no English in a Spanish refusal but the file’s names and another program’s words', () => {
    for (const message of refusals) {
      const words = refusalInSpanish(message)!
        // Names from the file (columns, sheets) and from its format (start_date, pubDate).
        .replace(/"(?:[^"\\]|\\.)*"/g, '')
        .replace(/columnas: .*$/, '')
        .replace(/^(no es JSON válido|un libro de Excel que no se puede leer): .*$/, '$1');
      expect(words).not.toMatch(
        /\b(the|and|of|from|not|is|are|with|its|cannot|more|than|or|file|import|could|has|sheets?)\b/,
      );
    }
  });
});

describe('the Spanish of the refusals the importers’ code writes out', () => {
  const CONVERT = 'src/format/convert';
  // A refusal whose words are written out where it is made.
  const LITERAL =
    /(?:new ImportReadError\(\s*|kind: 'refused',\s*format: [^,]+,\s*message:\s*)'([^'\\]*)'/g;

  it('has every one, even one no test file provokes', () => {
    const sources = readdirSync(CONVERT).filter(
      (name) => name.endsWith('.ts') && !name.includes('.test.') && !name.includes('fixture'),
    );
    const written = sources.flatMap((name) =>
      [...readFileSync(`${CONVERT}/${name}`, 'utf8').matchAll(LITERAL)].map((match) => match[1]!),
    );
    expect(written.length).toBeGreaterThan(5);
    expect(written.filter((message) => refusalInSpanish(message) === undefined)).toEqual([]);
  });
});
