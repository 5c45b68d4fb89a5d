/**
 * Where a scenario's nodes stand: the ones it lists, plus any its layout generates (random over an area, a
 * grid, a line, or clusters side by side). Generated nodes are numbered after the listed ones (from 4: the
 * firmware reserves 0-3) and drawn from the scenario's seed, so a scenario always places its nodes the same way.
 */
import type { SimNode } from '../mesh/sim-records.ts';
import { FIRST_NODE_NUM } from '../../protocol/meshtastic/stream-constants.ts';
import { seeded } from '../seeded-random.ts';
import { scenarioErrors, type LayoutDefaults, type LayoutSpec, type Scenario } from './scenario.ts';

export function layoutNodes(scenario: Scenario): SimNode[] {
  const listed: SimNode[] = (scenario.nodes ?? []).map((n) => ({
    id: n.id,
    xM: n.x,
    yM: n.y,
    role: n.role ?? 'CLIENT',
    ...(n.heightM !== undefined ? { heightM: n.heightM } : {}),
    ...(n.txPowerDbm !== undefined ? { txPowerDbm: n.txPowerDbm } : {}),
    ...(n.batteryMah !== undefined ? { batteryMah: n.batteryMah } : {}),
  }));
  const ids = new Set<number>();
  for (const node of listed) {
    if (ids.has(node.id)) throw scenarioErrors.MESHLOOM_ERR_SCENARIO(scenario.name, `node ${node.id} is listed twice`);
    ids.add(node.id);
  }
  if (!scenario.layout) return listed;
  const random = seeded(scenario.seed * 7919 + 17);
  const defaults: LayoutDefaults = scenario.layout.defaults ?? {};
  let nextId = Math.max(FIRST_NODE_NUM - 1, ...ids) + 1;
  const generated = positions(scenario.layout, random).map(([xM, yM]) => {
    const router = defaults.routerFraction !== undefined && random() < defaults.routerFraction;
    return {
      id: nextId++,
      xM,
      yM,
      role: router ? 'ROUTER' : (defaults.role ?? 'CLIENT'),
      ...(defaults.heightM !== undefined ? { heightM: defaults.heightM } : {}),
      ...(defaults.txPowerDbm !== undefined ? { txPowerDbm: defaults.txPowerDbm } : {}),
      ...(defaults.batteryMah !== undefined ? { batteryMah: defaults.batteryMah } : {}),
    } satisfies SimNode;
  });
  return [...listed, ...generated];
}

function positions(layout: LayoutSpec, random: () => number): [number, number][] {
  switch (layout.kind) {
    case 'random':
      return Array.from({ length: layout.count }, () => [random() * layout.widthM, random() * layout.heightM]);
    case 'grid':
      return Array.from({ length: layout.columns * layout.rows }, (_, i) => [
        (i % layout.columns) * layout.spacingM,
        Math.floor(i / layout.columns) * layout.spacingM,
      ]);
    case 'line':
      return Array.from({ length: layout.count }, (_, i) => [i * layout.spacingM, 0]);
    case 'clusters': {
      const pitch = 2 * layout.radiusM + layout.gapM;
      return Array.from({ length: layout.clusters * layout.perCluster }, (_, i) => {
        const cluster = Math.floor(i / layout.perCluster);
        // Uniform over the disc: the radius goes with the square root of a uniform draw.
        const r = layout.radiusM * Math.sqrt(random());
        const angle = 2 * Math.PI * random();
        return [layout.radiusM + cluster * pitch + r * Math.cos(angle), layout.radiusM + r * Math.sin(angle)];
      });
    }
  }
}
