/**
 * `npm run validate -- <file-or-url> [--json]`: checks an event store with the app's own
 * validator. The logic lives in lib/validate-cli.ts; this file only connects it to the process.
 */
import { runValidateCli } from './lib/validate-cli.ts';

const { exitCode, stdout, stderr } = await runValidateCli(process.argv.slice(2));
process.stdout.write(stdout);
process.stderr.write(stderr);
// exitCode rather than exit(): lets stdout drain when it is a pipe.
process.exitCode = exitCode;
