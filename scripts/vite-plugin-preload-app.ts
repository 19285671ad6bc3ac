/**
 * The page's entry only starts the store loading, then imports the app (src/app/boot-app),
 * so that the store worker starts before the app's code is evaluated. This plugin lists the
 * app's chunk and its CSS in the built index.html, so that the browser fetches them with
 * the entry instead of one round trip after it.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

export default function preloadAppPlugin(appModule: string): Plugin {
  let base = '/';
  return {
    name: 'sourceline-preload-app',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        // Only the explorer's page loads the app; the editor (/edit/) has its own entry.
        if (context.path !== '/index.html') return [];
        const chunk = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith(appModule),
        );
        if (chunk?.type !== 'chunk') {
          throw new Error(`preload-app: no chunk for ${appModule} in the build`);
        }
        const tags: HtmlTagDescriptor[] = [...(chunk.viteMetadata?.importedCss ?? [])].map(
          (css) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `${base}${css}` },
            injectTo: 'head',
          }),
        );
        tags.push({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${chunk.fileName}` },
          injectTo: 'head',
        });
        return tags;
      },
    },
  };
}
