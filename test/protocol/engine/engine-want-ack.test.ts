/**
 * Which packets ask the radio for want_ack: broadcasts carrying entries or alerts, on a radio link only. The
 * firmware resends those until a neighbour is heard relaying them; digests, announcements, requests and IP links
 * do not ask (test/simulator/scenario/implicit-ack.test.ts shows what the resend buys).
 */
import { describe, expect, it } from 'vitest';
import { Category, entryDefaults } from '../../../protocol/app/messages.ts';
import { toMinute } from '../../../protocol/app/meshloom-time.ts';
import { decodeMessage } from '../../../protocol/app/packet-format.ts';
import { DEFAULT_PORTNUM } from '../../../protocol/engine/engine.ts';
import { IP_LINK_ENGINE } from '../../support/engine-fixtures.ts';
import { EngineNetwork } from '../../support/engine-network.ts';
import { floodAlert } from './flood-alert.ts';

function sentBy(engine: 'radio' | 'ip') {
  const net = new EngineNetwork({ seed: 5, ...(engine === 'ip' ? { engine: IP_LINK_ENGINE } : {}) });
  const a = net.add(0xa);
  net.add(0xb);
  net.run(60_000);
  a.engine.submitEntry(net.nowMs, entryDefaults({ minute: toMinute(net.nowMs), category: Category.MEALS, tenths: 10, member: 'ana', note: 'soup' }));
  a.engine.submitAlert(net.nowMs, floodAlert(net.nowMs));
  net.run(120_000);
  // The alert's plain-text copy for stock apps is not a meshloom message.
  return a.sent.map((p) => ({
    type: p.portnum === DEFAULT_PORTNUM ? decodeMessage(p.payload).type : 'text',
    wantAck: p.wantAck,
    broadcast: p.to === 0xffffffff,
  }));
}

describe('want_ack on what a gateway sends', () => {
  it('is asked for entries and alerts broadcast on the radio, and for nothing else', () => {
    const sent = sentBy('radio');
    const types = new Set(sent.map((p) => p.type));
    expect([...types]).toEqual(expect.arrayContaining(['announce', 'entries', 'alert', 'text', 'digest']));
    for (const p of sent) expect(p.wantAck, `${p.type}`).toBe(p.broadcast && (p.type === 'entries' || p.type === 'alert'));
  });

  it('is never asked on an IP link, where there is no radio to resend', () => {
    const sent = sentBy('ip');
    expect(sent.some((p) => p.type === 'entries')).toBe(true);
    expect(sent.filter((p) => p.wantAck)).toEqual([]);
  });
});
