/**
 * A discrete-event model of a Meshtastic mesh: the event kernel, the nodes' radios (transmit queue, CAD, duty
 * cycle, batteries) and the metrics, with one router per node shaped like the firmware's (simulator/router/:
 * FloodingRouter -> NextHopRouter -> ReliableRouter) over the air of radio-medium.ts. What the model does:
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
 *
 * Longer than our usual 400 lines: one event loop whose handlers (transmission start and end, CAD retries,
 * failures, batteries) share the queue and the per-node arrays on the hot path of 10,000-node runs; routing lives
 * in simulator/router/, each node's port in sim-node.ts, the records in sim-records.ts.
 */
import { FIRST_NODE_NUM, isNodeNum } from '../../protocol/meshtastic/stream-constants.ts';
import { airtimeMs, MESH_HEADER_BYTES, type ModemPreset } from '../../protocol/meshtastic/airtime.ts';
import { TracedCallback } from '../../support/traced-callback.ts';
import { EventQueue } from '../event-queue.ts';
import { seeded } from '../seeded-random.ts';
import { noiseFloorDbm } from '../phy/link-budget.ts';
import type { PathLossModel } from '../phy/path-loss.ts';
import { type AirPacket, BROADCAST, type PacketKind } from '../router/air-packet.ts';
import { lateRelayDelayMs, ownTxDelayMs, relayTxDelayMs, retransmissionTimeoutMs } from '../router/contention.ts';
import type { RouterTraces } from '../router/node-port.ts';
import { DUTY_CYCLE_PERCENT, type Region } from './duty-cycle.ts';
import type { ReceptionVerdict } from '../phy/reception.ts';
import { LossAttribution } from './loss-attribution.ts';
import { RadioMedium } from './radio-medium.ts';
import { type Attempt, NodeState } from './sim-node.ts';
import type { AppDelivery, NodeStats, PacketRecord, SimNode, SimStats } from './sim-records.ts';

export interface SimOptions {
  nodes: SimNode[];
  preset?: ModemPreset;
  pathLoss?: PathLossModel;
  /** Log-normal shadowing sigma, dB; 0 for none. Default 3.57 (LoRaSim). */
  shadowingDb?: number;
  /** False for an ideal air where packets never collide (RadioMedium). Default true. */
  collisions?: boolean;
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

type SimEvent =
  | { kind: 'attempt'; attempt: Attempt }
  | { kind: 'end'; sender: number; txId: number; packet: AirPacket }
  | { kind: 'retry'; node: number; key: number; generation: number }
  | { kind: 'up'; node: number; up: boolean }
  | { kind: 'battery'; node: number; generation: number }
  | { kind: 'call'; call: () => void };

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
  /**
   * What happens, for anyone to subscribe to (ns-3's TracedCallback): deliveries to each node's application (once
   * per packet a node receives for itself or for everyone), want_ack packets known to have got through, nodes
   * going down or coming back, and the routers' own events.
   */
  readonly traces = {
    deliver: new TracedCallback<[AppDelivery]>(),
    acked: new TracedCallback<[PacketRecord, by: number]>(),
    upChange: new TracedCallback<[node: number, up: boolean, atMs: number]>(),
    /** A node starts transmitting a packet (its own, a relay or a retransmission). */
    onAir: new TracedCallback<[node: number, packet: AirPacket]>(),
    /** A node whose routing runs elsewhere (firmware.ts) decoded a packet on the air. */
    heardExternal: new TracedCallback<[node: number, packet: AirPacket, snrDb: number, rssiDbm: number]>(),
    /** Traffic booked for such a node, for whatever runs it to send. */
    sendExternal: new TracedCallback<[node: number, packet: AirPacket]>(),
    router: {
      duplicateHeard: new TracedCallback<[node: number, id: number]>(),
      relayCancelled: new TracedCallback<[node: number, id: number]>(),
      ackSent: new TracedCallback<[node: number, id: number]>(),
      nextHopLearned: new TracedCallback<[node: number, destination: number]>(),
      retransmitted: new TracedCallback<[node: number, id: number]>(),
      gaveUp: new TracedCallback<[node: number, id: number]>(),
    } satisfies RouterTraces,
  };
  private nowValue = 0;
  private readonly queue = new EventQueue<SimEvent>();
  readonly preset: ModemPreset;
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
  /** Why reachable nodes missed packets, per kind (see loss-attribution.ts). */
  readonly losses = new LossAttribution((node) => this.listenersOf(node));
  private readonly listeners = new Map<number, number[]>();
  /** Node ids of each cached reachable set, shared by every packet sent while the topology stays the same. */
  private readonly reachIds = new WeakMap<readonly NodeState[], number[]>();

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
    const { router } = this.traces;
    router.duplicateHeard.connect(() => this.stats.duplicatesHeard++);
    router.relayCancelled.connect((node, id) => {
      this.stats.cancelledRelays++;
      this.losses.stopped(id, node, 'relayCancelled');
    });
    router.ackSent.connect(() => this.stats.acksSent++);
    router.nextHopLearned.connect(() => this.stats.nextHopsLearned++);
    router.retransmitted.connect(() => this.stats.retransmissions++);
    for (const node of options.nodes) {
      if (!isNodeNum(node.id)) throw new RangeError(`node ${node.id}: node numbers 0-${FIRST_NODE_NUM - 1} are reserved by the firmware`);
      const state = new NodeState(node, dutyPercent, this, router);
      this.state.set(node.id, state);
      this.byIndex.push(state);
    }
    this.medium = new RadioMedium(options.nodes, {
      preset: this.preset,
      seed: options.seed,
      ...(options.pathLoss ? { pathLoss: options.pathLoss } : {}),
      ...(options.shadowingDb !== undefined ? { shadowingDb: options.shadowingDb } : {}),
      ...(options.collisions !== undefined ? { collisions: options.collisions } : {}),
    });
    for (const node of options.nodes) if (node.batteryMah !== undefined) this.scheduleBattery(node.id);
  }

  get nowMs(): number {
    return this.nowValue;
  }

  get nodeIds(): number[] {
    return [...this.state.keys()];
  }

  /** When the next event is due, if any (a real-time runner sleeps until then). */
  get nextEventMs(): number | undefined {
    return this.queue.peekTime();
  }

  /**
   * Hand `node`'s routing to something outside the model (a firmware process): the simulation still carries its
   * transmissions over the air and says what it decoded (traces.heardExternal), but its router stays idle.
   */
  setExternal(node: number): void {
    const state = this.state.get(node);
    if (!state) throw new RangeError(`node ${node} is not in the simulation`);
    state.external = true;
  }

  /**
   * An external node starts transmitting `packet` now: it goes on the air as any transmission does (its own
   * contention, queue and duty cycle are its own business). `own`: the node's own packet (its first sending or
   * a retransmission), not a relay. Returns the airtime, or undefined when the node is down.
   */
  transmitExternal(node: number, packet: AirPacket, own: boolean): number | undefined {
    const state = this.state.get(node);
    if (!state?.up) return undefined;
    if (own && !this.packets.has(packet.id)) {
      this.packets.set(packet.id, { ...this.newRecord(packet, this.nowValue), unbooked: true });
      this.count(packet, state);
    }
    const duration = this.airtimeOf(packet.bytes);
    this.stats.transmissions++;
    if (!own) {
      this.stats.rebroadcasts++;
      state.stats.relayed++;
    }
    this.putOnAir(state, packet, duration);
    return duration;
  }

  /**
   * How long a node waits before trying again when its channel is busy: its own packet's window from its channel
   * use, a relay's weighted by the SNR it was heard at (RadioInterface::getTxDelayMsec / getTxDelayMsecWeighted).
   */
  contentionDelayMs(node: number, relay: boolean, snrDb: number): number {
    const state = this.state.get(node);
    if (!state) return 0;
    return relay ? this.relayTxDelayMs(state, snrDb) : this.ownTxDelayMs(state);
  }

  /** Whether a node's channel activity detection would find the channel in use now. */
  channelBusy(node: number): boolean {
    return this.medium.busy(node, this.nowValue);
  }

  /** An external node handed `packet` to its application (it received it for itself or for everyone). */
  deliverExternal(node: number, packet: AirPacket, hops: number, snrDb: number): void {
    const state = this.state.get(node);
    if (state?.up) this.deliver(state, packet, hops, snrDb);
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
    return this.state.get(node)?.router.learnedNextHop(destination);
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
    this.packets.set(id, this.newRecord(packet, Math.max(atMs, this.nowValue)));
    // Sent now (from an event, or before the run): straight to the router; later: when its time comes.
    if (atMs <= this.nowValue) this.originate(packet);
    else this.queue.push(atMs, { kind: 'call', call: () => this.originate(packet) });
    return id;
  }

  private newRecord(packet: AirPacket, sentAtMs: number): PacketRecord {
    return {
      id: packet.id,
      from: packet.from,
      to: packet.to,
      kind: packet.kind,
      sentAtMs,
      reachable: 0,
      delivered: 0,
      deliveries: this.keepDeliveries ? new Map() : undefined,
      originated: false,
      wantAck: packet.wantAck,
      relayers: packet.to === BROADCAST ? undefined : new Set(),
    };
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

  private idsOf(reachable: readonly NodeState[]): number[] {
    let ids = this.reachIds.get(reachable);
    if (!ids) {
      ids = reachable.map((state) => state.node.id);
      this.reachIds.set(reachable, ids);
    }
    return ids;
  }

  /** The nodes that can hear `node`, as ids (kept, since the links do not change during a run). */
  private listenersOf(node: number): readonly number[] {
    let ids = this.listeners.get(node);
    if (!ids) {
      ids = (this.medium.links.get(node) ?? []).map((link) => link.node);
      this.listeners.set(node, ids);
    }
    return ids;
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
    this.count(packet, state);
    if (state.external) this.traces.sendExternal.fire(state.id, packet);
    else state.router.send(packet);
  }

  /** A packet leaves its sender: who could receive it now, for the delivery figures and the loss reasons. */
  private count(packet: AirPacket, state: NodeState): void {
    const record = this.packets.get(packet.id);
    if (!record) return;
    record.originated = true;
    const reachable = this.reachableFrom(state.id);
    if (packet.to === BROADCAST) {
      record.reachable = reachable.length;
      for (const node of reachable) node.stats.reachableBroadcasts++;
      if (packet.kind !== 'routing') this.losses.sent(packet.id, packet.kind, this.nowValue, this.idsOf(reachable));
    } else {
      const dest = reachable.find((s) => s.node.id === packet.to);
      record.reachable = dest ? 1 : 0;
      if (dest) dest.stats.reachableAsDestination++;
      if (dest && packet.kind !== 'routing') this.losses.sent(packet.id, packet.kind, this.nowValue, [packet.to]);
    }
    state.stats.sent++;
  }

  /** NodePort.enqueue: past the transmit queue's limit the packet is dropped, as the firmware's radio does. */
  enqueueAttempt(state: NodeState, attempt: Attempt, delayMs: number): void {
    const key = attempt.packet.id;
    const queued = state.queuedAttempts;
    if (!queued.has(key) && queued.size >= this.txQueueLimit) {
      state.stats.queueDrops++;
      this.stats.queueDrops++;
      this.losses.stopped(key, state.node.id, 'queueFull');
      return;
    }
    const previous = queued.get(key);
    if (previous) previous.live = false;
    queued.set(key, attempt);
    this.queue.push(this.nowValue + Math.max(1, delayMs), { kind: 'attempt', attempt });
  }

  /** NodePort.deferToLateWindow: a ROUTER_LATE relay is never cancelled, but moved behind every client's window. */
  deferToLateWindow(state: NodeState, id: number): void {
    const pending = state.queuedAttempts.get(id);
    if (!pending || pending.late) return;
    pending.live = false;
    const late: Attempt = { ...pending, live: true, late: true };
    state.queuedAttempts.set(id, late);
    this.queue.push(this.nowValue + lateRelayDelayMs(this.preset, pending.snrDb), { kind: 'attempt', attempt: late });
  }

  ownTxDelayMs(state: NodeState): number {
    return ownTxDelayMs(this.preset, this.medium.channelUtilPercent(state.id, this.nowValue), this.macRandom);
  }

  relayTxDelayMs(state: NodeState, snrDb: number): number {
    return relayTxDelayMs(this.preset, snrDb, state.role, this.macRandom);
  }

  retransmissionTimeoutMs(airtime: number, snrDb: number): number {
    return retransmissionTimeoutMs(this.preset, airtime, snrDb);
  }

  /** Airtime of a packet of `bytes` at the preset, ms (cached per size). */
  airtimeOf(bytes: number): number {
    return (this.airtimeByBytes[bytes] ??= airtimeMs(this.preset, bytes));
  }

  armRetry(node: number, id: number, atMs: number, generation: number): void {
    this.queue.push(atMs, { kind: 'retry', node, key: id, generation });
  }

  newPacketId(): number {
    return this.nextPacketId++;
  }

  /** A node wants to transmit: if someone is on air where it listens (CAD), it waits another window. */
  private attempt(attempt: Attempt): void {
    if (!attempt.live) return;
    const { node, packet, relay } = attempt;
    const state = this.state.get(node) as NodeState;
    if (!state.up) return;
    if (this.medium.busy(node, this.nowValue)) {
      const delay = relay ? this.relayTxDelayMs(state, attempt.snrDb) : this.ownTxDelayMs(state);
      this.queue.push(this.nowValue + Math.max(1, delay), { kind: 'attempt', attempt });
      return;
    }
    const key = packet.id;
    if (state.queuedAttempts.get(key) === attempt) state.queuedAttempts.delete(key);
    const duration = this.airtimeOf(packet.bytes);
    if (!state.duty.take(this.nowValue, duration)) {
      state.stats.dutyCycleDrops++;
      this.stats.dutyCycleDrops++;
      this.losses.stopped(key, node, 'dutyCycle');
      return;
    }
    this.stats.transmissions++;
    if (relay) {
      this.stats.rebroadcasts++;
      state.stats.relayed++;
    }
    this.putOnAir(state, packet, duration);
    state.router.onTransmitted(key, duration);
  }

  private putOnAir(state: NodeState, packet: AirPacket, duration: number): void {
    const node = state.id;
    const txId = this.nextTxId++;
    state.stats.txAirtimeMs += duration;
    this.drain(state, duration);
    this.packets.get(packet.id)?.relayers?.add(node);
    // Each queued packet is this node's own object (a relay is copied on receipt), so it can carry our mark.
    packet.relayNode = node;
    this.medium.start(node, txId, this.nowValue, this.nowValue + duration);
    this.queue.push(this.nowValue + duration, { kind: 'end', sender: node, txId, packet });
    this.traces.onAir.fire(node, packet);
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
    const packet = this.ending as AirPacket;
    if (verdict.decoded) {
      // A copy with no hops left is where the flood stops: nodes beyond it are left to other paths.
      if (packet.hopLimit === 0) this.losses.stopped(packet.id, state.node.id, 'hopLimit');
      if (state.external) this.traces.heardExternal.fire(state.id, packet, rssiDbm - this.noiseDbm, rssiDbm);
      else if (state.router.handleReceived(packet, rssiDbm - this.noiseDbm)) this.freshReceptions++;
    } else {
      if (verdict.reason === 'collision') this.stats.collisions++;
      if (verdict.reason !== 'ok') this.losses.missedCopy(packet.id, state.node.id, verdict.reason);
    }
  };

  /** NodePort.deliver: count it, and hand it to whoever subscribed to deliveries. */
  deliver(state: NodeState, packet: AirPacket, hops: number, snrDb: number): void {
    const me = state.node.id;
    const record = this.packets.get(packet.id);
    // The node's duplicate suppression lets each packet through to here once.
    if (record && packet.kind !== 'routing') {
      record.delivered++;
      this.losses.received(packet.id, me);
      record.deliveries?.set(me, { node: me, atMs: this.nowValue, hops });
      this.latenciesMs.push(this.nowValue - record.sentAtMs);
      this.hopCounts[hops] = (this.hopCounts[hops] ?? 0) + 1;
      if (packet.to === me) state.stats.deliveredAsDestination++;
      else state.stats.receivedBroadcasts++;
    }
    this.traces.deliver.fire({
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

  /** NodePort.recordOwn: an ack a router made, counted among the packets. */
  recordAck(ack: AirPacket): void {
    this.packets.set(ack.id, {
      id: ack.id,
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
  }

  /** NodePort.acked: the sender of a want_ack packet knows it got through (acked `by` whom: itself when implicitly). */
  acked(id: number, by: number): void {
    const record = this.packets.get(id);
    if (record && record.ackedAtMs === undefined) {
      record.ackedAtMs = this.nowValue;
      this.traces.acked.fire(record, by);
    }
  }

  /** A retransmission timer fired: the node's router decides (a node that is down has forgotten it). */
  private retry(node: number, key: number, generation: number): void {
    const state = this.state.get(node) as NodeState;
    if (state.up) state.router.onRetransmissionTimeout(key, generation);
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
      this.losses.wentDown(node);
      for (const attempt of state.queuedAttempts.values()) attempt.live = false;
      state.queuedAttempts.clear();
      state.router.reset();
    }
    this.traces.upChange.fire(node, up, this.nowValue);
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
