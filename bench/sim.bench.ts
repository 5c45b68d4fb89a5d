/**
 * Simulator speed on Meshtasticator's default scenario shape: nodes spread at random over 15 x 15 km per 100
 * nodes (the area grows with the count), LONG_FAST at 30 dBm, hop limit 3, each node sending a 40-byte message
 * every 100 s on average (Poisson). 100 nodes for 30 simulated minutes, then 10,000 nodes for one simulated hour.
 */
import { FIRST_NODE_NUM } from '../protocol/meshtastic/stream-constants.ts';
import { MeshSimulation } from '../simulator/mesh/mesh-simulation.ts';
import type { SimNode } from '../simulator/mesh/sim-records.ts';
import { seeded } from '../simulator/seeded-random.ts';
import { poissonArrivals } from '../simulator/scenario/arrivals.ts';
import { writeResult } from './write-result.ts';

const DENSITY = 100 / (15_000 * 15_000);

/** Wall time after which a run is stopped and reported as unfinished, with how far it got. */
const WALL_CAP_S = 600;

function scenario(count: number, minutes: number, seed: number) {
  const random = seeded(seed);
  const side = Math.sqrt(count / DENSITY);
  const nodes: SimNode[] = Array.from({ length: count }, (_, i) => ({
    id: FIRST_NODE_NUM + i,
    xM: random() * side,
    yM: random() * side,
    role: 'CLIENT',
    txPowerDbm: 30,
  }));
  const started = performance.now();
  const sim = new MeshSimulation({ nodes, seed, preset: 'LONG_FAST', hopLimit: 3, keepDeliveries: false });
  const endMs = minutes * 60_000;
  for (const node of nodes) poissonArrivals(sim, 100_000, endMs, random, (t) => sim.send(node.id, t, { payloadBytes: 40 }));
  let events = 0;
  let reachedMinute = 0;
  while (reachedMinute < minutes && (performance.now() - started) / 1000 < WALL_CAP_S) {
    reachedMinute++;
    events += sim.run(reachedMinute * 60_000);
  }
  const seconds = (performance.now() - started) / 1000;
  const finished = reachedMinute === minutes;
  const deliveries = sim.latenciesMs.length;
  console.log(`${count} nodes x ${minutes} min: ${finished ? '' : `stopped at minute ${reachedMinute}, `}${seconds.toFixed(1)} s, ${events} events`);
  return {
    finished,
    reachedMinute,
    seconds,
    events,
    packets: sim.packets.size,
    deliveries,
    collisions: sim.stats.collisions,
    transmissions: sim.stats.transmissions,
  };
}

const small = scenario(100, 30, 1);
const large = scenario(10_000, 60, 2);
writeResult(
  'sim',
  {
    wallSeconds100x30min: Number(small.seconds.toFixed(2)),
    // A run stopped at the cap has no figure to give: it is recorded as null, with how far it got in `details`.
    wallSeconds10kx1h: large.finished ? Number(large.seconds.toFixed(1)) : null,
    eventsPerSecond: Math.round((small.events + large.events) / (small.seconds + large.seconds)),
  },
  { small, large, note: 'full router model (flooding, next hop, retransmissions, queue limit, duty cycle); background text only, no want_ack' },
);
