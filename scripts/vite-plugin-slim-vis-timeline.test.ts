import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Plugin as RolldownPlugin, rolldown } from 'rolldown';
import type { Plugin as VitePlugin } from 'vite';
import { describe, expect, it } from 'vitest';
import slimVisTimeline, {
  applyRewrites,
  rewritesFor,
  slimStyles,
} from './vite-plugin-slim-vis-timeline.ts';

const require = createRequire(import.meta.url);
const MODULE = require
  .resolve('vis-timeline/package.json')
  .replace(/package\.json$/, 'esnext/esm/vis-timeline-graph2d.mjs');
const CODE = readFileSync(MODULE, 'utf8');
const STYLES = readFileSync(
  require.resolve('vis-timeline/styles/vis-timeline-graph2d.min.css'),
  'utf8',
);

/** The plugin's transform alone (as in a production build), for rolldown itself. */
function asRolldownPlugin(plugin: VitePlugin): RolldownPlugin {
  return { name: plugin.name, transform: plugin.transform } as RolldownPlugin;
}

/** Bundles `import { Timeline }` alone, as the app does, with or without the plugin. */
async function bundleTimeline(slim: boolean): Promise<string> {
  const bundle = await rolldown({
    input: 'entry',
    logLevel: 'silent',
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === 'entry' ? id : null),
        load: (id) =>
          id === 'entry'
            ? "import { Timeline } from 'vis-timeline/esnext'; globalThis.Timeline = Timeline;"
            : null,
      },
      ...(slim ? [asRolldownPlugin(slimVisTimeline())] : []),
    ],
    external: [
      'moment',
      'xss',
      /^vis-data/,
      /^@egjs/,
      'keycharm',
      'propagating-hammerjs',
      'uuid',
      'component-emitter',
    ],
  });
  const { output } = await bundle.generate({ format: 'esm', minify: false });
  await bundle.close();
  return output[0].code;
}

describe('slim vis-timeline', () => {
  it('finds every statement it rewrites in the pinned vis-timeline, once', () => {
    expect(() => applyRewrites(CODE, rewritesFor('build'))).not.toThrow();
    expect(() => applyRewrites(CODE, rewritesFor('serve'))).not.toThrow();
  });

  it('leaves Graph2d, the configurators, clickToUse, the items and bars the app never makes, and the validator out of a bundle of the Timeline', async () => {
    const [plain, slim] = await Promise.all([bundleTimeline(false), bundleTimeline(true)]);
    for (const name of [
      'function LineGraph(',
      'function Bargraph(',
      'class ColorPicker',
      'htmlColors',
      'function Activator(',
      'createClusterItem(',
      'vis-item vis-range vis-cluster',
      'BoxItem = class',
      'vis-item vis-background',
      'customTimeFromTarget',
      'vis-tooltip',
    ]) {
      expect(plain).toContain(name);
      expect(slim).not.toContain(name);
    }
    expect(plain).toContain('Validator.validate(options, allOptions)');
    expect(slim).not.toContain('Validator.validate(options, allOptions)');
    // The Timeline itself and the utilities it reads are all there.
    expect(slim).toContain('class Timeline extends Core');
    expect(slim).toContain('class ItemSet extends Component');
    expect(slim).toContain('RangeItem = class extends Item');
    expect(slim).toContain('PointItem = class extends Item');
    expect(slim.length).toBeLessThan(plain.length * 0.8);
  });

  it('keeps the options validator in the dev server, where a misspelt option is reported', () => {
    const served = applyRewrites(CODE, rewritesFor('serve')).toString();
    expect(served).toContain('let errorFound = Validator.validate(options, allOptions);');
  });

  it('names the rewrite whose statement a new version no longer has', () => {
    const changed = CODE.replace('Graph2d.prototype._createConfigurator', 'Graph2d.prototype.x');
    expect(() =>
      applyRewrites(
        changed.replace(
          'function Graph2d(container, items, groups, options) {',
          'function Graph2d() {',
        ),
        rewritesFor('build'),
      ),
    ).toThrow(/slim-vis-timeline: Graph2d .* is found nowhere in vis-timeline/);
    expect(() =>
      applyRewrites(
        `${CODE}\nLegend.prototype = new Component();\nfunction Points() {}`,
        rewritesFor('build'),
      ),
    ).toThrow(/found more than once/);
  });

  it('lists the vis-util utilities the module reads instead of spreading all of vis-util', () => {
    const slim = applyRewrites(CODE, rewritesFor('build')).toString();
    expect(slim).not.toContain('...util,');
    expect(slim).toContain('  deepExtend: util.deepExtend,\n');
    expect(slim).not.toContain('ColorPicker: util.ColorPicker');
  });

  it('leaves out the style rules for what the app never shows, and keeps those it draws with', () => {
    const slim = slimStyles(STYLES);
    expect(slim.length).toBeLessThan(STYLES.length * 0.4);
    for (const gone of ['.vis-configuration', '.vis-legend', '.vis-custom-time', '.vis-delete'])
      expect(slim).not.toContain(gone);
    // The lanes, items, axis and the labels' padding (a rule that only excludes nested lanes).
    for (const kept of [
      '.vis-item.vis-range',
      '.vis-item.vis-point',
      '.vis-time-axis .vis-text',
      '.vis-labelset .vis-label',
      '.vis-ltr .vis-label:not(.vis-nesting-group):not(.vis-group-level-0){padding-left:15px}',
    ])
      expect(slim).toContain(kept);
  });

  it('fails the build when the style sheet has none of the rules it drops', () => {
    expect(() => slimStyles('.vis-item{color:red}')).toThrow(/vis-timeline-upgrade\.md/);
  });
});
