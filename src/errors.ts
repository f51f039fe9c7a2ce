/**
 * Named error classes. Tests assert on `error.name`; the CLI prints
 * `name: message` and exits non-zero.
 */
export class NewsgraphError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NewsgraphError';
  }
}

/** A file or record that cannot be read; carries the path and the reason. */
export class InputError extends NewsgraphError {
  readonly path: string;
  readonly reason: string;
  constructor(path: string, reason: string) {
    super(`${path}: ${reason}`);
    this.name = 'InputError';
    this.path = path;
    this.reason = reason;
  }
}

/** A bad argument or option (CLI flag, HTTP query parameter, API option). */
export class UsageError extends NewsgraphError {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A node id or name that is not in the graph. */
export class NotFoundError extends NewsgraphError {
  constructor(what: string) {
    super(`not found: ${what}`);
    this.name = 'NotFoundError';
  }
}

/** The store cannot be opened, is locked by another ingest, or is corrupt. */
export class StoreError extends NewsgraphError {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}
