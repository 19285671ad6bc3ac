/**
 * moment looks for a locale it does not hold with Node's `require('./locale/…')`, in a branch
 * taken only where `module.exports` exists, which a page's ES modules never have. The
 * bundler still gives that `require` a stand-in (a function that throws, with its long
 * message) in its runtime chunk, which the first screen loads. This plugin reads the
 * statement as `undefined` instead: were the branch ever taken, the call would throw there
 * as the stand-in does, inside moment's own try, which then marks the locale as not found.
 * The text must be found exactly once, or the build fails naming it (an upgrade of moment).
 */
import type { Plugin } from 'vite';

export const MOMENT_MODULE = /\/moment\/dist\/moment\.js$/;

const FROM = 'aliasedRequire = require;';
const TO = 'aliasedRequire = undefined;';

/** moment's code without its reference to `require`; throws unless found exactly once. */
export function withoutRequire(code: string): string {
  const at = code.indexOf(FROM);
  if (at === -1 || code.indexOf(FROM, at + FROM.length) !== -1) {
    throw new Error(
      `moment-no-require: \`${FROM}\` is found ${at === -1 ? 'nowhere' : 'more than once'} in moment`,
    );
  }
  return code.slice(0, at) + TO + code.slice(at + FROM.length);
}

export default function momentNoRequire(): Plugin {
  return {
    name: 'sourceline-moment-no-require',
    enforce: 'pre',
    transform(code, id) {
      if (!MOMENT_MODULE.test(id.split('?')[0]!)) return null;
      // One statement of one line rewritten, no code moved: the source map stays as it is.
      return { code: withoutRequire(code), map: null };
    },
  };
}
