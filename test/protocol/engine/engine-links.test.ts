/**
 * Two neighbourhoods, each a radio mesh, joined by one bridging gateway each over a federation link: the engine
 * runs once per link over one store, and relayEvent carries alerts and ledger growth between the links.
 */
import { describe, expect, it } from 'vitest';
import { Scope, entryDefaults } from '../../../protocol/app/messages.ts';
import { keyPairFromSecret } from '../../../protocol/app/signatures.ts';
import { MeshloomEngine } from '../../../protocol/engine/engine.ts';
import type { EngineOptions, OutboundPacket } from '../../../protocol/engine/engine-types.ts';
import { relayEvent } from '../../../protocol/engine/link-relay.ts';
import { BROADCAST_NUM } from '../../../protocol/meshtastic/stream-constants.ts';
import { LedgerStore } from '../../../gateway/store/ledger-store.ts';
import { EngineNetwork } from '../../../simulator/engine-network.ts';
import { floodAlert } from './flood-alert.ts';
import { seeded } from '../../../simulator/seeded-random.ts';

const IP_LINK: Partial<EngineOptions> = {
  link: 'federation',
  airtimeShare: null,
  maxPayloadBytes: 8192,
  answerMaxEntries: 1024,
  mirrorAlertText: false,
  digestDebounceMs: 1_000,
  digestIntervalMs: 30_000,
  ackSpreadMs: 500,
  alertResendMs: 5_000,
  requestRetryMs: 5_000,
};

interface Gateway {
  num: number;
  store: LedgerStore;
  engines: Map<string, MeshloomEngine>;
  sent: { link: string; packet: OutboundPacket }[];
}

class World {
  nowMs = Date.UTC(2026, 10, 21, 12, 0);
  readonly gateways = new Map<number, Gateway>();
  /** Which gateways share each link (a radio mesh, the federation). */
  private readonly links = new Map<string, number[]>();

  add(num: number, label: string, links: Record<string, Partial<EngineOptions>>): Gateway {
    const store = new LedgerStore({ path: ':memory:', synchronous: 'NORMAL' });
    const keys = keyPairFromSecret(EngineNetwork.secretFor(num));
    const engines = new Map<string, MeshloomEngine>();
    for (const [link, options] of Object.entries(links)) {
      const engineLink = options.link ?? 'radio';
      engines.set(link, new MeshloomEngine({ store, nodeNum: num, keys, label, random: seeded(num + link.length), ...options, link: engineLink }, this.nowMs));
      this.links.set(link, [...(this.links.get(link) ?? []), num]);
    }
    const gateway = { num, store, engines, sent: [] };
    this.gateways.set(num, gateway);
    return gateway;
  }

  run(durationMs: number, stepMs = 500): void {
    const end = this.nowMs + durationMs;
    while (this.nowMs < end) {
      this.flush();
      this.nowMs += stepMs;
    }
    this.flush();
  }

  private flush(): void {
    for (let round = 0; round < 50; round++) {
      let any = false;
      for (const gateway of this.gateways.values()) {
        for (const [link, engine] of gateway.engines) {
          for (let event = engine.pollEvent(); event; event = engine.pollEvent()) relayEvent(engine, event, gateway.engines.values(), this.nowMs);
          for (let packet = engine.pollTransmit(this.nowMs); packet; packet = engine.pollTransmit(this.nowMs)) {
            any = true;
            gateway.sent.push({ link, packet });
            for (const num of this.links.get(link) ?? []) {
              if (num === gateway.num || (packet.to !== BROADCAST_NUM && packet.to !== num)) continue;
              this.gateways.get(num)?.engines.get(link)?.receive(this.nowMs, { from: gateway.num, ...packet });
            }
          }
        }
      }
      if (!any) return;
    }
  }
}

function neighbourhoods(): { world: World; x: Gateway; a: Gateway; b: Gateway; y: Gateway } {
  const world = new World();
  const x = world.add(0x11, 'Mill Lane', { mesh1: {} });
  const a = world.add(0x1a, 'Mill Lane', { mesh1: {}, federation: IP_LINK });
  const b = world.add(0x2b, 'Hill Top', { mesh2: {}, federation: IP_LINK });
  const y = world.add(0x22, 'Hill Top', { mesh2: {} });
  return { world, x, a, b, y };
}


describe('engines on two links', () => {
  it('carry an entry made on one radio mesh to a gateway that hears only the other', () => {
    const { world, x, y } = neighbourhoods();
    world.run(30_000);
    x.engines.get('mesh1')!.submitEntry(world.nowMs, entryDefaults({ minute: 1_500_000, tenths: 30, member: 'ana', note: 'soup' }));
    world.run(5 * 60_000);
    expect(y.store.chainTip(0x11)?.seq).toBe(1);
    expect(y.store.views.fingerprint()).toBe(x.store.views.fingerprint());
  });

  it('relay a federated alert hop by hop: each sender stops once its own link has acked', () => {
    const { world, x, a, b, y } = neighbourhoods();
    world.run(60_000);
    const alert = x.engines.get('mesh1')!.submitAlert(world.nowMs, floodAlert(world.nowMs));
    world.run(10 * 60_000);
    expect(y.store.getAlert(0x11, alert.body.id)?.body.headline).toBe(alert.body.headline);
    // Every ack went to whoever passed the alert on, never across a link to the author.
    const acks = [...world.gateways.values()].flatMap((g) => g.sent.filter((s) => s.packet.kind === 'ack').map((s) => [g.num, s.link, s.packet.to]));
    expect(acks.sort()).toEqual([
      [0x1a, 'mesh1', 0x11],
      [0x22, 'mesh2', 0x2b],
      [0x2b, 'federation', 0x1a],
    ].sort());
    // Nobody re-sent: one copy per link.
    const copies = [...world.gateways.values()].flatMap((g) => g.sent.filter((s) => s.packet.kind === 'alert').map((s) => `${g.num}:${s.link}`));
    expect(copies.sort()).toEqual(['17:mesh1', '26:federation', '43:mesh2']);
    expect(a.store.sendingAlerts('federation')).toEqual([]);
    expect(b.store.sendingAlerts('radio')).toEqual([]);
  });

  it('keep a local alert on its own mesh', () => {
    const { world, x, a, y } = neighbourhoods();
    world.run(60_000);
    const alert = x.engines.get('mesh1')!.submitAlert(world.nowMs, floodAlert(world.nowMs, { scope: Scope.LOCAL }));
    world.run(10 * 60_000);
    expect(a.store.getAlert(0x11, alert.body.id)).toBeDefined();
    expect(y.store.getAlert(0x11, alert.body.id)).toBeUndefined();
  });

  it('re-send on the federation link until the other bridge acks', () => {
    const { world, x, a, b } = neighbourhoods();
    world.run(60_000);
    const federationOfB = b.engines.get('federation')!;
    b.engines.delete('federation');
    const alert = x.engines.get('mesh1')!.submitAlert(world.nowMs, floodAlert(world.nowMs));
    world.run(12_000);
    b.engines.set('federation', federationOfB);
    world.run(5 * 60_000);
    const sends = a.sent.filter((s) => s.link === 'federation' && s.packet.kind === 'alert').length;
    expect(sends).toBeGreaterThan(1);
    expect(b.store.getAlert(0x11, alert.body.id)).toBeDefined();
    expect(a.store.sendingAlerts('federation')).toEqual([]);
  });
});
