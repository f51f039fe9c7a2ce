/**
 * The command list, in the order `newsgraph --help` shows it. Each command is
 * one file in this folder.
 */
import type { Command } from '../command.ts';
import { CURATION_COMMANDS } from './curate.ts';
import { dbCommand } from './db.ts';
import { exportCommand } from './export.ts';
import { extractCommand } from './extract.ts';
import { ingestCommand } from './ingest.ts';
import { neighborsCommand } from './neighbors.ts';
import { nodeCommand } from './node.ts';
import { pathCommand } from './path.ts';
import { removeCommand } from './remove.ts';
import { searchCommand } from './search.ts';
import { serveCommand } from './serve.ts';
import { statsCommand } from './stats.ts';
import { timelineCommand } from './timeline.ts';

export const COMMANDS: Command[] = [
  ingestCommand,
  extractCommand,
  serveCommand,
  statsCommand,
  exportCommand,
  neighborsCommand,
  nodeCommand,
  searchCommand,
  pathCommand,
  timelineCommand,
  removeCommand,
  ...CURATION_COMMANDS,
  dbCommand,
];
