/**
 * Which of a scenario's nodes run the real firmware, and which binary each runs: `firmware:` on a node, or at the
 * top for every node (or the nodes it lists). A binary is a path (relative ones are taken from the scenario's
 * folder when it is loaded) or a name looked up on PATH, such as `meshtasticd` from the Meshtastic packages.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { SimNode } from '../mesh/sim-records.ts';
import { scenarioErrors, type Scenario } from './scenario.ts';

/** Node id -> the binary it runs, for every firmware node of the scenario. */
export function firmwareNodes(scenario: Scenario, nodes: readonly SimNode[]): Map<number, string> {
  const binaries = new Map<number, string>();
  const top = scenario.firmware;
  if (typeof top === 'string') for (const node of nodes) binaries.set(node.id, top);
  else if (top) {
    const ids = new Set(nodes.map((n) => n.id));
    for (const id of top.nodes ?? [...ids]) {
      if (!ids.has(id)) throw scenarioErrors.MESHLOOM_ERR_SCENARIO(scenario.name, `firmware.nodes: node ${id} is not one of the nodes`);
      binaries.set(id, top.path);
    }
  }
  for (const spec of scenario.nodes ?? []) if (spec.firmware) binaries.set(spec.id, spec.firmware);
  return binaries;
}

/** The executable a scenario's `firmware:` names; a clear error when there is none. */
export function resolveFirmwareBinary(scenarioName: string, binary: string): string {
  const candidates = binary.includes('/')
    ? [binary]
    : (process.env.PATH ?? '')
        .split(delimiter)
        .filter(Boolean)
        .map((dir) => join(dir, binary));
  for (const candidate of candidates) if (executable(candidate)) return candidate;
  throw scenarioErrors.MESHLOOM_ERR_SCENARIO(
    scenarioName,
    `firmware "${binary}" is not an executable file${binary.includes('/') ? '' : ' on PATH'} (give the path of a meshtasticd build, e.g. ../shared/firmware/meshtasticd-2.7.26.54e0d8d, or install meshtasticd)`,
  );
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
