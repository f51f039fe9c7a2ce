/**
 * Dated roles: which code an actor of the Phoenix dictionaries has on a date,
 * and who held a country's offices then ("the Afghan president" in a 2010
 * article). Pure functions over the loaders' data.
 */
import { loadCountries, loadCountryActors } from './load.ts';
import type { ActorEntry, ActorRole } from './types.ts';

/**
 * The role an actor has on `date` (ISO; a timestamp is cut to its day):
 * the first dated role that covers it, in the dictionary's order (PETRARCH's
 * rule), else the first undated (default) role, else undefined.
 */
export function roleAt(roles: readonly ActorRole[], date: string): ActorRole | undefined {
  const day = date.slice(0, 10);
  for (const r of roles) {
    if (!r.from && !r.to) continue;
    if ((!r.from || r.from <= day) && (!r.to || day <= r.to)) return r;
  }
  return roles.find((r) => !r.from && !r.to);
}

export interface OfficeHolder {
  actor: ActorEntry;
  role: ActorRole;
  /**
   * The date is after the dictionary's last known date and the role has no
   * end: the dictionary cannot say whether the actor still held it
   * (Phoenix's data ends in early 2015).
   */
  beyondData: boolean;
}

export interface OfficeQuery {
  /** ISO-3 country code ("AFG"). */
  country: string;
  /** The sector part of the code (default GOV): the role code must start with country + sector. */
  sector?: string;
  /** A title the actor's aliases give it ("president"); any title when absent. */
  title?: string;
  /** ISO date of the article or event. */
  date: string;
}

/**
 * Office holders of a country on a date: actors whose role on that date is
 * the country's `sector` (GOV by default) and, when asked, who carry `title`.
 * Dated roles come before undated ones (an undated default says little about
 * a given date); `beyondData` flags answers the dictionary cannot vouch for.
 */
export function officeHolders(q: OfficeQuery): OfficeHolder[] {
  const { actors, latestDate } = loadCountryActors();
  const prefix = q.country + (q.sector ?? 'GOV');
  const day = q.date.slice(0, 10);
  const title = q.title?.toLowerCase();
  // "u.s. president" and "afghan president" are "president"; "vice president" is not
  const country = loadCountries().byIso3.get(q.country);
  const own = new Set(country ? [...country.names, ...country.demonyms] : []);
  const hasTitle = (t: string) => t === title || (!!title && t.endsWith(` ${title}`) && own.has(t.slice(0, -title.length - 1)));
  const out: OfficeHolder[] = [];
  for (const actor of actors) {
    if (actor.country !== q.country) continue;
    if (title && !(actor.titles ?? []).some(hasTitle)) continue;
    const role = roleAt(actor.roles, day);
    if (!role || !role.code.startsWith(prefix)) continue;
    out.push({ actor, role, beyondData: day > latestDate && !role.to });
  }
  const dated = (h: OfficeHolder) => (h.role.from || h.role.to ? 0 : 1);
  return out.sort((a, b) => dated(a) - dated(b));
}

/** The country actors by their lower-case names, with the country their roles agree on; a name two countries share, none. */
let byName: Map<string, string | null> | undefined;

/**
 * The country (ISO-3) the Phoenix dictionary's office holders and institutions of that name serve ("vladimir putin" ->
 * RUS), when one country: what the dictionary knows of a name, whatever the date.
 */
export function actorCountry(name: string): string | undefined {
  if (!byName) {
    byName = new Map();
    for (const a of loadCountryActors().actors) {
      if (!a.country) continue;
      for (const n of a.names) byName.set(n, byName.has(n) && byName.get(n) !== a.country ? null : a.country);
    }
  }
  return byName.get(name.toLowerCase()) ?? undefined;
}
