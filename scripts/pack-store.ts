/**
 * `npm run pack -- <input> --out DIR`: writes a packed store (manifest.json and Parquet files)
 * from a sourceline/1 store or any file the importers read. The logic is in lib/pack/.
 */
import { runPackCli } from './lib/pack/pack-cli.ts';

// npm run changes the cwd to the package root; INIT_CWD is where the command was typed.
const { exitCode, stdout, stderr } = await runPackCli(
  process.argv.slice(2),
  process.env.INIT_CWD ?? process.cwd(),
);
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = exitCode;
