/**
 * The model's router against the real firmware on the hand-checkable topologies (simulator/scenarios/compare/):
 * each scenario run with the model and again with every node running the newest build in ../shared/firmware, in
 * real time, and compared packet by packet (who received each packet, over how many hops, transmissions,
 * retransmissions, acks, first-arrival times). Writes bench/results/firmware-vs-model.json, and records both
 * runs' outcomes in test/simulator/compare/recorded/, which test/simulator/compare/recorded-outcomes.test.ts holds
 * the model to. About 6 minutes per topology. After a deliberate change to the model, MODEL_ONLY=1 records the
 * model's outcomes again against the firmware runs already recorded (in seconds, no firmware needed).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareOutcomes } from '../simulator/compare/compare-outcomes.ts';
import { compareModelWithFirmware, modelOutcomes } from '../simulator/compare/compare-run.ts';
import type { PacketOutcome } from '../simulator/compare/packet-outcomes.ts';
import { loadScenario } from '../simulator/scenario/scenario.ts';
import { firmwareBinaries } from '../test/support/real-firmware.ts';
import { writeResult } from './write-result.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scenarios = join(root, 'simulator/scenarios/compare');
const recorded = join(root, 'test/simulator/compare/recorded');
if (process.env.MODEL_ONLY) {
  for (const file of readdirSync(recorded).filter((f) => f.endsWith('.json'))) {
    const path = join(recorded, file);
    const record = JSON.parse(readFileSync(path, 'utf8')) as { firmware: string; floors: Record<string, number>; real: PacketOutcome[] };
    const model = modelOutcomes(loadScenario(join(scenarios, file.replace(/\.json$/, '.yaml'))));
    const { byClass } = compareOutcomes(model, record.real);
    console.log(`  ${file}: ${JSON.stringify(Object.fromEntries(Object.entries(byClass).map(([cls, c]) => [cls, c.sameReceivers])))}`);
    writeFileSync(path, `${JSON.stringify({ firmware: record.firmware, floors: record.floors, model, real: record.real }, null, 1)}\n`);
  }
  process.exit(0);
}
const binary = firmwareBinaries().at(-1);
if (!binary) {
  console.error('no firmware builds in ../shared/firmware: nothing to compare with');
  process.exit(1);
}
mkdirSync(recorded, { recursive: true });
const only = process.env.FIRMWARE_VS_MODEL_ONLY;
const figures: Record<string, number | null> = {};
const details: Record<string, unknown> = { firmware: binary.version };
for (const file of readdirSync(scenarios).filter((f) => f.endsWith('.yaml') && (!only || f.startsWith(only)))) {
  const name = basename(file, '.yaml');
  const scenario = loadScenario(join(scenarios, file));
  console.log(`  ${name}: ${scenario.durationMinutes} min with the firmware...`);
  const workDir = mkdtempSync(join(tmpdir(), 'meshloom-bench-compare-'));
  try {
    const result = await compareModelWithFirmware(scenario, { binary: binary.path, workDir, onWarning: (text) => console.error(`  ${text}`) });
    // The floor the model must keep: the agreement measured now, rounded down to a tenth.
    const floors = Object.fromEntries(Object.entries(result.comparison.byClass).map(([cls, c]) => [cls, Math.floor((c.sameReceivers ?? 0) * 10) / 10]));
    writeFileSync(join(recorded, `${name}.json`), `${JSON.stringify({ firmware: binary.version, floors, model: result.model, real: result.real }, null, 1)}\n`);
    details[name] = { ...result.comparison, bridge: result.bridge };
    for (const [cls, c] of Object.entries(result.comparison.byClass)) {
      figures[`${name}.${cls}.sameReceivers`] = c.sameReceivers;
      figures[`${name}.${cls}.sameHops`] = c.sameHops;
    }
    console.log(`  ${JSON.stringify(result.comparison.byClass)}`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
writeResult('firmware-vs-model', figures, details);
