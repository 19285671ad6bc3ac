/**
 * The page's entry only starts the store loading, then imports the app (src/app/boot-app),
 * so that the store worker starts before the app's code is evaluated. This plugin lists the
 * chunks of the first screen that are imported dynamically (the app, and the timeline's
 * widget with vis-timeline, which the app imports in turn), the chunks they import, and
 * their CSS in the built index.html, so that the browser fetches them all with the entry
 * instead of one round trip (and one evaluation) after another.
 */
import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';

export default function preloadAppPlugin(modules: readonly string[]): Plugin {
  let base = '/';
  return {
    name: 'sourceline-preload-app',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        // Only the explorer's page loads the app; the editor (/edit/) has its own entry.
        if (context.path !== '/index.html') return [];
        const chunks = Object.values(context.bundle ?? {}).filter(
          (output): output is Rollup.OutputChunk => output.type === 'chunk',
        );
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const files: string[] = [];
        const styles: string[] = [];
        const add = (chunk: Rollup.OutputChunk) => {
          if (files.includes(chunk.fileName)) return;
          files.push(chunk.fileName);
          for (const css of chunk.viteMetadata?.importedCss ?? []) {
            if (!styles.includes(css)) styles.push(css);
          }
          for (const imported of chunk.imports) {
            const next = byFile.get(imported);
            if (next) add(next);
          }
        };
        for (const module of modules) {
          const chunk = chunks.find((output) => output.facadeModuleId?.endsWith(module));
          if (chunk === undefined)
            throw new Error(`preload-app: no chunk for ${module} in the build`);
          add(chunk);
        }
        // What index.html already loads (the entry and its own imports) is not listed twice.
        const listed = (file: string) => html.includes(`${base}${file}"`);
        const tags: HtmlTagDescriptor[] = styles
          .filter((css) => !listed(css))
          .map((css) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `${base}${css}` },
            injectTo: 'head',
          }));
        for (const file of files.filter((file) => !listed(file))) {
          tags.push({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head',
          });
        }
        return tags;
      },
    },
  };
}
