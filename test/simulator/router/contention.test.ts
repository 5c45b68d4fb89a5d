import { describe, expect, it } from 'vitest';
import { seeded } from '../../../simulator/seeded-random.ts';
import { arduinoMap, CW_MAX, ownTxDelayMs, relayTxDelayMs, relayWindow, retransmissionTimeoutMs, slotTimeMs } from '../../../simulator/router/contention.ts';

describe('contention windows (RadioInterface)', () => {
  it('maps like Arduino: truncating, unclamped', () => {
    expect(arduinoMap(-5.7, -20, 10, 3, 8)).toBe(5);
    expect(arduinoMap(-25, -20, 10, 3, 8)).toBe(3);
    expect(arduinoMap(-30, -20, 10, 3, 8)).toBe(2);
    expect(arduinoMap(20, -20, 10, 3, 8)).toBe(9);
  });

  it('has a 28 ms slot on LONG_FAST, as docs/meshtastic-facts.md says', () => {
    expect(slotTimeMs('LONG_FAST')).toBeCloseTo(28.08, 2);
  });

  it('gives louder packets a larger window, so far nodes relay first', () => {
    expect(relayWindow(-20)).toBe(3);
    expect(relayWindow(10)).toBe(8);
    expect(relayWindow(0)).toBeLessThan(relayWindow(8));
  });

  it('lets a router relay within its window, before any client may start', () => {
    const random = seeded(1);
    const slot = slotTimeMs('LONG_FAST');
    for (let i = 0; i < 500; i++) {
      const router = relayTxDelayMs('LONG_FAST', 5, 'ROUTER', random);
      const client = relayTxDelayMs('LONG_FAST', 5, 'CLIENT', random);
      expect(router).toBeLessThan(2 * relayWindow(5) * slot);
      expect(client).toBeGreaterThanOrEqual(2 * CW_MAX * slot);
      expect(client).toBeLessThan(2 * CW_MAX * slot + 2 ** relayWindow(5) * slot);
    }
  });

  it('backs off more for own packets on a busy channel', () => {
    const random = seeded(2);
    const max = (util: number) => Math.max(...Array.from({ length: 2_000 }, () => ownTxDelayMs('LONG_FAST', util, random)));
    expect(max(0)).toBeLessThan(2 ** 3 * slotTimeMs('LONG_FAST'));
    expect(max(100)).toBeGreaterThan(2 ** 7 * slotTimeMs('LONG_FAST'));
  });

  it('waits twice the airtime, the windows and 4.5 s before retransmitting', () => {
    const slot = slotTimeMs('LONG_FAST');
    expect(retransmissionTimeoutMs('LONG_FAST', 1_000, 10)).toBeCloseTo(2_000 + (2 ** 8 + 16 + 2 ** 5) * slot + 4_500, 6);
  });
});
