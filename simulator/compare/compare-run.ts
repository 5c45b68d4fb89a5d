/**
 * The model against the firmware: one scenario run twice on the same medium, seed and traffic, once with every
 * node routed by the model (simulated time, in a moment) and once with every node running the real firmware (in
 * real time), then compared packet by packet (compare-outcomes.ts).
 */
import { type FirmwareFigures, runScenarioLive } from '../scenario/run-live.ts';
import { buildScenario } from '../scenario/run-scenario.ts';
import type { Scenario } from '../scenario/scenario.ts';
import { type Comparison, compareOutcomes } from './compare-outcomes.ts';
import { type PacketOutcome, recordOutcomes } from './packet-outcomes.ts';

export interface ModelFirmwareComparison {
  scenario: string;
  firmware: string;
  model: PacketOutcome[];
  real: PacketOutcome[];
  /** a = the model, b = the firmware. */
  comparison: Comparison;
  /** What the bridge measured in the firmware run (its lateness, the firmware's own handling time). */
  bridge: FirmwareFigures | undefined;
}

/** The scenario's packets with every node routed by the model. */
export function modelOutcomes(scenario: Scenario): PacketOutcome[] {
  const { firmware: _ignored, ...modelled } = scenario;
  const built = buildScenario({ ...modelled, nodes: modelled.nodes?.map(({ firmware: _f, ...node }) => node) }, { keepDeliveries: true });
  const recorder = recordOutcomes(built.sim);
  built.sim.run(built.endMs);
  built.gateways?.close();
  return recorder.outcomes();
}

export async function compareModelWithFirmware(
  scenario: Scenario,
  options: { binary: string; workDir: string; onProgress?: (minute: number, total: number) => void; onWarning?: (text: string) => void },
): Promise<ModelFirmwareComparison> {
  const model = modelOutcomes(scenario);
  let real: PacketOutcome[] = [];
  const live = await runScenarioLive(
    { ...scenario, firmware: options.binary },
    {
      workDir: options.workDir,
      keepDeliveries: true,
      onBuilt: (built) => {
        const recorder = recordOutcomes(built.sim);
        return () => {
          real = recorder.outcomes();
        };
      },
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.onWarning ? { onWarning: options.onWarning } : {}),
    },
  );
  return { scenario: scenario.name, firmware: options.binary, model, real, comparison: compareOutcomes(model, real), bridge: live.firmware };
}
