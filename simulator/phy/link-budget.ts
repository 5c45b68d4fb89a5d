/**
 * Received power, noise and what a LoRa receiver can still decode, per modem preset (the sensitivity figures
 * of Meshtasticator: -174 dBm/Hz thermal noise + bandwidth + 6 dB noise figure + the spreading factor's SNR
 * limit; see docs/meshtastic-facts.md).
 */
import { MODEM_PRESETS, type ModemPreset, type ModemSettings } from '../../protocol/meshtastic/airtime.ts';

const NOISE_FIGURE_DB = 6;
/** Capture effect: a packet survives an overlap when it is this much stronger than the rest. */
export const CAPTURE_THRESHOLD_DB = 6;

/** Lowest SNR each spreading factor demodulates (Semtech SX127x/SX126x datasheets). */
const SNR_LIMIT_DB: Readonly<Record<number, number>> = { 7: -7.5, 8: -10, 9: -12.5, 10: -15, 11: -17.5, 12: -20 };

function settings(modem: ModemSettings | ModemPreset): ModemSettings {
  return typeof modem === 'string' ? MODEM_PRESETS[modem] : modem;
}

export function noiseFloorDbm(modem: ModemSettings | ModemPreset): number {
  return -174 + 10 * Math.log10(settings(modem).bandwidthKhz * 1000) + NOISE_FIGURE_DB;
}

export function snrLimitDb(modem: ModemSettings | ModemPreset): number {
  return SNR_LIMIT_DB[settings(modem).spreadingFactor] as number;
}

export function sensitivityDbm(modem: ModemSettings | ModemPreset): number {
  return noiseFloorDbm(modem) + snrLimitDb(modem);
}

export function dbmToMw(dbm: number): number {
  return 10 ** (dbm / 10);
}

export function mwToDbm(mw: number): number {
  return 10 * Math.log10(mw);
}
