/**
 * A discrete-event model of a Meshtastic mesh: radios at positions, links from path loss with shadowing drawn
 * per direction, half-duplex transceivers that lock onto the first preamble they hear and decode on cumulative
 * interference (simulator/phy), channel activity detection before every transmission, and the firmware's
 * managed flooding (FloodingRouter): duplicate suppression by (sender, id), hop limits, SNR-weighted relay
 * delays, routers that relay first and never cancel, clients that cancel a pending relay when they hear someone
 * else relay the packet, CLIENT_MUTE nodes that never relay, and nodes that fail and recover.
 *
 * Deterministic: the same nodes, traffic and seed give the same result.
 */
import { airtimeMs, MESH_HEADER_BYTES, type ModemPreset } from '../../protocol/meshtastic/airtime.ts';
import { PacketHistory } from '../../protocol/meshtastic/packet-history.ts';
import { EventQueue } from '../event-queue.ts';
import { seeded } from '../seeded-random.ts';
import { noiseFloorDbm, sensitivityDbm } from '../phy/link-budget.ts';
import { gaussian, pathLossDb, SHADOWING_SIGMA_DB, type PathLossModel } from '../phy/path-loss.ts';
import { receive, type HeardSignal } from '../phy/reception.ts';
import { ownTxDelayMs, relayTxDelayMs, type RelayRole } from '../router/contention.ts';

export interface SimNode {
  id: number;
  xM: number;
  yM: number;
  role: RelayRole;
  heightM?: number;
  txPowerDbm?: number;
}

export interface SimOptions {
  nodes: SimNode[];
  preset?: ModemPreset;
  pathLoss?: PathLossModel;
  /** Log-normal shadowing sigma, dB; 0 for none. Default 3.57 (LoRaSim). */
  shadowingDb?: number;
  seed: number;
  hopLimit?: number;
}

export interface Delivery {
  node: number;
  atMs: number;
  hops: number;
}

export interface PacketRecord {
  id: number;
  from: number;
  sentAtMs: number;
  deliveries: Map<number, Delivery>;
}

export interface SimStats {
  transmissions: number;
  rebroadcasts: number;
  collisions: number;
  duplicatesHeard: number;
  cancelledRelays: number;
  airtimeMsByNode: Map<number, number>;
}

interface MeshPacket {
  id: number;
  from: number;
  to: number;
  hopLimit: number;
  hopStart: number;
  bytes: number;
}

interface Transmission {
  txId: number;
  sender: number;
  packet: MeshPacket;
  startMs: number;
  endMs: number;
}

type SimEvent =
  | { kind: 'attempt'; node: number; packet: MeshPacket; relay: boolean; snrDb: number; pendingKey?: string }
  | { kind: 'end'; tx: Transmission }
  | { kind: 'up'; node: number; up: boolean };

const BROADCAST = 0xffffffff;

export class MeshSimulation {
  readonly stats: SimStats = { transmissions: 0, rebroadcasts: 0, collisions: 0, duplicatesHeard: 0, cancelledRelays: 0, airtimeMsByNode: new Map() };
  readonly packets = new Map<number, PacketRecord>();
  private nowValue = 0;
  private readonly queue = new EventQueue<SimEvent>();
  private readonly preset: ModemPreset;
  private readonly nodes = new Map<number, SimNode>();
  private readonly neighbours = new Map<number, { node: number; rssiDbm: number }[]>();
  private readonly up = new Map<number, boolean>();
  private readonly history = new Map<number, PacketHistory>();
  private readonly heard = new Map<number, HeardSignal[]>();
  private readonly lockedTo = new Map<number, number>();
  private readonly transmittingUntil = new Map<number, number>();
  /** Relays waiting for their turn, by node and packet: cancelled when a client hears the packet relayed. */
  private readonly pendingRelays = new Map<string, boolean>();
  private readonly trafficRandom: () => number;
  private readonly macRandom: () => number;
  private nextTxId = 1;
  private nextPacketId = 1;
  private readonly hopLimit: number;
  private readonly longestAirtimeMs: number;

  constructor(options: SimOptions) {
    this.preset = options.preset ?? 'LONG_FAST';
    this.hopLimit = options.hopLimit ?? 3;
    this.longestAirtimeMs = airtimeMs(this.preset, 255);
    this.macRandom = seeded(options.seed * 2 + 1);
    this.trafficRandom = seeded(options.seed * 2 + 2);
    for (const node of options.nodes) {
      this.nodes.set(node.id, node);
      this.up.set(node.id, true);
      this.history.set(node.id, new PacketHistory());
      this.heard.set(node.id, []);
      this.stats.airtimeMsByNode.set(node.id, 0);
    }
    this.buildLinks(options);
  }

  get nowMs(): number {
    return this.nowValue;
  }

  /** RSSI of a link, or undefined when it is below the receiver's sensitivity. */
  linkRssi(from: number, to: number): number | undefined {
    return this.neighbours.get(from)?.find((n) => n.node === to)?.rssiDbm;
  }

  /** Node `from` sends a packet of `payloadBytes` at `atMs` (to a node, or to everyone). */
  send(from: number, atMs: number, options: { to?: number; payloadBytes?: number } = {}): number {
    const id = this.nextPacketId++;
    const packet: MeshPacket = { id, from, to: options.to ?? BROADCAST, hopLimit: this.hopLimit, hopStart: this.hopLimit, bytes: MESH_HEADER_BYTES + (options.payloadBytes ?? 40) };
    this.packets.set(id, { id, from, sentAtMs: atMs, deliveries: new Map() });
    this.queue.push(atMs, { kind: 'attempt', node: from, packet, relay: false, snrDb: 0 });
    return id;
  }

  setUp(node: number, atMs: number, up: boolean): void {
    this.queue.push(atMs, { kind: 'up', node, up });
  }

  run(untilMs: number): number {
    let events = 0;
    for (let next = this.queue.peekTime(); next !== undefined && next <= untilMs; next = this.queue.peekTime()) {
      const { atMs, value } = this.queue.pop() as { atMs: number; value: SimEvent };
      this.nowValue = atMs;
      events++;
      if (value.kind === 'attempt') this.attempt(value);
      else if (value.kind === 'end') this.endTransmission(value.tx);
      else this.up.set(value.node, value.up);
    }
    this.nowValue = untilMs;
    return events;
  }

  /**
   * Links worth keeping: only pairs within the longest range shadowing could stretch a link to (3 sigma), found
   * through a grid of cells that size, so building the links grows with the nodes, not with their square.
   */
  private buildLinks(options: SimOptions): void {
    const model = options.pathLoss ?? { kind: 'log-distance' };
    const sigma = options.shadowingDb ?? SHADOWING_SIGMA_DB;
    const shadowRandom = seeded(options.seed);
    const floor = sensitivityDbm(this.preset);
    const all = [...this.nodes.values()];
    const maxPower = Math.max(...all.map((n) => n.txPowerDbm ?? 20));
    const tallest = Math.max(...all.map((n) => n.heightM ?? 1.5));
    const range = maxRangeM((d) => pathLossDb(d, model, tallest, tallest), maxPower - floor + 3 * sigma);
    const cell = (v: number) => Math.floor(v / range);
    const grid = new Map<string, SimNode[]>();
    for (const node of all) {
      const key = `${cell(node.xM)}:${cell(node.yM)}`;
      grid.set(key, [...(grid.get(key) ?? []), node]);
      this.neighbours.set(node.id, []);
    }
    for (const a of all) {
      const [cx, cy] = [cell(a.xM), cell(a.yM)];
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const b of grid.get(`${cx + dx}:${cy + dy}`) ?? []) {
            if (a === b) continue;
            const d = Math.hypot(a.xM - b.xM, a.yM - b.yM);
            if (d > range) continue;
            const loss = pathLossDb(d, model, a.heightM ?? 1.5, b.heightM ?? 1.5) + (sigma > 0 ? gaussian(shadowRandom) * sigma : 0);
            const rssi = (a.txPowerDbm ?? 20) - loss;
            if (rssi >= floor) this.neighbours.get(a.id)?.push({ node: b.id, rssiDbm: rssi });
          }
        }
      }
    }
  }

  private isUp(node: number): boolean {
    return this.up.get(node) === true;
  }

  /** A node wants to transmit: if someone is on air where it listens (CAD), it waits another window. */
  private attempt(event: Extract<SimEvent, { kind: 'attempt' }>): void {
    const { node, packet, relay } = event;
    if (!this.isUp(node)) return;
    if (event.pendingKey !== undefined) {
      if (this.pendingRelays.get(event.pendingKey) === false) return;
    }
    const role = this.nodes.get(node)?.role ?? 'CLIENT';
    const busy = (this.transmittingUntil.get(node) ?? 0) > this.nowValue || this.heard.get(node)?.some((s) => s.endMs > this.nowValue);
    if (busy) {
      const delay = relay ? relayTxDelayMs(this.preset, event.snrDb, role, this.macRandom) : ownTxDelayMs(this.preset, 0, this.macRandom);
      this.queue.push(this.nowValue + Math.max(1, delay), event);
      return;
    }
    if (event.pendingKey !== undefined) this.pendingRelays.delete(event.pendingKey);
    const duration = airtimeMs(this.preset, packet.bytes);
    const tx: Transmission = { txId: this.nextTxId++, sender: node, packet, startMs: this.nowValue, endMs: this.nowValue + duration };
    this.stats.transmissions++;
    if (relay) this.stats.rebroadcasts++;
    this.stats.airtimeMsByNode.set(node, (this.stats.airtimeMsByNode.get(node) ?? 0) + duration);
    this.transmittingUntil.set(node, tx.endMs);
    this.history.get(node)?.wasSeenRecently(packet.from, packet.id, this.nowValue);
    for (const { node: receiver, rssiDbm } of this.neighbours.get(node) ?? []) {
      if (!this.isUp(receiver)) continue;
      const signals = this.heard.get(receiver) as HeardSignal[];
      const transmitting = (this.transmittingUntil.get(receiver) ?? 0) > this.nowValue;
      const signal = { id: tx.txId, rssiDbm, startMs: tx.startMs, endMs: tx.endMs };
      signals.push(signal);
      const busyReceiving = signals.some((s) => s.id !== tx.txId && s.endMs > this.nowValue && this.lockedTo.get(receiver) === s.id);
      if (!transmitting && !busyReceiving) this.lockedTo.set(receiver, tx.txId);
    }
    this.queue.push(tx.endMs, { kind: 'end', tx });
  }

  private endTransmission(tx: Transmission): void {
    const noise = noiseFloorDbm(this.preset);
    for (const { node: receiver } of this.neighbours.get(tx.sender) ?? []) {
      const signals = this.heard.get(receiver) as HeardSignal[];
      const wanted = signals.find((s) => s.id === tx.txId);
      if (!wanted) continue;
      const locked = this.lockedTo.get(receiver);
      const stillUp = this.isUp(receiver);
      const verdict = receive(wanted, signals, this.preset, locked ?? -1);
      if (locked === tx.txId) this.lockedTo.delete(receiver);
      // A signal can only overlap packets that started before it ended, and none lasts longer than a full-size
      // packet: older ones are dropped, which keeps every receiver's list short.
      this.heard.set(receiver, signals.filter((s) => s.endMs > this.nowValue - this.longestAirtimeMs));
      if (!stillUp) continue;
      if (verdict.decoded) this.onReceive(receiver, tx.packet, wanted.rssiDbm - noise);
      else if (verdict.reason === 'collision') this.stats.collisions++;
    }
  }

  /** FloodingRouter on the node that decoded the packet. */
  private onReceive(node: number, packet: MeshPacket, snrDb: number): void {
    const pendingKey = `${node}:${packet.from}:${packet.id}`;
    if (this.history.get(node)?.wasSeenRecently(packet.from, packet.id, this.nowValue)) {
      this.stats.duplicatesHeard++;
      const role = this.nodes.get(node)?.role;
      // Someone else relayed it: ordinary roles stand down; routers and repeaters relay anyway.
      if (this.pendingRelays.has(pendingKey) && role !== 'ROUTER' && role !== 'REPEATER' && role !== 'ROUTER_LATE') {
        this.pendingRelays.set(pendingKey, false);
        this.stats.cancelledRelays++;
      }
      return;
    }
    const record = this.packets.get(packet.id);
    if (record && node !== packet.from && !record.deliveries.has(node)) {
      record.deliveries.set(node, { node, atMs: this.nowValue, hops: packet.hopStart - packet.hopLimit });
    }
    const role = this.nodes.get(node)?.role ?? 'CLIENT';
    if (packet.to === node || packet.hopLimit === 0 || role === 'CLIENT_MUTE') return;
    const relayed = { ...packet, hopLimit: packet.hopLimit - 1 };
    this.pendingRelays.set(pendingKey, true);
    const delay = relayTxDelayMs(this.preset, snrDb, role, this.macRandom);
    this.queue.push(this.nowValue + delay, { kind: 'attempt', node, packet: relayed, relay: true, snrDb, pendingKey });
  }

  /** Uniform draws for traffic generators, separate from the MAC's so traffic does not change the MAC's draws. */
  random(): number {
    return this.trafficRandom();
  }
}

/** The distance at which `lossAt` reaches `budgetDb` (loss grows with distance), to a metre. */
function maxRangeM(lossAt: (distanceM: number) => number, budgetDb: number): number {
  let high = 100;
  while (lossAt(high) < budgetDb && high < 1e7) high *= 2;
  let low = 0;
  while (high - low > 1) {
    const mid = (low + high) / 2;
    if (lossAt(mid) < budgetDb) low = mid;
    else high = mid;
  }
  return high;
}
