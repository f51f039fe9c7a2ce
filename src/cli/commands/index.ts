/**
 * The command list. Each command is one file in this folder.
 */
import type { Command } from '../command.ts';
import { extractCommand } from './extract.ts';

export const COMMANDS: Command[] = [extractCommand];
