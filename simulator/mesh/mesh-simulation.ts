/**
 * A discrete-event model of a Meshtastic mesh on the firmware's router (FloodingRouter -> NextHopRouter ->
 * ReliableRouter), over the air of radio-medium.ts:
 * - managed flooding: duplicate suppression by (sender, id), hop limits, SNR-weighted relay windows, CAD before
 *   every transmission; ordinary roles cancel a pending relay when they hear it relayed, ROUTER and REPEATER
 *   never do, ROUTER_LATE moves it to the late window instead, CLIENT_MUTE never relays;
 * - reliability: a want_ack sender retransmits (3 sends in all) until it hears its packet relayed (implicit ack)
 *   or, for a direct message, the destination's ack; the last retry of a direct message floods;
 * - next-hop routing for direct messages: a node learns a next hop when an ack is relayed by a node that also
 *   relayed the original; a packet with a next hop is relayed only by that node, which retransmits it (2 sends);
 * - the transmit queue limit (16) and the region's duty cycle: past either, the radio drops what it would send;
 * - nodes that fail and recover, battery nodes that run flat, partitions that cut the air between groups.
 *
 * Simplifications, each named where it matters: relay identities are whole node numbers (the firmware carries
 * the last byte only, so two nodes ending in the same byte cannot be confused here); own-packet contention
 * windows use the channel utilisation the node measured over the last minute.
 *
 * Deterministic: the same nodes, traffic and seed give the same result.
 */
import { airtimeMs, MESH_HEADER_BYTES, type ModemPreset } from '../../protocol/meshtastic/airtime.ts';
import { PacketHistory } from '../../protocol/meshtastic/packet-history.ts';
import { EventQueue } from '../event-queue.ts';
import { seeded } from '../seeded-random.ts';
import { noiseFloorDbm } from '../phy/link-budget.ts';
import type { PathLossModel } from '../phy/path-loss.ts';
import { lateRelayDelayMs, ownTxDelayMs, relayTxDelayMs, retransmissionTimeoutMs, type RelayRole } from '../router/contention.ts';
import { DUTY_CYCLE_PERCENT, RollingAirtime, type Region } from './duty-cycle.ts';
import type { ReceptionVerdict } from '../phy/reception.ts';
import { RadioMedium, type Placed } from './radio-medium.ts';

export interface SimNode extends Placed {
  role: RelayRole;
  /** A battery of this capacity, full at the start; none means mains or solar that never runs out. */
  batteryMah?: number;
}

export interface SimOptions {
  nodes: SimNode[];
  preset?: ModemPreset;
  pathLoss?: PathLossModel;
  /** Log-normal shadowing sigma, dB; 0 for none. Default 3.57 (LoRaSim). */
  shadowingDb?: number;
  seed: number;
  hopLimit?: number;
  /** Duty-cycle rules of this region. Default US (none). */
  region?: Region;
  /** Packets a radio holds waiting to send. Default 16 (firmware MAX_TX_QUEUE). */
  txQueueLimit?: number;
  /**
   * Keep who received each packet, when and after how many hops (PacketRecord.deliveries). Default true; large
   * runs turn it off and read the running totals (latenciesMs, hopCounts, PacketRecord.delivered) instead.
   */
  keepDeliveries?: boolean;
  /** Battery drain: current while transmitting and otherwise (receiving, idle), mA. Defaults 120 and 15. */
  txCurrentMa?: number;
  idleCurrentMa?: number;
}

export type PacketKind = 'text' | 'position' | 'nodeinfo' | 'telemetry' | 'meshloom' | 'routing';

export interface SendOptions {
  to?: number;
  /** Bytes of the encoded Data on air (default: the payload's length, or 40). */
  payloadBytes?: number;
  /** Bytes for the application at the other end (the engine's). */
  payload?: Uint8Array;
  /** The whole MeshPacket, encoded, when a real radio sent it (a virtual radio attached to this node). */
  meshPacket?: Uint8Array;
  wantAck?: boolean;
  kind?: PacketKind;
}

interface Delivery {
  node: number;
  atMs: number;
  hops: number;
}

export interface PacketRecord {
  id: number;
  from: number;
  to: number;
  kind: PacketKind;
  sentAtMs: number;
  /** Nodes the packet could reach when sent: up, on the sender's side of any partition, within the hop limit. */
  reachable: number;
  /** Nodes that received it (for a direct message, only its destination counts). */
  delivered: number;
  deliveries: Map<number, Delivery> | undefined;
  /** When the sender knew it was through (heard it relayed, or got the ack), if it asked to know. */
  ackedAtMs?: number;
  /** Whether the sender was up to send it. */
  originated: boolean;
  wantAck: boolean;
  /** Every node that transmitted a direct message, the sender included (next-hop learning needs them). */
  relayers: Set<number> | undefined;
}

export interface NodeStats {
  sent: number;
  relayed: number;
  txAirtimeMs: number;
  /** Airtime of everything this node heard (its channel utilisation, with its own airtime). */
  heardMs: number;
  reachableAsDestination: number;
  deliveredAsDestination: number;
  /** Broadcasts this node could have been reached by when they were sent, and those it received. */
  reachableBroadcasts: number;
  receivedBroadcasts: number;
  /** Packets dropped because the transmit queue was full or the duty cycle was used up. */
  queueDrops: number;
  dutyCycleDrops: number;
  /** Simulated time the node was down, ms. */
  downMs: number;
}

export interface SimStats {
  transmissions: number;
  rebroadcasts: number;
  /** Rebroadcasts that brought the packet to no node that did not have it already. */
  redundantRebroadcasts: number;
  retransmissions: number;
  collisions: number;
  duplicatesHeard: number;
  cancelledRelays: number;
  queueDrops: number;
  dutyCycleDrops: number;
  acksSent: number;
  nextHopsLearned: number;
}

export interface AppDelivery {
  node: number;
  from: number;
  to: number;
  id: number;
  kind: PacketKind;
  payload: Uint8Array | undefined;
  meshPacket: Uint8Array | undefined;
  hops: number;
  snrDb: number;
  rssiDbm: number;
}

interface AirPacket {
  id: number;
  from: number;
  to: number;
  hopLimit: number;
  hopStart: number;
  bytes: number;
  kind: PacketKind;
  wantAck: boolean;
  /** For an ack: the id of the packet it acknowledges. */
  requestId: number;
  relayNode: number;
  nextHop: number | undefined;
  payload: Uint8Array | undefined;
  meshPacket: Uint8Array | undefined;
}

interface Attempt {
  node: number;
  packet: AirPacket;
  relay: boolean;
  snrDb: number;
  /** Set false to drop it from the queue (cancelled relay, or the node went down). */
  live: boolean;
  /** A ROUTER_LATE relay already moved to the late window. */
  late?: boolean;
}

interface Retransmission {
  packet: AirPacket;
  sendsLeft: number;
  snrDb: number;
}

type SimEvent =
  | { kind: 'attempt'; attempt: Attempt }
  | { kind: 'end'; sender: number; txId: number; packet: AirPacket }
  | { kind: 'retry'; node: number; key: number; generation: number }
  | { kind: 'up'; node: number; up: boolean }
  | { kind: 'battery'; node: number; generation: number }
  | { kind: 'call'; call: () => void };

const BROADCAST = 0xffffffff;
const ORIGINATOR_SENDS = 3;
const INTERMEDIATE_SENDS = 2;
const ACK_PAYLOAD_BYTES = 9;

class NodeState {
  up = true;
  downSinceMs = 0;
  readonly history = new PacketHistory();
  /** Relays and own packets waiting to go, by packet key. */
  readonly queued = new Map<number, Attempt>();
  readonly retransmissions = new Map<number, Retransmission>();
  retryGeneration = 0;
  readonly nextHop = new Map<number, number>();
  /** Direct messages heard addressed to another next hop: if they come again flooded, we relay after all. */
  readonly skippedForNextHop = new Set<number>();
  readonly duty: RollingAirtime;
  chargeMah: number | undefined;
  chargeAtMs = 0;
  batteryGeneration = 0;
  readonly stats: NodeStats = {
    sent: 0,
    relayed: 0,
    txAirtimeMs: 0,
    heardMs: 0,
    reachableAsDestination: 0,
    deliveredAsDestination: 0,
    reachableBroadcasts: 0,
    receivedBroadcasts: 0,
    queueDrops: 0,
    dutyCycleDrops: 0,
    downMs: 0,
  };

  constructor(
    readonly node: SimNode,
    dutyPercent: number,
  ) {
    this.duty = new RollingAirtime(dutyPercent);
    this.chargeMah = node.batteryMah;
  }
}

export class MeshSimulation {
  readonly stats: SimStats = {
    transmissions: 0,
    rebroadcasts: 0,
    redundantRebroadcasts: 0,
    retransmissions: 0,
    collisions: 0,
    duplicatesHeard: 0,
    cancelledRelays: 0,
    queueDrops: 0,
    dutyCycleDrops: 0,
    acksSent: 0,
    nextHopsLearned: 0,
  };
  readonly packets = new Map<number, PacketRecord>();
  /** First-arrival latency of every delivery (acks excepted), in the order they happened. */
  readonly latenciesMs: number[] = [];
  /** Deliveries by hops travelled. */
  readonly hopCounts: number[] = [];
  readonly medium: RadioMedium;
  /** The application layer on each node: called once per packet a node receives for itself (or for everyone). */
  onDeliver: ((delivery: AppDelivery) => void) | undefined;
  /** Called when a want_ack sender learns its packet got through (heard it relayed, or got the ack). */
  onAcked: ((record: PacketRecord) => void) | undefined;
  /** Called when a node goes down or comes back. */
  onUpChange: ((node: number, up: boolean, atMs: number) => void) | undefined;
  private nowValue = 0;
  private readonly queue = new EventQueue<SimEvent>();
  private readonly preset: ModemPreset;
  private readonly state = new Map<number, NodeState>();
  /** The same, in the order the nodes were given (the medium's indices). */
  private readonly byIndex: NodeState[] = [];
  private ending: AirPacket | undefined;
  /** Receivers that got the ending packet for the first time. */
  private freshReceptions = 0;
  private readonly trafficRandom: () => number;
  private readonly macRandom: () => number;
  private nextTxId = 1;
  /** Packet ids are unique across the whole simulation, so an id alone names a packet in every node's tables. */
  private nextPacketId = 1;
  /** The hop limit every node sends with. */
  readonly hopLimit: number;
  private readonly txQueueLimit: number;
  private readonly keepDeliveries: boolean;
  private readonly airtimeByBytes: number[] = [];
  private readonly txCurrentMa: number;
  private readonly idleCurrentMa: number;
  private readonly noiseDbm: number;
  /** Reachability per sender, valid until the next change of who is up or of the partition. */
  private reachCache = new Map<number, NodeState[]>();

  constructor(options: SimOptions) {
    this.preset = options.preset ?? 'LONG_FAST';
    this.hopLimit = options.hopLimit ?? 3;
    this.txQueueLimit = options.txQueueLimit ?? 16;
    this.keepDeliveries = options.keepDeliveries ?? true;
    this.txCurrentMa = options.txCurrentMa ?? 120;
    this.idleCurrentMa = options.idleCurrentMa ?? 15;
    this.noiseDbm = noiseFloorDbm(this.preset);
    this.macRandom = seeded(options.seed * 2 + 1);
    this.trafficRandom = seeded(options.seed * 2 + 2);
    const dutyPercent = DUTY_CYCLE_PERCENT[options.region ?? 'US'];
    for (const node of options.nodes) {
      const state = new NodeState(node, dutyPercent);
      this.state.set(node.id, state);
      this.byIndex.push(state);
    }
    this.medium = new RadioMedium(options.nodes, {
      preset: this.preset,
      seed: options.seed,
      ...(options.pathLoss ? { pathLoss: options.pathLoss } : {}),
      ...(options.shadowingDb !== undefined ? { shadowingDb: options.shadowingDb } : {}),
    });
    for (const node of options.nodes) if (node.batteryMah !== undefined) this.scheduleBattery(node.id);
  }

  get nowMs(): number {
    return this.nowValue;
  }

  get nodeIds(): number[] {
    return [...this.state.keys()];
  }

  /** RSSI of a link, or undefined when it is below the receiver's sensitivity. */
  linkRssi(from: number, to: number): number | undefined {
    return this.medium.rssi(from, to);
  }

  isUp(node: number): boolean {
    return this.state.get(node)?.up === true;
  }

  nodeStats(node: number): NodeStats | undefined {
    const state = this.state.get(node);
    if (!state) return undefined;
    return { ...state.stats, heardMs: this.medium.heardTotalMs(node), downMs: state.stats.downMs + (state.up ? 0 : this.nowValue - state.downSinceMs) };
  }

  nextHopOf(node: number, destination: number): number | undefined {
    return this.state.get(node)?.nextHop.get(destination);
  }

  /** Battery left on a battery node, mAh. */
  chargeMah(node: number): number | undefined {
    const state = this.state.get(node);
    if (state?.chargeMah === undefined) return undefined;
    return Math.max(0, state.chargeMah - (state.up ? (this.idleCurrentMa * (this.nowValue - state.chargeAtMs)) / 3_600_000 : 0));
  }

  /** Node `from` sends a packet at `atMs` (to a node, or to everyone; now if `atMs` has passed); returns its id. */
  send(from: number, atMs: number, options: SendOptions = {}): number {
    const id = this.nextPacketId++;
    const payloadBytes = options.payloadBytes ?? options.payload?.length ?? 40;
    const packet: AirPacket = {
      id,
      from,
      to: options.to ?? BROADCAST,
      hopLimit: this.hopLimit,
      hopStart: this.hopLimit,
      bytes: MESH_HEADER_BYTES + payloadBytes,
      kind: options.kind ?? 'text',
      wantAck: options.wantAck ?? false,
      requestId: 0,
      relayNode: from,
      nextHop: undefined,
      payload: options.payload,
      meshPacket: options.meshPacket,
    };
    const sentAtMs = Math.max(atMs, this.nowValue);
    this.packets.set(id, {
      id,
      from,
      to: packet.to,
      kind: packet.kind,
      sentAtMs,
      reachable: 0,
      delivered: 0,
      deliveries: this.keepDeliveries ? new Map() : undefined,
      originated: false,
      wantAck: packet.wantAck,
      relayers: packet.to === BROADCAST ? undefined : new Set(),
    });
    // Sent now (from an event, or before the run): straight to the router; later: when its time comes.
    if (atMs <= this.nowValue) this.originate(packet);
    else this.queue.push(atMs, { kind: 'call', call: () => this.originate(packet) });
    return id;
  }

  /** Take a node down or bring it back at `atMs`. */
  setUp(node: number, atMs: number, up: boolean): void {
    this.queue.push(atMs, { kind: 'up', node, up });
  }

  /** Cut the air between groups from `atMs` (undefined heals it). */
  partition(atMs: number, groups: number[][] | undefined): void {
    this.queue.push(atMs, {
      kind: 'call',
      call: () => {
        this.medium.partition(groups);
        this.reachCache = new Map();
      },
    });
  }

  /** Run `call` at `atMs` of simulated time (traffic generators, the engines' timers, samplers). */
  at(atMs: number, call: () => void): void {
    this.queue.push(Math.max(atMs, this.nowValue), { kind: 'call', call });
  }

  run(untilMs: number): number {
    let events = 0;
    for (let next = this.queue.peekTime(); next !== undefined && next <= untilMs; next = this.queue.peekTime()) {
      const value = this.queue.popValue() as SimEvent;
      this.nowValue = next;
      events++;
      switch (value.kind) {
        case 'attempt':
          this.attempt(value.attempt);
          break;
        case 'end':
          this.endTransmission(value.sender, value.txId, value.packet);
          break;
        case 'retry':
          this.retry(value.node, value.key, value.generation);
          break;
        case 'up':
          this.changeUp(value.node, value.up);
          break;
        case 'battery':
          this.checkBattery(value.node, value.generation);
          break;
        case 'call':
          value.call();
          break;
      }
    }
    this.nowValue = Math.max(this.nowValue, untilMs);
    return events;
  }

  /** Uniform draws for traffic generators, separate from the MAC's so traffic does not change the MAC's draws. */
  random(): number {
    return this.trafficRandom();
  }

  /** Nodes a packet from `from` could reach now: up, not cut off, within the hop limit (so hop limit + 1 links). */
  private reachableFrom(from: number): NodeState[] {
    const cached = this.reachCache.get(from);
    if (cached) return cached;
    const reached = new Set<number>();
    const states: NodeState[] = [];
    let frontier = [from];
    for (let depth = 0; depth <= this.hopLimit && frontier.length > 0; depth++) {
      const next: number[] = [];
      for (const node of frontier) {
        // Nodes that do not relay end a path (they still receive).
        if (node !== from && this.state.get(node)?.node.role === 'CLIENT_MUTE') continue;
        for (const { node: neighbour } of this.medium.links.get(node) ?? []) {
          if (neighbour === from || reached.has(neighbour) || !this.isUp(neighbour) || !this.medium.connected(node, neighbour)) continue;
          reached.add(neighbour);
          states.push(this.state.get(neighbour) as NodeState);
          next.push(neighbour);
        }
      }
      frontier = next;
    }
    this.reachCache.set(from, states);
    return states;
  }

  private originate(packet: AirPacket): void {
    const state = this.state.get(packet.from);
    const record = this.packets.get(packet.id);
    if (!state || !record) return;
    if (!state.up) return;
    record.originated = true;
    const reachable = this.reachableFrom(packet.from);
    if (packet.to === BROADCAST) {
      record.reachable = reachable.length;
      for (const node of reachable) node.stats.reachableBroadcasts++;
    } else {
      const dest = reachable.find((s) => s.node.id === packet.to);
      record.reachable = dest ? 1 : 0;
      if (dest) dest.stats.reachableAsDestination++;
    }
    state.stats.sent++;
    this.sendOwn(state, packet);
  }

  /** The router's send(): next hop chosen, remembered as seen, retransmissions armed, queued. */
  private sendOwn(state: NodeState, packet: AirPacket): void {
    const me = state.node.id;
    packet.relayNode = me;
    const nextHop = packet.to === BROADCAST ? undefined : state.nextHop.get(packet.to);
    packet.nextHop = nextHop !== undefined && nextHop !== me ? nextHop : undefined;
    state.history.wasSeenRecently(packet.from, packet.id, this.nowValue);
    if (packet.wantAck) {
      state.retransmissions.set(packet.id, { packet, sendsLeft: ORIGINATOR_SENDS - 1, snrDb: 0 });
    }
    this.enqueue(
      state,
      { node: me, packet, relay: false, snrDb: 0, live: true },
      ownTxDelayMs(this.preset, this.medium.channelUtilPercent(state.node.id, this.nowValue), this.macRandom),
    );
  }

  private enqueue(state: NodeState, attempt: Attempt, delayMs: number): void {
    const key = attempt.packet.id;
    if (!state.queued.has(key) && state.queued.size >= this.txQueueLimit) {
      state.stats.queueDrops++;
      this.stats.queueDrops++;
      return;
    }
    const previous = state.queued.get(key);
    if (previous) previous.live = false;
    state.queued.set(key, attempt);
    this.queue.push(this.nowValue + Math.max(1, delayMs), { kind: 'attempt', attempt });
  }

  /** A node wants to transmit: if someone is on air where it listens (CAD), it waits another window. */
  private attempt(attempt: Attempt): void {
    if (!attempt.live) return;
    const { node, packet, relay } = attempt;
    const state = this.state.get(node) as NodeState;
    if (!state.up) return;
    if (this.medium.busy(node, this.nowValue)) {
      const delay = relay
        ? relayTxDelayMs(this.preset, attempt.snrDb, state.node.role, this.macRandom)
        : ownTxDelayMs(this.preset, this.medium.channelUtilPercent(state.node.id, this.nowValue), this.macRandom);
      this.queue.push(this.nowValue + Math.max(1, delay), { kind: 'attempt', attempt });
      return;
    }
    const key = packet.id;
    if (state.queued.get(key) === attempt) state.queued.delete(key);
    const duration = (this.airtimeByBytes[packet.bytes] ??= airtimeMs(this.preset, packet.bytes));
    if (!state.duty.take(this.nowValue, duration)) {
      state.stats.dutyCycleDrops++;
      this.stats.dutyCycleDrops++;
      return;
    }
    const txId = this.nextTxId++;
    this.stats.transmissions++;
    if (relay) {
      this.stats.rebroadcasts++;
      state.stats.relayed++;
    }
    state.stats.txAirtimeMs += duration;
    this.drain(state, duration);
    this.packets.get(packet.id)?.relayers?.add(node);
    // Each queued packet is this node's own object (a relay is copied on receipt), so it can carry our mark.
    packet.relayNode = node;
    this.medium.start(node, txId, this.nowValue, this.nowValue + duration);
    this.queue.push(this.nowValue + duration, { kind: 'end', sender: node, txId, packet });
    const retx = state.retransmissions.get(key);
    if (retx) {
      const timeout = retransmissionTimeoutMs(this.preset, duration, retx.snrDb);
      this.queue.push(this.nowValue + duration + timeout, { kind: 'retry', node, key, generation: state.retryGeneration });
    }
  }

  private endTransmission(sender: number, txId: number, packet: AirPacket): void {
    this.ending = packet;
    this.freshReceptions = 0;
    this.medium.end(sender, txId, this.nowValue, this.onVerdict);
    if (sender !== packet.from && this.freshReceptions === 0) this.stats.redundantRebroadcasts++;
  }

  /** What each receiver made of the packet whose transmission is ending (one function, not one per packet). */
  private readonly onVerdict = (index: number, verdict: ReceptionVerdict, rssiDbm: number): void => {
    const state = this.byIndex[index] as NodeState;
    if (!state.up) return;
    if (verdict.decoded) this.onReceive(state, this.ending as AirPacket, rssiDbm - this.noiseDbm);
    else if (verdict.reason === 'collision') this.stats.collisions++;
  };

  /** The router on the node that decoded a packet. */
  private onReceive(state: NodeState, packet: AirPacket, snrDb: number): void {
    const me = state.node.id;
    const key = packet.id;
    const seen = packet.from === me || state.history.wasSeenRecently(packet.from, packet.id, this.nowValue);
    // A retry that fell back to flooding is relayed by those it passed over before (firmware: wasFallback).
    const fallback = seen && packet.nextHop === undefined && state.skippedForNextHop.delete(key) && !state.queued.has(key);
    if (seen && !fallback) {
      this.onDuplicate(state, packet, key);
      return;
    }
    const hops = packet.hopStart - packet.hopLimit;
    if (!seen) this.freshReceptions++;
    if (packet.requestId !== 0) this.sniffAck(state, packet, hops);
    const forMe = packet.to === me;
    if (!fallback && (forMe || packet.to === BROADCAST)) this.deliver(state, packet, hops, snrDb);
    if (forMe) {
      if (packet.wantAck && packet.kind !== 'routing') this.sendAck(state, packet, hops);
      return;
    }
    const role = state.node.role;
    if (packet.hopLimit === 0 || role === 'CLIENT_MUTE') return;
    if (packet.nextHop !== undefined && packet.nextHop !== me) {
      state.skippedForNextHop.add(key);
      return;
    }
    const relayed: AirPacket = { ...packet, hopLimit: packet.hopLimit - 1 };
    const asked = packet.nextHop === me;
    const nextHop = relayed.to === BROADCAST ? undefined : state.nextHop.get(relayed.to);
    relayed.nextHop = nextHop !== undefined && nextHop !== me ? nextHop : undefined;
    if (asked && relayed.nextHop !== undefined && relayed.hopLimit > 0) {
      state.retransmissions.set(key, { packet: relayed, sendsLeft: INTERMEDIATE_SENDS - 1, snrDb });
    }
    this.enqueue(state, { node: me, packet: relayed, relay: true, snrDb, live: true }, relayTxDelayMs(this.preset, snrDb, role, this.macRandom));
  }

  /** Hearing a packet again: an implicit ack for whoever waits on it, and a reason for clients to stand down. */
  private onDuplicate(state: NodeState, packet: AirPacket, key: number): void {
    this.stats.duplicatesHeard++;
    const me = state.node.id;
    if (state.retransmissions.delete(key) && packet.from === me) this.acked(packet.id);
    const pending = state.queued.get(key);
    if (!pending?.relay || pending.packet.nextHop === me) return;
    const role = state.node.role;
    if (role === 'ROUTER' || role === 'REPEATER') return;
    if (role === 'ROUTER_LATE') {
      // Never cancelled, but moved behind every client's window.
      if (!pending.late) {
        pending.live = false;
        const late: Attempt = { ...pending, live: true, late: true };
        state.queued.set(key, late);
        this.queue.push(this.nowValue + lateRelayDelayMs(this.preset, pending.snrDb), { kind: 'attempt', attempt: late });
      }
      return;
    }
    pending.live = false;
    state.queued.delete(key);
    this.stats.cancelledRelays++;
  }

  private deliver(state: NodeState, packet: AirPacket, hops: number, snrDb: number): void {
    const me = state.node.id;
    const record = this.packets.get(packet.id);
    // The node's duplicate suppression lets each packet through to here once.
    if (record && packet.kind !== 'routing') {
      record.delivered++;
      record.deliveries?.set(me, { node: me, atMs: this.nowValue, hops });
      this.latenciesMs.push(this.nowValue - record.sentAtMs);
      this.hopCounts[hops] = (this.hopCounts[hops] ?? 0) + 1;
      if (packet.to === me) state.stats.deliveredAsDestination++;
      else state.stats.receivedBroadcasts++;
    }
    this.onDeliver?.({
      node: me,
      from: packet.from,
      to: packet.to,
      id: packet.id,
      kind: packet.kind,
      payload: packet.payload,
      meshPacket: packet.meshPacket,
      hops,
      snrDb,
      rssiDbm: snrDb + this.noiseDbm,
    });
  }

  /** The destination of a want_ack direct message answers with a routing ack, back along as few hops as it took. */
  private sendAck(state: NodeState, packet: AirPacket, hops: number): void {
    const hopLimit = Math.min(hops + 2, this.hopLimit);
    const id = this.nextPacketId++;
    const ack: AirPacket = {
      id,
      from: state.node.id,
      to: packet.from,
      hopLimit,
      hopStart: hopLimit,
      bytes: MESH_HEADER_BYTES + ACK_PAYLOAD_BYTES,
      kind: 'routing',
      wantAck: false,
      requestId: packet.id,
      relayNode: state.node.id,
      nextHop: undefined,
      payload: undefined,
      meshPacket: undefined,
    };
    this.packets.set(id, {
      id,
      from: ack.from,
      to: ack.to,
      kind: 'routing',
      sentAtMs: this.nowValue,
      reachable: 0,
      delivered: 0,
      deliveries: undefined,
      originated: true,
      wantAck: false,
      relayers: new Set(),
    });
    this.stats.acksSent++;
    this.sendOwn(state, ack);
  }

  /** NextHopRouter::sniffReceived for an ack: learn a next hop, and stop relaying what it acknowledges. */
  private sniffAck(state: NodeState, ack: AirPacket, hops: number): void {
    const me = state.node.id;
    const original = this.packets.get(ack.requestId);
    if (original?.relayers) {
      const weRelayed = original.relayers.has(me);
      const ackRelayerRelayed = original.relayers.has(ack.relayNode);
      const weAlone = weRelayed && original.relayers.size === 1;
      if ((weRelayed && ackRelayerRelayed) || (hops === 0 && weAlone)) {
        if (state.nextHop.get(ack.from) !== ack.relayNode) {
          state.nextHop.set(ack.from, ack.relayNode);
          this.stats.nextHopsLearned++;
        }
      }
    }
    const originalKey = ack.requestId;
    if (ack.to === me) {
      if (state.retransmissions.delete(originalKey)) this.acked(ack.requestId);
      return;
    }
    const pending = state.queued.get(originalKey);
    if (pending) {
      pending.live = false;
      state.queued.delete(originalKey);
    }
    state.retransmissions.delete(originalKey);
  }

  private acked(id: number): void {
    const record = this.packets.get(id);
    if (record && record.ackedAtMs === undefined) {
      record.ackedAtMs = this.nowValue;
      this.onAcked?.(record);
    }
  }

  /** No ack in time: send again, the last time of a direct message by flooding. */
  private retry(node: number, key: number, generation: number): void {
    const state = this.state.get(node) as NodeState;
    const retx = state.retransmissions.get(key);
    if (!retx || !state.up || generation !== state.retryGeneration) return;
    if (retx.sendsLeft <= 0) {
      state.retransmissions.delete(key);
      return;
    }
    retx.sendsLeft--;
    if (retx.sendsLeft === 0 && retx.packet.to !== BROADCAST) retx.packet = { ...retx.packet, nextHop: undefined };
    this.stats.retransmissions++;
    const relay = retx.packet.from !== node;
    const delay = relay
      ? relayTxDelayMs(this.preset, retx.snrDb, state.node.role, this.macRandom)
      : ownTxDelayMs(this.preset, this.medium.channelUtilPercent(state.node.id, this.nowValue), this.macRandom);
    this.enqueue(state, { node, packet: retx.packet, relay, snrDb: retx.snrDb, live: true }, delay);
  }

  private changeUp(node: number, up: boolean): void {
    const state = this.state.get(node);
    if (!state || state.up === up) return;
    if (!up && state.chargeMah !== undefined) this.drain(state, 0);
    if (up && state.chargeMah !== undefined && state.chargeMah <= 0) return;
    state.up = up;
    this.medium.setOn(node, up);
    this.reachCache = new Map();
    if (up) {
      state.stats.downMs += this.nowValue - state.downSinceMs;
      state.chargeAtMs = this.nowValue;
    } else {
      // A node that powers off loses its queue, its pending retransmissions and what it was receiving.
      state.downSinceMs = this.nowValue;
      for (const attempt of state.queued.values()) attempt.live = false;
      state.queued.clear();
      state.retransmissions.clear();
      state.retryGeneration++;
    }
    this.onUpChange?.(node, up, this.nowValue);
  }

  /** Spend idle current up to now and `txMs` of transmit current; a flat battery takes the node down. */
  private drain(state: NodeState, txMs: number): void {
    if (state.chargeMah === undefined) return;
    state.chargeMah -= (this.idleCurrentMa * (this.nowValue - state.chargeAtMs) + (this.txCurrentMa - this.idleCurrentMa) * txMs) / 3_600_000;
    state.chargeAtMs = this.nowValue;
    if (txMs > 0) this.scheduleBattery(state.node.id);
  }

  private scheduleBattery(node: number): void {
    const state = this.state.get(node) as NodeState;
    if (state.chargeMah === undefined) return;
    state.batteryGeneration++;
    const flatInMs = (Math.max(0, state.chargeMah) / this.idleCurrentMa) * 3_600_000;
    this.queue.push(this.nowValue + flatInMs, { kind: 'battery', node, generation: state.batteryGeneration });
  }

  private checkBattery(node: number, generation: number): void {
    const state = this.state.get(node) as NodeState;
    if (generation !== state.batteryGeneration || !state.up) return;
    this.drain(state, 0);
    if ((state.chargeMah ?? 1) <= 1e-9) {
      state.chargeMah = 0;
      this.changeUp(node, false);
    } else this.scheduleBattery(node);
  }
}
