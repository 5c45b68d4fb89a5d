/**
 * Two neighbourhoods, each a radio mesh, joined by one bridging gateway each over a federation link: the engine
 * runs once per link over one store, and the driver carries alerts and ledger growth between the links.
 */
import { describe, expect, it } from 'vitest';
import { Scope, entryDefaults } from '../../../protocol/app/messages.ts';
import { IP_LINK_ENGINE } from '../../support/engine-fixtures.ts';
import { EngineNetwork, type Node } from '../../support/engine-network.ts';
import { floodAlert } from './flood-alert.ts';

function neighbourhoods(): { world: EngineNetwork; x: Node; a: Node; b: Node; y: Node } {
  const world = new EngineNetwork();
  const x = world.add(0x11, { label: 'Mill Lane', links: { mesh1: {} } });
  const a = world.add(0x1a, { label: 'Mill Lane', links: { mesh1: {}, federation: IP_LINK_ENGINE } });
  const b = world.add(0x2b, { label: 'Hill Top', links: { mesh2: {}, federation: IP_LINK_ENGINE } });
  const y = world.add(0x22, { label: 'Hill Top', links: { mesh2: {} } });
  return { world, x, a, b, y };
}

describe('engines on two links', () => {
  it('carry an entry made on one radio mesh to a gateway that hears only the other', () => {
    const { world, x, y } = neighbourhoods();
    world.run(30_000);
    x.engine.submitEntry(world.nowMs, entryDefaults({ minute: 1_500_000, tenths: 30, member: 'ana', note: 'soup' }));
    world.run(5 * 60_000);
    expect(y.store.chainTip(0x11)?.seq).toBe(1);
    expect(y.store.views.fingerprint()).toBe(x.store.views.fingerprint());
  });

  it('relay a federated alert hop by hop: each sender stops once its own link has acked', () => {
    const { world, x, a, b, y } = neighbourhoods();
    world.run(60_000);
    const alert = x.engine.submitAlert(world.nowMs, floodAlert(world.nowMs));
    world.run(10 * 60_000);
    expect(y.store.getAlert(0x11, alert.body.id)?.body.headline).toBe(alert.body.headline);
    // Every ack went to whoever passed the alert on, never across a link to the author.
    const acks = [...world.nodes.values()].flatMap((g) => g.sentOn.filter((s) => s.packet.kind === 'ack').map((s) => [g.num, s.link, s.packet.to]));
    expect(acks.sort()).toEqual(
      [
        [0x1a, 'mesh1', 0x11],
        [0x22, 'mesh2', 0x2b],
        [0x2b, 'federation', 0x1a],
      ].sort(),
    );
    // Nobody re-sent: one copy per link.
    const copies = [...world.nodes.values()].flatMap((g) => g.sentOn.filter((s) => s.packet.kind === 'alert').map((s) => `${g.num}:${s.link}`));
    expect(copies.sort()).toEqual(['17:mesh1', '26:federation', '43:mesh2']);
    expect(a.store.sendingAlerts('federation')).toEqual([]);
    expect(b.store.sendingAlerts('radio')).toEqual([]);
  });

  it('keep a local alert on its own mesh', () => {
    const { world, x, a, y } = neighbourhoods();
    world.run(60_000);
    const alert = x.engine.submitAlert(world.nowMs, floodAlert(world.nowMs, { scope: Scope.LOCAL }));
    world.run(10 * 60_000);
    expect(a.store.getAlert(0x11, alert.body.id)).toBeDefined();
    expect(y.store.getAlert(0x11, alert.body.id)).toBeUndefined();
  });

  it('re-send on the federation link until the other bridge acks', () => {
    const { world, x, a, b } = neighbourhoods();
    world.run(60_000);
    b.driver.detach('federation');
    const alert = x.engine.submitAlert(world.nowMs, floodAlert(world.nowMs));
    world.run(12_000);
    b.driver.attach(b.links.get('federation')!);
    b.driver.drive();
    world.run(5 * 60_000);
    const sends = a.sentOn.filter((s) => s.link === 'federation' && s.packet.kind === 'alert').length;
    expect(sends).toBeGreaterThan(1);
    expect(b.store.getAlert(0x11, alert.body.id)).toBeDefined();
    expect(a.store.sendingAlerts('federation')).toEqual([]);
  });
});
