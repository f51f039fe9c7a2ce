/**
 * Issue 12's figures as regression floors (test/eval/floors.json, group
 * `events`): the event notes dev set (in the repository: always runs), the
 * PETRARCH unit tests with the validation dictionaries injected and with the
 * shipped CAMEO verbs, and re3d-dev relation F1 per publisher (both skip
 * cleanly when ../shared is absent).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FLOORS_PATH } from '../../scripts/eval/floors.ts';
import { evalNotes, notesFigures } from '../../scripts/eval/notes.ts';
import { evalPetrarch, hasPetrarchData } from '../../scripts/eval/petrarch.ts';
import { evalPublishers } from '../../scripts/eval/relations-publisher.ts';
import { hasData, sharedRoot } from '../../scripts/eval/run.ts';

const floors = (JSON.parse(readFileSync(FLOORS_PATH, 'utf8')) as { events: Record<string, number> }).events;
const shared = sharedRoot();
const TIMEOUT = 300_000;

describe('event notes (scripts/eval/data/event-notes.txt)', () => {
  it(
    'stay at or above the floors: edge found, right direction, place, attacks',
    () => {
      const f = notesFigures(evalNotes());
      expect({ found: f.found >= floors.notesFound!, direction: f.direction >= floors.notesDirection!, place: f.place >= floors.notesPlace!, attacks: f.attacksFound >= floors.notesAttacksFound! }, JSON.stringify(f)).toEqual({
        found: true,
        direction: true,
        place: true,
        attacks: true,
      });
    },
    TIMEOUT,
  );
});

describe.skipIf(!hasPetrarchData(shared))('PETRARCH unit tests with the validation dictionaries injected', () => {
  it(
    'stay at or above the floors',
    async () => {
      const r = await evalPetrarch({ mode: 'in-process', shared });
      expect(r.run.violations).toEqual([]);
      expect(r.withDictionaries.all.share, 'validation verbs').toBeGreaterThanOrEqual(floors.petrarchValidate!);
      expect(r.withDictionaries.cameo.share, 'CAMEO 2.0 verbs').toBeGreaterThanOrEqual(floors.petrarchCameo!);
    },
    TIMEOUT,
  );
});

describe.skipIf(!hasData(shared, 're3d'))('re3d-dev relations by publisher', () => {
  it(
    'keep the mean relation F1 over publishers at or above the floor',
    () => {
      expect(evalPublishers(shared).mean).toBeGreaterThanOrEqual(floors.publishersMeanRelationF1!);
    },
    TIMEOUT,
  );
});
