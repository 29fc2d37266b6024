// Named errors of the command-line clipper; each message is one line a user can act on.

/** Base class: everything the CLI reports as a failure of one input (exit code 1) or of the call (exit code 2). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The command line itself is wrong (unknown option, missing value): exit code 2. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(`${message} (see --help)`, 2);
  }
}

export class InputNotFoundError extends CliError {
  constructor(path: string) {
    super(`${path}: no such file (give an HTML file, a http(s) URL, or - for standard input)`);
  }
}

export class NotHtmlError extends CliError {
  constructor(source: string, detail: string) {
    super(`${source}: not an HTML page (${detail})`);
  }
}

export class FetchError extends CliError {
  constructor(url: string, detail: string) {
    super(`${url}: could not fetch the page: ${detail}`);
  }
}

export class NoArticleError extends CliError {
  constructor(source: string, message: string) {
    super(`${source}: ${message}`);
  }
}
