/**
 * The model on the hand-checkable topologies (simulator/scenarios/compare/), held to two records made by
 * `npm run bench -- firmware-vs-model` (test/simulator/compare/recorded/): its own outcomes then, packet by
 * packet (any change to the model shows here, to be recorded again on purpose), and the real firmware's outcomes
 * on the same air, which it must keep agreeing with at least as well as it did (the floors). The live run against
 * the firmware is the bench; test/e2e/firmware-vs-model.e2e.test.ts repeats one topology in `npm test`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareOutcomes, type TrafficClass } from '../../../simulator/compare/compare-outcomes.ts';
import { modelOutcomes } from '../../../simulator/compare/compare-run.ts';
import type { PacketOutcome } from '../../../simulator/compare/packet-outcomes.ts';
import { loadScenario } from '../../../simulator/scenario/scenario.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const recordedDir = join(here, 'recorded');
const scenarioDir = fileURLToPath(new URL('../../../simulator/scenarios/compare/', import.meta.url));

interface Recorded {
  firmware: string;
  model: PacketOutcome[];
  real: PacketOutcome[];
  /** Per traffic class: the share of packets the model must deliver to the same nodes as the firmware did. */
  floors: Partial<Record<TrafficClass, number>>;
}

const records = existsSync(recordedDir) ? readdirSync(recordedDir).filter((f) => f.endsWith('.json')) : [];

describe('the model on the hand-checkable topologies', () => {
  it('has a record for every topology', () => {
    expect(records.map((f) => basename(f, '.json')).sort()).toEqual(
      readdirSync(scenarioDir)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => basename(f, '.yaml'))
        .sort(),
    );
  });

  for (const file of records) {
    const name = basename(file, '.json');
    const recorded = JSON.parse(readFileSync(join(recordedDir, file), 'utf8')) as Recorded;
    const model = modelOutcomes(loadScenario(join(scenarioDir, `${name}.yaml`)));

    it(`${name}: does what it was recorded doing, packet by packet`, () => {
      expect(model).toEqual(recorded.model);
    });

    it(`${name}: agrees with the firmware (${recorded.firmware}) at least as well as when recorded`, () => {
      const { byClass } = compareOutcomes(model, recorded.real);
      const floors = Object.entries(recorded.floors).filter(([, floor]) => floor > 0);
      expect(floors.length).toBeGreaterThan(0);
      for (const [cls, floor] of floors) expect(byClass[cls as TrafficClass]?.sameReceivers ?? 0, cls).toBeGreaterThanOrEqual(floor);
    });
  }
});
