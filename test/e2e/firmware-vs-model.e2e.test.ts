/**
 * The model and the real firmware on the same air, live: the first three minutes of the line of four
 * (simulator/scenarios/compare/line-4.yaml) run once with the model and once with every node on the newest
 * firmware build, compared packet by packet. The full comparison of every topology is the bench (`npm run bench
 * -- firmware-vs-model`, docs/firmware-vs-model.md); this keeps a broken bridge or a model gone astray from
 * passing unnoticed. Each firmware run draws its own contention windows, so agreement is a share, not a match.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareModelWithFirmware } from '../../simulator/compare/compare-run.ts';
import { loadScenario } from '../../simulator/scenario/scenario.ts';
import { firmwareBinaries, NO_FIRMWARE_REASON } from '../support/real-firmware.ts';

const binary = firmwareBinaries().at(-1);
const LINE = fileURLToPath(new URL('../../simulator/scenarios/compare/line-4.yaml', import.meta.url));

describe.skipIf(!binary)(`the model against the firmware on a line of four (${binary?.version ?? NO_FIRMWARE_REASON})`, () => {
  it('delivers most packets to the same nodes over the same hops, and both sides carry every class of traffic', async () => {
    const scenario = { ...loadScenario(LINE), durationMinutes: 3 };
    const workDir = mkdtempSync(join(tmpdir(), 'meshloom-fw-vs-model-'));
    try {
      const { comparison, real } = await compareModelWithFirmware(scenario, { binary: binary?.path as string, workDir });
      const broadcasts = comparison.byClass.broadcast;
      expect(broadcasts?.packets).toBeGreaterThanOrEqual(5);
      // Over six minutes 78 % of the line's broadcasts reached the same nodes (docs/firmware-vs-model.md); over
      // three, a collision or two that each run draws differently weigh more, so the bar is a broken bridge's.
      expect(broadcasts?.sameReceivers).toBeGreaterThanOrEqual(0.4);
      expect(broadcasts?.sameHops).toBeGreaterThanOrEqual(0.9);
      for (const [cls, c] of Object.entries(comparison.byClass)) expect(c.b.receivers, `${cls} reached nobody on the firmware`).toBeGreaterThan(0);
      expect(real.length).toBeGreaterThan(0);
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  }, 300_000);
});
