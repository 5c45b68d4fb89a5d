import { describe, expect, it } from 'vitest';
import { airtimeMs, MODEM_PRESETS, type ModemPreset } from '../../../protocol/meshtastic/airtime.ts';

describe('airtimeMs', () => {
  // The "airtime of 255 B" column of docs/meshtastic-facts.md, read from the firmware.
  const table: [ModemPreset, number][] = [
    ['SHORT_TURBO', 101],
    ['SHORT_FAST', 202],
    ['SHORT_SLOW', 357],
    ['MEDIUM_FAST', 641],
    ['MEDIUM_SLOW', 1164],
    ['LONG_FAST', 2131],
    ['LONG_MODERATE', 7901],
    ['LONG_SLOW', 14_300],
  ];
  it.each(table)('a 255-byte packet on %s takes %d ms', (preset, ms) => {
    const tolerance = ms >= 10_000 ? 100 : 1;
    expect(Math.abs(airtimeMs(preset, 255) - ms)).toBeLessThanOrEqual(tolerance);
  });

  it('matches the firmware log: 477 ms for a 32-byte LONG_FAST packet', () => {
    expect(Math.round(airtimeMs('LONG_FAST', 32))).toBe(477);
  });

  it('grows with the packet and never shrinks', () => {
    for (const preset of Object.keys(MODEM_PRESETS) as ModemPreset[]) {
      let last = 0;
      for (let bytes = 0; bytes <= 255; bytes++) {
        const t = airtimeMs(preset, bytes);
        expect(t).toBeGreaterThanOrEqual(last);
        last = t;
      }
    }
  });
});
