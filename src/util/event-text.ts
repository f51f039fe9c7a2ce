/**
 * An evidence item's coded event in a few words, for the CLI and the view:
 * "CAMEO 190 ASSAULT · 2026-05-12 · in Nairobi · 12 killed · 3 wounded".
 */
import type { EventInfo } from '../types.ts';

export function eventText(e: EventInfo, sep = ' · '): string {
  const parts = [`CAMEO ${e.cameo}${e.plover ? ` ${e.plover}` : ''}`];
  if (e.date) parts.push(e.date);
  if (e.place) parts.push(`in ${e.place}`);
  if (e.killed !== undefined) parts.push(`${e.killed} killed`);
  if (e.wounded !== undefined) parts.push(`${e.wounded} wounded`);
  return parts.join(sep);
}
