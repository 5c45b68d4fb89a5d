/**
 * Whether a receiver decodes a packet while others are on air: its power must clear the sensitivity, and at
 * every moment of the overlap it must beat the sum of everything else heard (cumulative interference, not pair
 * by pair) by the capture threshold. A receiver locks onto the first preamble it hears; a later, stronger
 * packet does not take the lock over, it only spoils the first one (and is itself lost).
 */
import type { ModemPreset, ModemSettings } from '../../protocol/meshtastic/airtime.ts';
import { CAPTURE_THRESHOLD_DB, dbmToMw, mwToDbm, noiseFloorDbm, sensitivityDbm, snrLimitDb } from './link-budget.ts';

export interface HeardSignal {
  id: number;
  rssiDbm: number;
  /** The same power in milliwatts, when the caller has it already (saves a power of ten per use). */
  mw?: number;
  startMs: number;
  endMs: number;
}

export interface ReceptionVerdict {
  decoded: boolean;
  reason: 'ok' | 'below-sensitivity' | 'collision' | 'not-locked';
  /** Worst signal to interference-plus-noise ratio over the packet, dB. */
  sinrDb: number;
}

/**
 * Verdict for `wanted` among every signal the receiver heard that overlaps it (wanted included or not).
 * `lockedId` is the packet the receiver locked onto, if its preamble came first.
 */
export function receive(
  wanted: HeardSignal,
  heard: readonly HeardSignal[],
  modem: ModemSettings | ModemPreset,
  lockedId: number = wanted.id,
): ReceptionVerdict {
  const noiseMw = dbmToMw(noiseFloorDbm(modem));
  // Interference rises only where a signal starts: the worst moment is the start of the packet or of an
  // overlapping one. Plain loops: this runs for every receiver of every packet in a simulation.
  let worstInterferenceMw = 0;
  for (let m = -1; m < heard.length; m++) {
    const moment = m < 0 ? undefined : (heard[m] as HeardSignal);
    if (moment && !overlaps(moment, wanted)) continue;
    const t = moment ? Math.max(moment.startMs, wanted.startMs) : wanted.startMs;
    let mw = 0;
    for (const s of heard) if (overlaps(s, wanted) && s.startMs <= t && s.endMs > t) mw += s.mw ?? dbmToMw(s.rssiDbm);
    if (mw > worstInterferenceMw) worstInterferenceMw = mw;
  }
  const sinrDb = wanted.rssiDbm - mwToDbm(noiseMw + worstInterferenceMw);
  if (wanted.rssiDbm < sensitivityDbm(modem)) return { decoded: false, reason: 'below-sensitivity', sinrDb };
  if (lockedId !== wanted.id) return { decoded: false, reason: 'not-locked', sinrDb };
  const interferenceDb = worstInterferenceMw > 0 ? mwToDbm(worstInterferenceMw) : Number.NEGATIVE_INFINITY;
  if (wanted.rssiDbm - interferenceDb < CAPTURE_THRESHOLD_DB || sinrDb < snrLimitDb(modem)) {
    return { decoded: false, reason: 'collision', sinrDb };
  }
  return { decoded: true, reason: 'ok', sinrDb };
}

function overlaps(s: HeardSignal, wanted: HeardSignal): boolean {
  return s.id !== wanted.id && s.startMs < wanted.endMs && s.endMs > wanted.startMs;
}
