/**
 * How much signal a link loses with distance. Two models:
 * - log-distance with the constants LoRaSim measured (and Meshtasticator uses): PL = 127.41 + 10 * 2.08 *
 *   log10(d / 40 m), with log-normal shadowing of sigma 3.57 dB drawn per link direction;
 * - Okumura-Hata for 150-1500 MHz, which knows antenna heights and the kind of terrain, for neighbourhoods
 *   where a rooftop router sees over the street and a handset in a pocket does not.
 */
export interface LogDistanceModel {
  kind: 'log-distance';
  /** Loss at the reference distance, dB. Default 127.41. */
  referenceLossDb?: number;
  /** Reference distance, m. Default 40. */
  referenceDistanceM?: number;
  /** Path loss exponent. Default 2.08. */
  exponent?: number;
}

export interface HataModel {
  kind: 'hata';
  frequencyMhz: number;
  environment: 'urban' | 'suburban' | 'open';
}

export type PathLossModel = LogDistanceModel | HataModel;

const LORASIM: LogDistanceModel = { kind: 'log-distance' };
export const SHADOWING_SIGMA_DB = 3.57;

export function logDistanceLossDb(distanceM: number, model: LogDistanceModel = LORASIM): number {
  const d0 = model.referenceDistanceM ?? 40;
  const d = Math.max(distanceM, 1);
  return (model.referenceLossDb ?? 127.41) + 10 * (model.exponent ?? 2.08) * Math.log10(d / d0);
}

/** Okumura-Hata (small/medium city correction) with antenna heights in metres; distance clamped to >= 100 m. */
export function hataLossDb(distanceM: number, model: HataModel, txHeightM: number, rxHeightM: number): number {
  const f = model.frequencyMhz;
  const hb = Math.max(txHeightM, 1);
  const hm = Math.max(rxHeightM, 1);
  const dKm = Math.max(distanceM, 100) / 1000;
  const mobileCorrection = (1.1 * Math.log10(f) - 0.7) * hm - (1.56 * Math.log10(f) - 0.8);
  const urban = 69.55 + 26.16 * Math.log10(f) - 13.82 * Math.log10(hb) - mobileCorrection + (44.9 - 6.55 * Math.log10(hb)) * Math.log10(dKm);
  if (model.environment === 'urban') return urban;
  if (model.environment === 'suburban') return urban - 2 * Math.log10(f / 28) ** 2 - 5.4;
  return urban - 4.78 * Math.log10(f) ** 2 + 18.33 * Math.log10(f) - 40.94;
}

export function pathLossDb(distanceM: number, model: PathLossModel, txHeightM = 1.5, rxHeightM = 1.5): number {
  return model.kind === 'hata' ? hataLossDb(distanceM, model, txHeightM, rxHeightM) : logDistanceLossDb(distanceM, model);
}

/** A standard normal draw (Box-Muller) from the injected uniform source. */
export function gaussian(random: () => number): number {
  const u = Math.max(random(), Number.MIN_VALUE);
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
