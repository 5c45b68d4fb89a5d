/**
 * The real meshloom engine on simulated gateway nodes: each with its own in-memory SQLite store, sending what
 * it wants sent through the simulated radio and hearing what the radio decodes, woken by simulated time. This
 * is the engine the gateway runs, unchanged; only the clock and the radio are simulated.
 */
import { airtimeMs, MESH_HEADER_BYTES } from '../../protocol/meshtastic/airtime.ts';
import { LedgerStore } from '../../store/ledger-store.ts';
import { entryDefaults, MsgType, Severity } from '../../protocol/app/messages.ts';
import { toMinute } from '../../protocol/app/meshloom-time.ts';
import { keyPairFromSecret } from '../../protocol/app/signatures.ts';
import { DATA_OVERHEAD_BYTES, MeshloomEngine } from '../../protocol/engine/engine.ts';
import { EngineDriver } from '../../protocol/engine/engine-driver.ts';
import type { EngineEvent, OutboundPacket } from '../../protocol/engine/engine-types.ts';
import type { MeshSimulation } from '../mesh/mesh-simulation.ts';
import type { FloorChain } from './sim-result.ts';
import { portnumOfKind } from '../mesh/packet-kinds.ts';
import { seeded } from '../seeded-random.ts';
import { directReach, gatewayGroups, gatewayReach, sendsBetween } from './gateway-reach.ts';

/** Simulated time 0 is this wall-clock moment for the engines (their entries carry real minutes). */
export const SIM_EPOCH_MS = Date.UTC(2026, 10, 21, 12, 0);

/** Ids of sent packets remembered to count their retransmissions (which come within a minute). */
const SENT_IDS_KEPT = 10_000;

/** A group of gateways that can reach each other, and every chain's furthest entry any of them holds. */
export interface GroupHeads {
  group: readonly number[];
  heads: Map<number, number>;
}

export interface AlertReach {
  author: number;
  id: number;
  raisedAtMs: number;
  /** Gateway -> simulated ms it stored the alert. */
  reached: Map<number, number>;
}

interface SimGateway {
  node: number;
  engine: MeshloomEngine;
  driver: EngineDriver;
  store: LedgerStore;
  /** The one pending wake-up in simulated ms; a later request replaces it. */
  wakeAtMs: number;
}

export class SimGateways {
  readonly alerts: AlertReach[] = [];
  readonly rejected: { node: number; reason: string; from: number; detail: string; atMs: number }[] = [];
  entriesSubmitted = 0;
  /**
   * Every meshloom packet a gateway put on air, each send of it (the radio's retransmissions too): when, its
   * payload bytes, what it carried (`entries`: the gateway publishing its own new entries) and its airtime.
   */
  readonly sent: { atMs: number; bytes: number; kind: OutboundPacket['kind']; airtimeMs: number }[] = [];
  /** The meshloom packets gateways sent, by packet id, so the radio's retransmissions count as sends. */
  private readonly sentPackets = new Map<number, { node: number; bytes: number; kind: OutboundPacket['kind']; settled?: boolean }>();
  /** Everything the engines report, as it happens (for a live run's log). */
  onEvent: ((node: number, event: EngineEvent) => void) | undefined;
  private readonly gateways = new Map<number, SimGateway>();
  /** Heals waiting for their first crossing packet: "lacking:holder" gateway pairs (see watchContact). */
  private contactWatches: { pairs: Set<string>; onContact: (atMs: number) => void }[] = [];
  /** Gateways whose packets get to each other both ways (within the hop limit, passing through gateways). */
  readonly groups: number[][];
  /** Per gateway, the gateways its packets can get to (see gateway-reach.ts). */
  private readonly reach: Map<number, Set<number>>;
  /** Per gateway, the gateways one of its own packets gets to. */
  private readonly direct: Map<number, number[]>;

  constructor(
    private readonly sim: MeshSimulation,
    nodes: readonly number[],
    seed: number,
    /** The wall-clock moment simulated time 0 stands for (entries carry real minutes). */
    private readonly epochMs = SIM_EPOCH_MS,
  ) {
    this.direct = directReach(nodes, (node) => (sim.medium.links.get(node) ?? []).map((l) => l.node), sim.hopLimit);
    this.reach = gatewayReach(this.direct);
    this.groups = gatewayGroups(this.reach);
    for (const node of nodes) {
      const store = new LedgerStore({ path: ':memory:', synchronous: 'OFF' });
      const secret = new Uint8Array(32).map((_, i) => (node * 131 + i * 17 + seed) & 0xff);
      const engine = new MeshloomEngine(
        { store, nodeNum: node, keys: keyPairFromSecret(secret), label: `gateway ${node}`, random: seeded(seed * 1009 + node) },
        epochMs,
      );
      const driver = new EngineDriver({
        now: () => this.engineNow(),
        onEvent: (_link, event) => this.note(node, event),
        wake: (atMs) => this.wake(gateway, atMs),
      });
      const gateway: SimGateway = { node, engine, driver, store, wakeAtMs: Number.POSITIVE_INFINITY };
      this.gateways.set(node, gateway);
      driver.attach({
        name: 'radio',
        engine,
        canSend: () => sim.isUp(node),
        send: (packet) => {
          const id = sim.send(node, sim.nowMs, {
            to: packet.to,
            payload: packet.payload,
            payloadBytes: packet.payload.length + DATA_OVERHEAD_BYTES,
            wantAck: packet.wantAck,
            // The alert's text copy for stock apps goes on ALERT_APP: text on air, not a meshloom message.
            kind: packet.portnum === engine.portnum ? 'meshloom' : 'text',
          });
          if (packet.portnum === engine.portnum) {
            if (this.sentPackets.size >= SENT_IDS_KEPT) this.sentPackets.delete(this.sentPackets.keys().next().value as number);
            this.sentPackets.set(id, { node, bytes: packet.payload.length, kind: packet.kind });
            this.countSend(packet.payload.length, packet.kind);
          }
        },
      });
      sim.at(0, () => driver.drive());
    }
    // The radio's word on our want_ack broadcasts, as the firmware gives it to a phone: relayed, or given up.
    const settle = (id: number, acked: boolean) => {
      const sent = this.sentPackets.get(id);
      if (!sent || sent.settled) return;
      sent.settled = true;
      this.gateways.get(sent.node)?.engine.noteImplicitAck(this.engineNow(), acked, sent.bytes);
    };
    sim.traces.acked.connect((record) => settle(record.id, true));
    sim.traces.router.gaveUp.connect((node, id) => {
      if (this.sentPackets.get(id)?.node === node) settle(id, false);
    });
    sim.traces.router.retransmitted.connect((node, id) => {
      const sent = this.sentPackets.get(id);
      if (sent?.node === node) this.countSend(sent.bytes, sent.kind);
    });
    sim.traces.deliver.connect((delivery) => {
      const gateway = this.gateways.get(delivery.node);
      if (!gateway) return;
      if (delivery.kind === 'meshloom') this.noteContact(delivery.node, delivery.from);
      if (gateway.engine.heardRadio(this.engineNow(), delivery.from, portnumOfKind(delivery.kind, gateway.engine.portnum))) gateway.driver.drive();
      if (delivery.kind !== 'meshloom' || !delivery.payload) return;
      gateway.driver.receive('radio', {
        from: delivery.from,
        to: delivery.to,
        portnum: gateway.engine.portnum,
        payload: delivery.payload,
        hops: delivery.hops,
        snrDb: delivery.snrDb,
      });
    });
    sim.traces.upChange.connect((node, up) => {
      const gateway = this.gateways.get(node);
      // A gateway that is down sleeps until it comes back.
      if (gateway && up) gateway.driver.drive();
    });
  }

  get nodes(): number[] {
    return [...this.gateways.keys()];
  }

  /** Record a ledger entry at a gateway now. */
  submitEntry(node: number, note: string): void {
    const gateway = this.gateways.get(node);
    if (!gateway || !this.sim.isUp(node)) return;
    gateway.engine.submitEntry(this.engineNow(), entryDefaults({ minute: toMinute(this.engineNow()), tenths: 10, member: 'sim', note }));
    this.entriesSubmitted++;
    gateway.driver.drive();
  }

  /** Raise a severe alert at a gateway now. */
  raiseAlert(node: number): void {
    const gateway = this.gateways.get(node);
    if (!gateway || !this.sim.isUp(node)) return;
    const now = this.engineNow();
    const alert = gateway.engine.submitAlert(now, {
      headline: `Simulated alert from ${node}`,
      event: 'Drill',
      instruction: 'None: simulation',
      area: 'Simulated neighbourhood',
      severity: Severity.SEVERE,
      urgency: 1,
      certainty: 1,
      category: 1,
      response: 3,
      msgType: MsgType.ALERT,
      references: [],
      expiresAtMs: now + 6 * 3_600_000,
    });
    this.alerts.push({ author: node, id: alert.body.id, raisedAtMs: this.sim.nowMs, reached: new Map([[node, this.sim.nowMs]]) });
    gateway.driver.drive();
  }

  /**
   * Perfect knowledge, for a yardstick: every gateway that is up sends the part of its own chain that some other
   * gateway of its group lacks (from the least any holds), as if each knew the others' ledgers. They take turns,
   * `spacingMs` apart: sent all at once, the two ends of a street meet in its middle and lose both.
   */
  sendWhatOthersLack(spacingMs: number): void {
    for (const group of this.groups) {
      const up = this.upIn(group);
      let turn = 0;
      for (const gateway of up) {
        const author = gateway.engine.author;
        const tip = gateway.store.chainTip(author)?.seq ?? 0;
        const least = Math.min(tip, ...up.filter((g) => g !== gateway).map((g) => g.store.chainTip(author)?.seq ?? 0));
        if (least >= tip) continue;
        this.sim.at(this.sim.nowMs + spacingMs * turn++, () => {
          if (!this.sim.isUp(gateway.node)) return;
          gateway.engine.offerChain(this.engineNow(), author, least + 1);
          gateway.driver.drive();
        });
      }
    }
  }

  /** The gateways `node`'s packets can get to, itself included (see gateway-reach.ts). */
  reachedFrom(node: number): readonly number[] {
    return [...(this.reach.get(node) ?? [node])].sort((a, b) => a - b);
  }

  /** Whether every gateway that is up holds the same ledger as the others it can reach. */
  converged(): boolean {
    return this.groups.every((group) => {
      const prints = this.upIn(group).map((g) => g.store.views.fingerprint());
      return prints.every((p) => p === prints[0]);
    });
  }

  /** Per group of gateways that can reach each other: every chain's furthest entry held by any of them now. */
  furthestHeads(): GroupHeads[] {
    return this.groups.map((group) => {
      const heads = new Map<number, number>();
      for (const node of group) {
        for (const h of (this.gateways.get(node) as SimGateway).store.heads()) heads.set(h.author, Math.max(heads.get(h.author) ?? 0, h.latest));
      }
      return { group, heads };
    });
  }

  /**
   * What some up gateway lacks of its group's heads: the entries that must cross, each counted once per group (a
   * broadcast serves every gateway missing it), with their encoded sizes.
   */
  missing(targets: readonly GroupHeads[]): { entries: number; bytes: number; chains: FloorChain[] } {
    let entries = 0;
    let bytes = 0;
    // Per chain, what each gateway lacking part of it must be sent, and through how many gateways' sends at the least.
    const chains: FloorChain[] = [];
    const up = new Set(targets.flatMap(({ group }) => this.upIn(group).map((g) => g.node)));
    for (const { group, heads } of targets) {
      const members = group.map((node) => this.gateways.get(node) as SimGateway);
      const upMembers = this.upIn(group);
      for (const [author, latest] of heads) {
        // A holder that is down counts for what is missing; it passes nothing on until it is back (sendsBetween).
        const holders = members.filter((g) => (g.store.chainTip(author)?.seq ?? 0) >= latest);
        const lowest = Math.min(...upMembers.map((g) => g.store.chainTip(author)?.seq ?? 0));
        const holder = holders[0];
        if (!holder || lowest >= latest) continue;
        const sizes = holder.store.entriesBetween(author, lowest + 1, latest).map((entry) => entry.body.length);
        entries += sizes.length;
        bytes += sizes.reduce((n, size) => n + size, 0);
        chains.push(
          upMembers.flatMap((g) => {
            const tip = g.store.chainTip(author)?.seq ?? 0;
            if (tip >= latest) return [];
            const sends = sendsBetween(
              this.direct,
              holders.map((h) => h.node),
              g.node,
              up,
            );
            return [{ sizes: sizes.slice(tip - lowest), sends }];
          }),
        );
      }
    }
    return { entries, bytes, chains };
  }

  /**
   * Watch for the first meshloom packet that reaches a gateway lacking part of `targets` from one holding that
   * part: from then on the two sides can talk, and what follows is the protocol's doing. `onContact` gets the
   * moment. No such pair (nothing missing): never called.
   */
  watchContact(targets: readonly GroupHeads[], onContact: (atMs: number) => void): void {
    const pairs = new Set<string>();
    for (const { group, heads } of targets) {
      const members = this.upIn(group);
      for (const [author, latest] of heads) {
        const tip = (g: SimGateway) => g.store.chainTip(author)?.seq ?? 0;
        for (const lacking of members.filter((g) => tip(g) < latest)) {
          for (const holder of members) if (tip(holder) > tip(lacking)) pairs.add(`${lacking.node}:${holder.node}`);
        }
      }
    }
    if (pairs.size > 0) this.contactWatches.push({ pairs, onContact });
  }

  private noteContact(node: number, from: number): void {
    if (this.contactWatches.length === 0) return;
    const pair = `${node}:${from}`;
    const met = this.contactWatches.filter((w) => w.pairs.has(pair));
    if (met.length === 0) return;
    this.contactWatches = this.contactWatches.filter((w) => !met.includes(w));
    for (const watch of met) watch.onContact(this.sim.nowMs);
  }

  /** Whether every gateway that is up holds every chain at least as far as its group's heads. */
  allHold(targets: readonly GroupHeads[]): boolean {
    return targets.every(({ group, heads }) => this.upIn(group).every((g) => [...heads].every(([author, seq]) => (g.store.chainTip(author)?.seq ?? 0) >= seq)));
  }

  private upIn(group: readonly number[]): SimGateway[] {
    return group.filter((node) => this.sim.isUp(node)).map((node) => this.gateways.get(node) as SimGateway);
  }

  close(): void {
    for (const gateway of this.gateways.values()) gateway.store.close();
  }

  private engineNow(): number {
    return this.epochMs + this.sim.nowMs;
  }

  private countSend(bytes: number, kind: OutboundPacket['kind']): void {
    this.sent.push({ atMs: this.sim.nowMs, bytes, kind, airtimeMs: airtimeMs(this.sim.preset, bytes + DATA_OVERHEAD_BYTES + MESH_HEADER_BYTES) });
  }

  /** The driver's wake-up on the simulated clock: one pending per gateway, the earliest asked for. */
  private wake(gateway: SimGateway, atMs: number | undefined): void {
    if (atMs === undefined || !this.sim.isUp(gateway.node)) {
      gateway.wakeAtMs = Number.POSITIVE_INFINITY;
      return;
    }
    const at = Math.max(atMs - this.epochMs, this.sim.nowMs + 1);
    // An earlier pending wake-up stays: when it comes, the driver asks again.
    if (at >= gateway.wakeAtMs && gateway.wakeAtMs > this.sim.nowMs) return;
    gateway.wakeAtMs = at;
    this.sim.at(at, () => {
      if (gateway.wakeAtMs !== at) return;
      gateway.wakeAtMs = Number.POSITIVE_INFINITY;
      gateway.driver.drive();
    });
  }

  private note(node: number, event: EngineEvent): void {
    this.onEvent?.(node, event);
    if (event.type === 'alert') {
      const reach = this.alerts.find((a) => a.author === event.alert.author && a.id === event.alert.body.id);
      if (reach && !reach.reached.has(node)) reach.reached.set(node, this.sim.nowMs);
    } else if (event.type === 'rejected') this.rejected.push({ node, reason: event.reason, from: event.from, detail: event.detail, atMs: this.sim.nowMs });
  }
}
