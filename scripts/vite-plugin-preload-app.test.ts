import type { HtmlTagDescriptor, IndexHtmlTransformContext, Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import preloadAppPlugin from './vite-plugin-preload-app.ts';

const chunk = (
  fileName: string,
  facadeModuleId: string | null,
  imports: string[] = [],
  css: string[] = [],
): Rollup.OutputChunk =>
  ({
    type: 'chunk',
    fileName,
    facadeModuleId,
    imports,
    viteMetadata: { importedCss: new Set(css), importedAssets: new Set() },
  }) as unknown as Rollup.OutputChunk;

const BUNDLE = {
  'assets/index.js': chunk('assets/index.js', '/repo/src/app/main.tsx', ['assets/shared.js']),
  'assets/boot-app.js': chunk(
    'assets/boot-app.js',
    '/repo/src/app/boot-app.tsx',
    ['assets/shared.js'],
    ['assets/boot-app.css'],
  ),
  'assets/timeline-widget.js': chunk(
    'assets/timeline-widget.js',
    '/repo/src/features/timeline/timeline-widget.tsx',
    ['assets/boot-app.js'],
    ['assets/timeline-widget.css'],
  ),
  'assets/shared.js': chunk('assets/shared.js', null),
  'assets/export-store.js': chunk(
    'assets/export-store.js',
    '/repo/src/features/export/export-store.ts',
  ),
};

const HTML = '<script type="module" crossorigin src="/assets/index.js"></script>';

function tagsFor(modules: string[], path = '/index.html'): HtmlTagDescriptor[] {
  const plugin = preloadAppPlugin(modules);
  (plugin.configResolved as (config: { base: string }) => void)({ base: '/' });
  const { handler } = plugin.transformIndexHtml as {
    handler: (html: string, context: IndexHtmlTransformContext) => HtmlTagDescriptor[];
  };
  return handler(HTML, { bundle: BUNDLE, path } as unknown as IndexHtmlTransformContext);
}

describe('preload-app plugin', () => {
  it('lists the first screen’s lazy chunks, what they import, and their CSS, once each', () => {
    const tags = tagsFor(['/src/app/boot-app.tsx', '/src/features/timeline/timeline-widget.tsx']);
    expect(tags.map((tag) => [tag.attrs!.rel, tag.attrs!.href])).toEqual([
      ['stylesheet', '/assets/boot-app.css'],
      ['stylesheet', '/assets/timeline-widget.css'],
      ['modulepreload', '/assets/boot-app.js'],
      ['modulepreload', '/assets/shared.js'],
      ['modulepreload', '/assets/timeline-widget.js'],
    ]);
  });

  it('leaves out what is not asked for (chunks loaded on demand)', () => {
    const hrefs = tagsFor(['/src/app/boot-app.tsx']).map((tag) => tag.attrs!.href);
    expect(hrefs).not.toContain('/assets/timeline-widget.js');
    expect(hrefs).not.toContain('/assets/export-store.js');
  });

  it('adds nothing to the editor’s page, which has its own entry', () => {
    expect(tagsFor(['/src/app/boot-app.tsx'], '/edit/index.html')).toEqual([]);
  });

  it('fails the build when a module has no chunk', () => {
    expect(() => tagsFor(['/src/app/missing.tsx'])).toThrow(/no chunk for \/src\/app\/missing.tsx/);
  });
});
