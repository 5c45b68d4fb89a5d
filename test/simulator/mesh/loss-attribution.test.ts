/**
 * Why a reachable node missed a packet, on a line of radios 1-2-3-4 that each hear only their neighbours (the
 * sender is 1): its own reason first, else one seen at a neighbour, else the nearest reason along the line.
 */
import { describe, expect, it } from 'vitest';
import { LossAttribution, noLosses, type LossCounts } from '../../../simulator/mesh/loss-attribution.ts';
import { runScenario } from '../../../simulator/scenario/run-scenario.ts';
import { loadScenario } from '../../../simulator/scenario/scenario.ts';

const line = (node: number) => [node - 1, node + 1].filter((n) => n >= 1 && n <= 4);

function lossesOf(events: (t: LossAttribution) => void, settle: (t: LossAttribution) => void = (t) => t.settle(Number.POSITIVE_INFINITY)): LossCounts {
  const tracker = new LossAttribution(line);
  tracker.sent(7, 'text', 0, [2, 3, 4]);
  events(tracker);
  settle(tracker);
  return tracker.byKind.get('text') ?? noLosses();
}

const only = (counts: Partial<LossCounts>) => ({ ...noLosses(), ...counts });

describe('why a reachable node missed a packet', () => {
  it('charges nothing when everyone got it', () => {
    expect(
      lossesOf((t) => {
        for (const n of [2, 3, 4]) t.received(7, n);
      }),
    ).toEqual(noLosses());
  });

  it('blames a copy lost at the first relay for everyone beyond it', () => {
    expect(lossesOf((t) => t.missedCopy(7, 2, 'collision'))).toEqual(only({ collision: 1, 'lost on the way': 2 }));
    expect(lossesOf((t) => t.missedCopy(7, 2, 'not-locked'))).toEqual(only({ 'receiver busy': 1, 'lost on the way': 2 }));
  });

  it('names the stop at a neighbour: hop limit, queue, duty cycle, a cancelled relay', () => {
    const stopAt3 = (why: 'hopLimit' | 'queueFull' | 'dutyCycle' | 'relayCancelled') => (t: LossAttribution) => {
      t.received(7, 2);
      t.received(7, 3);
      t.stopped(7, 3, why);
    };
    expect(lossesOf(stopAt3('hopLimit'))).toEqual(only({ 'hop limit': 1 }));
    expect(lossesOf(stopAt3('queueFull'))).toEqual(only({ 'queue full': 1 }));
    expect(lossesOf(stopAt3('dutyCycle'))).toEqual(only({ 'duty cycle': 1 }));
    expect(lossesOf(stopAt3('relayCancelled'))).toEqual(only({ 'relay cancelled': 1 }));
  });

  it('carries a stop on along the line, and counts a node that went down as down', () => {
    expect(
      lossesOf((t) => {
        t.received(7, 2);
        t.stopped(7, 2, 'queueFull');
      }),
    ).toEqual(only({ 'queue full': 2 }));
    expect(lossesOf((t) => t.wentDown(2))).toEqual(only({ 'node down': 1, 'lost on the way': 2 }));
  });

  it('says "run ended" for a packet still on its way when the run stopped, and "other" when nothing was seen', () => {
    expect(
      lossesOf(
        () => {},
        (t) => t.settleAll(30_000),
      ),
    ).toEqual(only({ 'run ended': 3 }));
    expect(
      lossesOf(
        () => {},
        (t) => t.settleAll(10 * 60_000),
      ),
    ).toEqual(only({ other: 3 }));
  });
});

describe('in a run', () => {
  it('charges every reachable miss of live-street to one reason, mostly to what was seen', () => {
    const scenario = loadScenario(new URL('../../../simulator/scenarios/live-street.yaml', import.meta.url).pathname);
    const result = runScenario({ ...scenario, durationMinutes: 40 });
    for (const figures of Object.values(result.byKind)) {
      const missed = Object.values(figures.missed).reduce((a, b) => a + b, 0);
      expect(missed).toBe(figures.reachable - figures.delivered);
    }
    const all = Object.values(result.byKind).reduce((sum, f) => sum + Object.values(f.missed).reduce((a, b) => a + b, 0), 0);
    const unexplained = Object.values(result.byKind).reduce((sum, f) => sum + f.missed.other, 0);
    expect(all).toBeGreaterThan(0);
    expect(unexplained / all).toBeLessThan(0.1);
  });
});
