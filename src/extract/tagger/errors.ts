/**
 * The tagger's named error: a model file that is missing, truncated, corrupt
 * or written by another version of the training code. The message names the
 * file and the fix; there is never a silent fallback to no tagger.
 */
import { NewsgraphError } from '../../errors.ts';

export class ModelError extends NewsgraphError {
  readonly path: string;
  constructor(path: string, reason: string) {
    super(`${path}: ${reason}. Fix: run \`npm run train\` to rebuild the tagger models, or reinstall newsgraph.`);
    this.name = 'ModelError';
    this.path = path;
  }
}
