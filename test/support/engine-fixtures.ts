/**
 * Values the engine's tests, the end-to-end fixtures and the benches share, so they run what production runs:
 * the moment simulated time starts, deterministic keys per node, and the production engine settings per link.
 */
import { keyPairFromSecret, type KeyPair } from '../../protocol/app/signatures.ts';
import { SIM_EPOCH_MS } from '../../simulator/scenario/sim-gateways.ts';

export { IP_LINK_ENGINE } from '../../protocol/engine/link-profiles.ts';

/** Simulated time starts at the simulator's epoch: entries carry real minutes from there. */
export const TEST_EPOCH_MS = SIM_EPOCH_MS;

/** The secret key of test node `num`: fixed, so a restarted node keeps its identity. */
function testSecret(num: number): Uint8Array {
  return new Uint8Array(32).map((_, i) => (num * 31 + i * 7) & 0xff);
}

export function testKeys(num: number): KeyPair {
  return keyPairFromSecret(testSecret(num));
}
