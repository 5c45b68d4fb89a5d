import { describe, expect, it } from 'vitest';
import { seeded } from '../../../simulator/seeded-random.ts';
import { sensitivityDbm, noiseFloorDbm } from '../../../simulator/phy/link-budget.ts';
import { gaussian, hataLossDb, logDistanceLossDb, pathLossDb, SHADOWING_SIGMA_DB } from '../../../simulator/phy/path-loss.ts';
import { receive } from '../../../simulator/phy/reception.ts';

describe('link budget', () => {
  it.each([
    ['LONG_FAST', -131.5],
    ['MEDIUM_FAST', -126.5],
    ['SHORT_FAST', -121.5],
    ['LONG_SLOW', -137],
  ] as const)('sensitivity of %s is %d dBm, as in docs/meshtastic-facts.md', (preset, dbm) => {
    expect(sensitivityDbm(preset)).toBeCloseTo(dbm, 0);
  });

  it('puts the noise floor at -174 dBm/Hz plus bandwidth plus a 6 dB noise figure', () => {
    expect(noiseFloorDbm('LONG_FAST')).toBeCloseTo(-174 + 10 * Math.log10(250_000) + 6, 6);
  });
});

describe('path loss', () => {
  it('log-distance: 127.41 dB at 40 m and 20.8 dB more per decade (LoRaSim)', () => {
    expect(logDistanceLossDb(40)).toBeCloseTo(127.41, 6);
    expect(logDistanceLossDb(400) - logDistanceLossDb(40)).toBeCloseTo(20.8, 6);
  });

  it('Hata: more loss in town than in the suburbs than in open country, less from a higher mast', () => {
    const at = (environment: 'urban' | 'suburban' | 'open', mast = 10) => hataLossDb(2_000, { kind: 'hata', frequencyMhz: 868, environment }, mast, 1.5);
    expect(at('urban')).toBeGreaterThan(at('suburban'));
    expect(at('suburban')).toBeGreaterThan(at('open'));
    expect(at('urban', 30)).toBeLessThan(at('urban', 10));
    // Urban, 868 MHz, 30 m mast, 1.5 m handset, 1 km, worked by hand:
    // 69.55 + 26.16 log10(868) - 13.82 log10(30) - a(1.5 m) = 69.55 + 76.87 - 20.41 - 0.01 = 126.0 dB.
    expect(hataLossDb(1_000, { kind: 'hata', frequencyMhz: 868, environment: 'urban' }, 30, 1.5)).toBeCloseTo(126.0, 1);
    expect(pathLossDb(1_000, { kind: 'log-distance' })).toBeCloseTo(logDistanceLossDb(1_000), 6);
  });

  it('shadowing draws are normal: mean 0, standard deviation 1, the same for the same seed', () => {
    const random = seeded(42);
    const draws = Array.from({ length: 20_000 }, () => gaussian(random));
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    const sd = Math.sqrt(draws.reduce((a, b) => a + (b - mean) ** 2, 0) / draws.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(sd).toBeCloseTo(1, 1);
    expect(gaussian(seeded(7)) * SHADOWING_SIGMA_DB).toBe(gaussian(seeded(7)) * SHADOWING_SIGMA_DB);
  });
});

describe('reception', () => {
  const packet = (id: number, rssiDbm: number, startMs = 0, endMs = 1_000) => ({ id, rssiDbm, startMs, endMs });

  it('decodes a lone packet above the sensitivity and not one below it', () => {
    expect(receive(packet(1, -120), [packet(1, -120)], 'LONG_FAST')).toMatchObject({ decoded: true, reason: 'ok' });
    expect(receive(packet(1, -133), [packet(1, -133)], 'LONG_FAST')).toMatchObject({ decoded: false, reason: 'below-sensitivity' });
  });

  it('loses both of two equally strong overlapping packets', () => {
    const a = packet(1, -100);
    const b = packet(2, -100, 500, 1_500);
    expect(receive(a, [a, b], 'LONG_FAST').reason).toBe('collision');
    expect(receive(b, [a, b], 'LONG_FAST', 1).reason).toBe('not-locked');
  });

  it('lets a packet 7 dB stronger than the other survive (capture)', () => {
    const strong = packet(1, -93);
    const weak = packet(2, -100, 200, 1_200);
    expect(receive(strong, [strong, weak], 'LONG_FAST').decoded).toBe(true);
  });

  it('adds interference up: two interferers 4 dB weaker each sink a packet one alone would not', () => {
    const wanted = packet(1, -96);
    const one = packet(2, -103, 100, 900);
    const two = packet(3, -103, 200, 800);
    expect(receive(wanted, [wanted, one], 'LONG_FAST').decoded).toBe(true);
    expect(receive(wanted, [wanted, one, two], 'LONG_FAST').decoded).toBe(false);
  });

  it('ignores signals that do not overlap in time', () => {
    const wanted = packet(1, -110, 0, 1_000);
    const before = packet(2, -90, -2_000, -1_000);
    const after = packet(3, -90, 1_000, 2_000);
    expect(receive(wanted, [before, wanted, after], 'LONG_FAST').decoded).toBe(true);
  });
});
