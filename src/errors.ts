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

/**
 * A lexicon file (word list, entity dictionary, verb classes) that breaks its
 * schema: names the file and the bad entry (`words.json: hedges[3]: ...`).
 */
export class LexiconError extends InputError {
  constructor(file: string, reason: string) {
    super(file, reason);
    this.name = 'LexiconError';
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
