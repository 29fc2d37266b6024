// Command-line clipper: clips saved pages, URLs or standard input into archive-format Markdown files (see --help).
import { describe, runCli } from './run';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`clip: ${describe(error)}\n`);
    process.exitCode = 1;
  },
);
