/**
 * `npm run import -- <file-or-url> …`: TimelineJS, SIMILE, timemap or CSV/TSV to a
 * `sourceline/1` store. The logic lives in lib/import-cli.ts; this only connects it to the process.
 */
import { runImportCli } from './lib/import-cli.ts';

const { exitCode, stdout, stderr } = await runImportCli(process.argv.slice(2));
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = exitCode;
