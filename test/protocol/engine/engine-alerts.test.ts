import { describe, expect, it } from 'vitest';
import { Portnums } from '@meshtastic/protobufs';
import { MsgType, entryDefaults } from '../../../protocol/app/messages.ts';
import type { AlertInput } from '../../../protocol/engine/alert-flow.ts';
import { EngineNetwork } from '../../support/engine-network.ts';
import { floodAlert } from './flood-alert.ts';

const flood = (net: EngineNetwork, extra: Partial<AlertInput> = {}): AlertInput => floodAlert(net.nowMs, extra);

describe('engine alerts', () => {
  it('reaches every gateway, is acked by each once, and stops being re-sent when all have acked', () => {
    const net = new EngineNetwork({ seed: 2 });
    const [a, b, c] = [0xa, 0xb, 0xc].map((n) => net.add(n));
    net.run(10_000);
    const alert = a!.engine.submitAlert(net.nowMs, flood(net));
    net.run(60_000);
    for (const node of [b!, c!]) {
      expect(node.events.filter((e) => e.type === 'alert' && !e.local)).toHaveLength(1);
      expect(node.engine.activeAlerts(net.nowMs).map((x) => x.body.headline)).toEqual([alert.body.headline]);
    }
    expect(a!.store.ackers(0xa, alert.body.id)).toEqual([0xb, 0xc]);
    net.run(3_600_000);
    expect(a!.sent.filter((p) => p.kind === 'alert')).toHaveLength(1);
    expect(b!.sent.filter((p) => p.kind === 'ack')).toHaveLength(1);
  });

  it('mirrors the alert as bell-prefixed text on ALERT_APP for stock Meshtastic apps', () => {
    const net = new EngineNetwork();
    const a = net.add(0xa);
    a.engine.submitAlert(net.nowMs, flood(net));
    // The text copy follows the alert once the alert's relays are clear (paced, three airtimes).
    net.run(10_000);
    const text = a.sent.find((p) => p.portnum === Portnums.PortNum.ALERT_APP);
    expect(new TextDecoder().decode(text!.payload)).toBe(
      '\u0007SEVERE: River over the bank at the footbridge - Move cars off Mill Lane - Area: Mill Lane and the allotments',
    );
    expect(text!.priority).toBeGreaterThanOrEqual(100);
  });

  it('re-sends with backoff while a known gateway has not acked, and gives up after the attempts', () => {
    const net = new EngineNetwork({ seed: 4, engine: { alertAttempts: 4, alertResendMs: 30_000 } });
    const a = net.add(0xa);
    net.add(0xb);
    net.run(10_000);
    net.partition([0xa], [0xb]);
    a.engine.submitAlert(net.nowMs, flood(net));
    net.run(3_600_000);
    const times = a.sent.filter((p) => p.kind === 'alert').length;
    expect(times).toBe(4);
  });

  it('lets an update supersede, and a cancel end, an alert everywhere', () => {
    const net = new EngineNetwork();
    const a = net.add(0xa);
    const b = net.add(0xb);
    net.run(10_000);
    const first = a.engine.submitAlert(net.nowMs, flood(net));
    net.run(30_000);
    const update = a.engine.submitAlert(net.nowMs, flood(net, { msgType: MsgType.UPDATE, references: [first.body.id], headline: 'Water still rising' }));
    net.run(30_000);
    expect(b.engine.activeAlerts(net.nowMs).map((x) => x.body.headline)).toEqual(['Water still rising']);
    a.engine.submitAlert(net.nowMs, flood(net, { msgType: MsgType.CANCEL, references: [update.body.id], headline: 'All clear' }));
    net.run(30_000);
    expect(b.engine.activeAlerts(net.nowMs)).toEqual([]);
    expect(a.engine.activeAlerts(net.nowMs)).toEqual([]);
  });

  it('stops showing and sending an alert once it expires', () => {
    const net = new EngineNetwork();
    const a = net.add(0xa);
    const b = net.add(0xb);
    net.run(10_000);
    a.engine.submitAlert(net.nowMs, flood(net, { expiresAtMs: net.nowMs + 5 * 60_000 }));
    net.run(60_000);
    expect(b.engine.activeAlerts(net.nowMs)).toHaveLength(1);
    net.run(5 * 60_000);
    expect(b.engine.activeAlerts(net.nowMs)).toHaveLength(0);
  });

  it('carries a long instruction in fragments', () => {
    const net = new EngineNetwork();
    const a = net.add(0xa);
    const b = net.add(0xb);
    net.run(10_000);
    const instruction = 'Go to the community hall on Station Road. '.repeat(12);
    a.engine.submitAlert(net.nowMs, flood(net, { instruction }));
    net.run(30_000);
    expect(b.engine.activeAlerts(net.nowMs)[0]?.body.instruction).toBe(instruction);
    expect(a.sent.filter((p) => p.kind === 'alert').length).toBeGreaterThan(1);
  });
});

describe('engine airtime budget', () => {
  it('holds sync traffic at its share of the budget but lets alerts through', () => {
    // 10.8 s an hour: the 20% kept for alerts still holds one full LONG_FAST packet (2.1 s).
    const net = new EngineNetwork({ engine: { airtimeShare: 0.003 } });
    const a = net.add(0xa);
    net.add(0xb);
    net.run(10_000);
    for (let i = 0; i < 60; i++) a.engine.submitEntry(net.nowMs, { ...entryDefaults({ minute: 1, tenths: i }), note: `batch entry ${i} with a note` });
    net.run(60_000);
    const used = a.engine.budget.usedMs(net.nowMs);
    expect(used).toBeGreaterThan(a.engine.budget.budgetMs * 0.6);
    expect(used).toBeLessThanOrEqual(a.engine.budget.budgetMs * 0.8);
    const published = a.engine.publishedSeq;
    expect(published).toBeLessThan(60);
    a.engine.submitAlert(net.nowMs, flood(net));
    net.run(1_000);
    expect(a.sent.some((p) => p.kind === 'alert')).toBe(true);
    expect(a.engine.budget.usedMs(net.nowMs)).toBeLessThanOrEqual(a.engine.budget.budgetMs);
  });
});
