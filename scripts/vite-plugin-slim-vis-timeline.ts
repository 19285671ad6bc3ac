/**
 * vis-timeline ships as one module holding Graph2d, the options configurator and an HTML
 * sanitizer beside the Timeline, and the bundler cannot leave out what the app never uses:
 * Graph2d's prototypes are made with `new Core()`, a call that might have side effects, and
 * the Timeline's own methods reach the configurator and the options validator. Together that
 * is about a third of the library's bytes, all fetched before the first events are painted.
 *
 * This plugin rewrites a few exact statements of the pinned version (8.5.4) so that they can
 * be left out. Each rewrite must match exactly once, or the build fails and names it: an
 * upgrade that changes one is seen at once (docs/vis-timeline-upgrade.md).
 *
 * - Graph2d, its line graph and its legend: their prototype objects are marked pure, so the
 *   bundler drops them, and with them the data axis, bar graph and points, when unused.
 * - The configurator (`configure` option, a form with a colour picker): the Timeline's
 *   factory throws instead. The app never passes `configure`.
 * - The options validator (it reports misspelt options on the console): run in the dev
 *   server and in tests, skipped in the production build. The app's options are fixed.
 * - What the app's items and options never make: box and background items (its items are
 *   points and ranges, each given its type), custom time bars, and items' tooltips (its items
 *   have no `title`). Making one throws instead.
 *
 * The sanitizer itself (the `xss` package) is replaced through an alias in vite.config.ts by
 * `src/features/timeline/escape-all-html.ts`, which escapes every string instead of filtering.
 */
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

export const VIS_TIMELINE_MODULE = /vis-timeline\/esnext\/esm\/vis-timeline-graph2d\.mjs$/;

/** Text replaced where it is found. */
type Replace = {
  readonly name: string;
  readonly from: string;
  readonly to: string | ((code: string) => string);
};
/**
 * A run of top-level statements, from `start` up to `before`, put inside a function called
 * once and marked pure: the bundler drops the whole run when `binding` is unused.
 */
type Wrap = {
  readonly name: string;
  readonly start: string;
  readonly before: string;
  readonly binding: string;
};
/** A run of top-level statements, from `start` up to `before`, moved to where `into` is. */
type Move = {
  readonly name: string;
  readonly start: string;
  readonly before: string;
  readonly into: string;
};
export type Rewrite = Replace | Wrap | Move;

const PURE = '/* @__PURE__ */ ';

export function rewritesFor(mode: 'build' | 'serve'): readonly Rewrite[] {
  const always: Rewrite[] = [
    {
      name: 'Legend',
      start: 'function Legend(body, options, side, linegraphOptions) {',
      before: 'var UNGROUPED = "__ungrouped__";',
      binding: 'Legend',
    },
    {
      name: 'LineGraph',
      start: 'var UNGROUPED = "__ungrouped__";',
      before: 'class TimeAxis extends Component {',
      binding: 'LineGraph',
    },
    {
      // Used by the line graph only, and defined far from it: moved into its wrap.
      name: "the line graph's points, bars, lines and groups",
      start: 'function Points() {}',
      before: '/**\n * Item\n */\nclass Item {',
      into: 'function LineGraph(body, options) {',
    },
    {
      name: 'GraphGroup in the exported namespace (moved out of reach)',
      from: '    GraphGroup,\n    Group,',
      to: '    Group,',
    },
    {
      name: 'Graph2d',
      start: 'function Graph2d(container, items, groups, options) {',
      before: 'const string = "string";',
      binding: 'Graph2d',
    },
    {
      name: "vis-util spread into vis-timeline's utilities",
      from: '  ...util,\n  convert,\n  setupXSSProtection,\n};',
      to: utilitiesUsed,
    },
    {
      name: "the Timeline's configurator",
      from: 'return new Configurator(this, this.dom.container, configureOptions);',
      to: "throw new Error('The configure option is not part of this build of vis-timeline');",
    },
    {
      // clickToUse's overlay, with keycharm for its Escape key: the app never asks for it.
      name: 'the clickToUse activator',
      from: 'this.activator = new Activator(this.dom.root);',
      to: "throw new Error('The clickToUse option is not part of this build of vis-timeline');",
    },
    {
      // Clusters of items: the app draws its own aggregates (level-of-detail.ts).
      name: "the item set's cluster generator",
      from: 'this.clusterGenerator = new ClusterGenerator(this);',
      to: "throw new Error('The cluster option is not part of this build of vis-timeline');",
    },
    {
      name: 'ClusterItem',
      start: 'class ClusterItem extends Item {',
      before: '/**\n * @constructor PointItem\n * @extends Item',
      binding: 'ClusterItem',
    },
    {
      name: 'Activator',
      start: 'function Activator(container) {',
      before: '/**\n * Create a timeline visualization\n * @constructor Core\n */\nclass Core {',
      binding: 'Activator',
    },
    {
      // The app's items are points and ranges, each given its type: a box (vis-timeline's
      // default for an item without an end or a type) or a background item is never made.
      name: 'the box and background item types',
      from: 'ItemSet.types = {\n  background: BackgroundItem,\n  box: BoxItem,\n  range: RangeItem,\n  point: PointItem,\n};',
      to: 'ItemSet.types = {\n  range: RangeItem,\n  point: PointItem,\n};',
    },
    {
      // Selecting a range of items with Shift leaves background items out: there are none.
      name: 'the shift-selection of background items',
      from: '!(_item instanceof BackgroundItem)',
      to: 'true',
    },
    {
      name: 'BackgroundItem',
      start: 'class BackgroundItem extends Item {',
      before: '/**\n * @constructor BoxItem\n * @extends Item\n */',
      binding: 'BackgroundItem',
    },
    {
      // Custom time bars (addCustomTime): the app adds none.
      name: "the Timeline's custom time bars",
      from: `    const customTime = new CustomTime(
      this.body,
      availableUtils.extend({}, this.options, {
        time: timestamp,
        id,
        snap: this.itemSet ? this.itemSet.options.snap : this.options.snap,
      }),
    );

    this.customTimes.push(customTime);
    this.components.push(customTime);
    this._redraw();

    return id;`,
      to: "    throw new Error('Custom time bars are not part of this build of vis-timeline');",
    },
    {
      // The bar an event came from: an element a custom time bar marked, and there are none.
      name: "the Timeline's event properties' custom time",
      from: 'const customTime = CustomTime.customTimeFromTarget(event);',
      to: 'const customTime = null;',
    },
    {
      // Items' tooltips (their `title`): the app's items have none.
      name: "the item set's tooltip",
      from: `        this.popup = new Popup(
          this.body.dom.root,
          this.options.tooltip.overflowMethod || "flip",
        );`,
      to: "        throw new Error('Item tooltips are not part of this build of vis-timeline');",
    },
  ];
  if (mode === 'serve') return always;
  return [
    ...always,
    {
      name: "the Timeline's options validator",
      from: 'let errorFound = Validator.validate(options, allOptions);',
      to: 'let errorFound = false;',
    },
  ];
}

const OWN_UTILITIES = new Set(['convert', 'setupXSSProtection', 'xss']);

/**
 * vis-timeline's `availableUtils` spreads all of vis-util into one object, which keeps every
 * export of it (its own colour picker, configurator and validator among them). Listing the
 * utilities the module reads (`availableUtils.name`) keeps only those.
 */
function utilitiesUsed(code: string): string {
  const names = new Set<string>();
  for (const [, name] of code.matchAll(/\bavailableUtils\.([A-Za-z_$][\w$]*)/g)) {
    if (!OWN_UTILITIES.has(name!)) names.add(name!);
  }
  if (/\bavailableUtils\s*\[/.test(code)) {
    throw new Error('slim-vis-timeline: availableUtils is read by computed names; keep its spread');
  }
  const listed = [...names].sort().map((name) => `  ${name}: util.${name},\n`);
  return `${listed.join('')}  convert,\n  setupXSSProtection,\n};`;
}

/** Where `text` is found, if exactly once. */
function onlyPlace(code: string, text: string, name: string): number {
  const first = code.indexOf(text);
  const again = first === -1 ? -1 : code.indexOf(text, first + text.length);
  if (first === -1 || again !== -1) {
    throw new Error(
      `slim-vis-timeline: ${name} (\`${text}\`) is found ${first === -1 ? 'nowhere' : 'more than once'} in vis-timeline; see docs/vis-timeline-upgrade.md`,
    );
  }
  return first;
}

/** Applies each rewrite; throws naming the first whose text is not found exactly once. */
export function applyRewrites(code: string, rewrites: readonly Rewrite[]): MagicString {
  const result = new MagicString(code);
  for (const rewrite of rewrites) {
    if ('from' in rewrite) {
      const at = onlyPlace(code, rewrite.from, rewrite.name);
      const to = typeof rewrite.to === 'string' ? rewrite.to : rewrite.to(code);
      result.overwrite(at, at + rewrite.from.length, to);
      continue;
    }
    if ('into' in rewrite) {
      const start = onlyPlace(code, rewrite.start, rewrite.name);
      const end = onlyPlace(code, rewrite.before, rewrite.name);
      result.move(start, end, onlyPlace(code, rewrite.into, rewrite.name));
      continue;
    }
    const start = onlyPlace(code, rewrite.start, rewrite.name);
    const end = onlyPlace(code, rewrite.before, rewrite.name);
    if (end <= start) throw new Error(`slim-vis-timeline: ${rewrite.name} ends before it starts`);
    result.prependRight(start, `const ${rewrite.binding} = ${PURE}(() => { `);
    result.appendLeft(end, `return ${rewrite.binding}; })();\n`);
  }
  return result;
}

export const VIS_TIMELINE_STYLES = /vis-timeline\/styles\/vis-timeline-graph2d\.min\.css$/;

/**
 * Rules of vis-timeline's style sheet for what the app never shows: Graph2d, the options
 * configurator, items that can be edited or dragged (handles, delete buttons), custom and
 * current time bars, the rolling mode button, nested lanes, the loading screen. About half of
 * its bytes, all fetched before the first events are painted. A rule goes only when every
 * selector in it names one of these; one that only excludes them (`:not(…)`) stays.
 */
const UNUSED_STYLES =
  /vis-config|vis-graph-group\d|vis-legend|vis-data-axis|\.vis-fill|\.vis-bar\b|\.vis-outline|vis-icon-fill|vis-delete|vis-drag-(?:left|right|center)|vis-custom-time|vis-current-time|vis-rolling-mode-btn|vis-onUpdateTime-tooltip|vis-nesting-group|vis-nested-group|vis-group-level|vis-group-is-dragging|vis-loading-screen/;

/** The style sheet without the rules for what the app never shows; fails if it has none. */
export function slimStyles(css: string): string {
  let dropped = 0;
  const kept = css.replace(/([^{}]+)\{[^{}]*\}/g, (rule, selectors: string) => {
    const unused = selectors
      .split(',')
      .every((selector) => !selector.includes(':not(') && UNUSED_STYLES.test(selector));
    if (!unused) return rule;
    dropped++;
    return '';
  });
  if (dropped === 0 || /@[a-z]/.test(css))
    throw new Error(
      "slim vis-timeline: the style sheet's rules are not as in 8.5.4 (none to drop, or at-rules): see docs/vis-timeline-upgrade.md",
    );
  return kept;
}

export default function slimVisTimeline(): Plugin {
  let mode: 'build' | 'serve' = 'build';
  return {
    name: 'sourceline-slim-vis-timeline',
    enforce: 'pre',
    configResolved(config) {
      mode = config.command;
    },
    transform(code, id) {
      if (VIS_TIMELINE_STYLES.test(id.split('?')[0]!)) return { code: slimStyles(code), map: null };
      if (!VIS_TIMELINE_MODULE.test(id.split('?')[0]!)) return null;
      const rewritten = applyRewrites(code, rewritesFor(mode));
      return {
        code: rewritten.toString(),
        map: rewritten.generateMap({ hires: 'boundary', source: id }),
      };
    },
  };
}
