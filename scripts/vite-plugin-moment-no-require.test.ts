import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { withoutRequire } from './vite-plugin-moment-no-require.ts';

const require = createRequire(import.meta.url);
const CODE = readFileSync(
  require.resolve('moment/package.json').replace(/package\.json$/, 'dist/moment.js'),
  'utf8',
);

describe('moment without require', () => {
  it("reads moment's one `require` as undefined, and changes nothing else", () => {
    const rewritten = withoutRequire(CODE);
    expect(CODE).toMatch(/\brequire\b/);
    expect(rewritten.replace(/\/\/.*$/gm, '')).not.toMatch(/\brequire\b/);
    expect(rewritten.replace('aliasedRequire = undefined;', 'aliasedRequire = require;')).toBe(
      CODE,
    );
  });

  it('fails when a new version no longer has the statement, or has it twice', () => {
    expect(() => withoutRequire('var x = 1;')).toThrow(/found nowhere in moment/);
    expect(() => withoutRequire(`${CODE}\naliasedRequire = require;`)).toThrow(
      /found more than once/,
    );
  });
});
