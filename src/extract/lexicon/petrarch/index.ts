/**
 * The PETRARCH2 event coder's dictionaries as newsgraph data (issue 12):
 * CAMEO verb patterns, Phoenix agents, countries, office holders with dated
 * roles, non-state and international groups, discards; the CAMEO -> edge
 * type / PLOVER table and the actor-code sectors. See ./README.md.
 * Nothing is read at import: every loader reads its file on first call.
 */
export * from './types.ts';
export { label } from './label.ts';
export {
  PetrarchDataError,
  cameoEvent,
  codeParts,
  loadAgents,
  loadCameoMap,
  loadCameoVerbs,
  loadCountries,
  loadCountryActors,
  loadDiscards,
  loadGroups,
  loadSectors,
  parseRoleText,
  synsetMembers,
  type AgentInfo,
  type CameoMap,
  type CameoVerbs,
  type Countries,
  type Sectors,
} from './load.ts';
export { actorCountry, officeHolders, roleAt, type OfficeHolder, type OfficeQuery } from './roles.ts';
