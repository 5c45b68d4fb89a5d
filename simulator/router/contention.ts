/**
 * When a Meshtastic node transmits: the contention windows of the firmware's RadioInterface, as the simulator's
 * router model needs them. Every draw comes from the injected random source; integer maths follows the
 * firmware (Arduino's map() truncates towards zero and does not clamp; random(a, b) excludes b).
 */
import { symbolMs, type ModemPreset, type ModemSettings, MODEM_PRESETS } from '../../protocol/meshtastic/airtime.ts';

const CW_MIN = 3;
export const CW_MAX = 8;
const SNR_MIN_DB = -20;
const SNR_MAX_DB = 10;
/** Firmware PROCESSING_TIME_MSEC, added to every retransmission timeout. */
const PROCESSING_TIME_MS = 4500;

export type RelayRole = 'CLIENT' | 'CLIENT_MUTE' | 'ROUTER' | 'REPEATER' | 'ROUTER_LATE';

/** Arduino's map(): integer arithmetic, truncation towards zero, no clamping. */
export function arduinoMap(x: number, inMin: number, inMax: number, outMin: number, outMax: number): number {
  return Math.trunc(((Math.trunc(x) - inMin) * (outMax - outMin)) / (inMax - inMin)) + outMin;
}

/** Arduino's random(min, max): a whole number in [min, max). */
function randomInt(random: () => number, min: number, max: number): number {
  return max <= min ? min : min + Math.floor(random() * (max - min));
}

/** One contention slot (sub-GHz): CAD time of 2.5 symbols plus 7.6 ms of propagation, turnaround and MAC. */
export function slotTimeMs(modem: ModemSettings | ModemPreset): number {
  const m = typeof modem === 'string' ? MODEM_PRESETS[modem] : modem;
  return 2.5 * symbolMs(m) + 0.2 + 0.4 + 7;
}

/** Window size for relaying: louder (closer) means larger, so far nodes relay first. */
export function relayWindow(snrDb: number): number {
  return arduinoMap(snrDb, SNR_MIN_DB, SNR_MAX_DB, CW_MIN, CW_MAX);
}

/** RadioInterface::getTxDelayMsec: before sending a packet of our own; the window grows with channel use. */
export function ownTxDelayMs(modem: ModemSettings | ModemPreset, channelUtilPercent: number, random: () => number): number {
  const cw = arduinoMap(channelUtilPercent, 0, 100, CW_MIN, CW_MAX);
  return randomInt(random, 0, 2 ** cw) * slotTimeMs(modem);
}

/**
 * RadioInterface::getTxDelayMsecWeighted: before relaying. Routers and repeaters draw from the bottom of the
 * window; everyone else first waits out the routers' whole window.
 */
export function relayTxDelayMs(modem: ModemSettings | ModemPreset, snrDb: number, role: RelayRole, random: () => number): number {
  const cw = relayWindow(snrDb);
  const slot = slotTimeMs(modem);
  if (role === 'ROUTER' || role === 'REPEATER') return randomInt(random, 0, 2 * cw) * slot;
  return 2 * CW_MAX * slot + randomInt(random, 0, 2 ** cw) * slot;
}

/** RadioInterface::getTxDelayMsecWeightedWorst: where ROUTER_LATE moves a relay once it hears someone else's. */
export function lateRelayDelayMs(modem: ModemSettings | ModemPreset, snrDb: number): number {
  const slot = slotTimeMs(modem);
  return 2 * CW_MAX * slot + 2 ** relayWindow(snrDb) * slot;
}

/** RadioInterface::getRetransmissionMsec: how long a want_ack sender waits before sending again. */
export function retransmissionTimeoutMs(modem: ModemSettings | ModemPreset, airtimeMs: number, snrDb: number): number {
  const cw = relayWindow(snrDb);
  return 2 * airtimeMs + (2 ** cw + 2 * CW_MAX + 2 ** Math.trunc((CW_MAX + CW_MIN) / 2)) * slotTimeMs(modem) + PROCESSING_TIME_MS;
}
