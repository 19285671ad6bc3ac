/**
 * Publishes the JSON Schema of the store format at /schema/sourceline-1.schema.json without
 * a generated file in the repo: served from memory in dev and preview, emitted into the build.
 */
import type { Connect, Plugin } from 'vite';
import { JSON_SCHEMA_ID, buildJsonSchema, buildJsonSchemaText } from './build-json-schema.ts';

export { buildJsonSchema };

/** Path of the file inside the output directory, e.g. dist/schema/sourceline-1.schema.json. */
const FILE_NAME = JSON_SCHEMA_ID.slice(1);

export default function jsonSchemaPlugin(): Plugin {
  let base = '/';
  // Regenerated per request: it is cheap, and a dev server never serves a stale schema.
  const serve: Connect.NextHandleFunction = (request, response, next) => {
    const pathname = (request.url ?? '').split('?')[0];
    if (pathname !== `${base}${FILE_NAME}`) return next();
    response.setHeader('Content-Type', 'application/schema+json; charset=utf-8');
    response.end(buildJsonSchemaText());
  };
  return {
    name: 'sourceline-json-schema',
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use(serve);
    },
    configurePreviewServer(server) {
      server.middlewares.use(serve);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: FILE_NAME, source: buildJsonSchemaText() });
    },
  };
}
