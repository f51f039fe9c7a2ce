/**
 * Kinds of mention a rule slot may take (`{S:${ACTOR}}`): node kinds, entity
 * types or name rules, comma-separated.
 */

/** Any actor or force. */
export const ACTOR = 'actor,force';
/** Bodies a person can lead or belong to: any actor or force but a person ("Prime Minister and President Hollande"). */
export const GROUP = 'armed_group,force,government,organization,media';
/** Groups and states that fight; no person (long subject gaps make a person the wrong subject too often). */
export const GROUP_FIGHTER = 'armed_group,force,government,organization,country';
/** Who can attack or capture: not media outlets. */
export const FIGHTER = 'armed_group,force,government,organization,person,country';

/**
 * The kind of place a name may follow, "the port city of X", "the capital X" (a regex source of words, not a slot kind:
 * the one list the location, control and attack patterns share).
 */
export const PLACE_KIND = '(?:town|city|port|village|province|district|region|capital|area|governorate)';
/**
 * A country's possessive before a slot, which names whose the slot's party or place is, not the party itself ("part of
 * Ukraine's Ground Forces", "a town in Chad's Sila region"): optional, a regex source read before the slot.
 */
export const COUNTRY_OWNER = "(?:⟦\\d+\\|place\\|country\\|[^⟧]*⟧['’]s?\\s+)?";
/** ... or a person's, who leads the party ("allied with Idris Naro's Kessar Brigades"). */
export const OWNER = "(?:⟦\\d+\\|(?:place\\|country|actor\\|person)\\|[^⟧]*⟧['’]s?\\s+)?";
/**
 * A name's compound before a slot, which says who leads, backs or holds the slot's party, not the party itself ("allied
 * with the M23-led Congo River Alliance"): optional, a regex source read before the slot.
 */
export const NAME_COMPOUND = '(?:⟦[^⟧]*⟧[-‐](?:led|backed|based|dominated|aligned|allied|supported|sponsored|run|held|controlled)\\s+)?';
/** A compass adjective before a place ("northern Yemen", "north-eastern Syria"). */
export const COMPASS_ADJ = '(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)';
/** A part of a place named by its direction, as a noun after "the" ("in the north-east of X", "the far south of Y"). */
export const COMPASS_PART = '(?:(?:north|south)(?:-?(?:east|west))?|east|west|centre|center)';
