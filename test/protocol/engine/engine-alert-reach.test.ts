/**
 * Alerts reach every gateway that can be reached while they are in force: one raised before any peer is known
 * keeps going until someone acks, and a partition that heals long after the author stopped re-sending still gets
 * the alert (and its cancel) through the digests' list of alerts in force.
 */
import { describe, expect, it } from 'vitest';
import { MsgType } from '../../../protocol/app/messages.ts';
import { EngineNetwork } from '../../support/engine-network.ts';
import { floodAlert } from './flood-alert.ts';

const HOUR = 3_600_000;

describe('alerts reach everyone reachable', () => {
  it('an alert raised before any peer is known keeps being sent until one acks', () => {
    const net = new EngineNetwork();
    const a = net.add(0xa);
    const b = net.add(0xb);
    // A knows no one yet: B is out of reach from the start.
    net.partition([0xa], [0xb]);
    const alert = a.engine.submitAlert(net.nowMs, floodAlert(net.nowMs));
    net.run(HOUR);
    const sent = a.sent.filter((p) => p.kind === 'alert').length;
    expect(sent).toBeGreaterThan(5);
    net.heal();
    net.runUntil(() => b.store.getAlert(0xa, alert.body.id) !== undefined && a.store.ackers(0xa, alert.body.id).includes(0xb), HOUR);
    // Once acked, it stops.
    const afterAck = a.sent.filter((p) => p.kind === 'alert').length;
    net.run(HOUR);
    expect(a.sent.filter((p) => p.kind === 'alert').length).toBe(afterAck);
  });

  it('a partition that heals after the author stopped re-sending still gets the alert, and then its cancel', () => {
    const net = new EngineNetwork();
    const a = net.add(0xa);
    net.add(0xb);
    const c = net.add(0xc);
    net.run(60_000);
    net.partition([0xa, 0xb], [0xc]);
    const alert = a.engine.submitAlert(net.nowMs, floodAlert(net.nowMs));
    net.run(HOUR);
    expect(c.store.getAlert(0xa, alert.body.id)).toBeUndefined();
    // A gave up on C long ago (five attempts); B never had it to send.
    expect(a.store.isSending('radio', 0xa, alert.body.id)).toBe(false);
    net.heal();
    net.runUntil(() => c.store.getAlert(0xa, alert.body.id) !== undefined, HOUR);

    net.partition([0xa, 0xb], [0xc]);
    const cancel = a.engine.submitAlert(net.nowMs, floodAlert(net.nowMs, { msgType: MsgType.CANCEL, references: [alert.body.id], headline: 'All clear' }));
    net.run(HOUR);
    expect(c.store.getAlert(0xa, alert.body.id)?.superseded).toBe(false);
    net.heal();
    net.runUntil(() => c.store.getAlert(0xa, cancel.body.id) !== undefined && c.store.getAlert(0xa, alert.body.id)?.superseded === true, HOUR);
    expect(c.engine.activeAlerts(net.nowMs)).toEqual([]);
  });
});
