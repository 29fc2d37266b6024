// The CLI run: reads every input, clips it, prints or writes the result; returns the exit code.
import { HELP, parseArgs, type CliOptions } from './args';
import { clipInput } from './clip-input';
import { CliError } from './errors';
import { clipJson, writeClip } from './output';
import { readInput } from './read-input';

/** One line for stderr: the message of a known error, the name and message of anything else. */
export function describe(error: unknown): string {
  if (error instanceof CliError) return error.message;
  if (error instanceof Error) return `${error.name}: ${error.message}`.split('\n')[0];
  return String(error).split('\n')[0];
}

async function clipOne(spec: string, opts: CliOptions, total: number, index: number): Promise<void> {
  const input = await readInput(spec);
  let clip;
  try {
    clip = clipInput(input, { url: opts.url, choices: opts.choices, mode: opts.mode, dom: opts.dom, timeZone: opts.timeZone });
  } catch (error) {
    // Errors from the core (e.g. an unreadable --date) name the input they belong to.
    if (error instanceof CliError) throw error;
    throw new CliError(`${input.source}: ${describe(error)}`);
  }
  if (opts.outDir) {
    process.stdout.write(`${await writeClip(opts.outDir, clip)}\n`);
  } else if (opts.json) {
    process.stdout.write(`${JSON.stringify(clipJson(clip))}\n`);
  } else {
    if (total > 1) process.stdout.write(`${index > 0 ? '\n' : ''}==> ${spec} <==\n`);
    process.stdout.write(clip.text);
  }
}

/** Runs the CLI and returns its exit code: 0 all clipped, 1 some input failed, 2 bad command line. */
export async function runCli(argv: string[]): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`clip: ${describe(error)}\n`);
    return error instanceof CliError ? error.exitCode : 2;
  }
  if (opts.help) {
    process.stdout.write(HELP);
    return 0;
  }
  let failed = false;
  for (const [index, spec] of opts.inputs.entries()) {
    try {
      await clipOne(spec, opts, opts.inputs.length, index);
    } catch (error) {
      failed = true;
      process.stderr.write(`clip: ${describe(error)}\n`);
    }
  }
  return failed ? 1 : 0;
}
