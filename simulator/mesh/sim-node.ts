/**
 * One simulated node as its router sees it: the NodePort through which the router reaches its radio's transmit
 * queue, contention windows, application and the simulation, plus the radio's own state (duty cycle, battery)
 * and the node's figures. The event kernel (mesh-simulation.ts) does the work behind each port call.
 */
import type { AirPacket } from '../router/air-packet.ts';
import type { RelayRole } from '../router/contention.ts';
import type { NodePort, RouterTraces } from '../router/node-port.ts';
import { ReliableRouter } from '../router/reliable-router.ts';
import { RollingAirtime } from './duty-cycle.ts';
import type { MeshSimulation } from './mesh-simulation.ts';
import type { NodeStats, SimNode } from './sim-records.ts';

/** A packet in a node's transmit queue, waiting for its turn on air. */
export interface Attempt {
  node: number;
  packet: AirPacket;
  relay: boolean;
  snrDb: number;
  /** Set false to drop it from the queue (cancelled relay, or the node went down). */
  live: boolean;
  /** A ROUTER_LATE relay already moved to the late window. */
  late?: boolean;
}

/** One node: its radio's queue, duty cycle and battery, its router, and its side of the NodePort. */
export class NodeState implements NodePort {
  up = true;
  /** Routed outside the model (a firmware process); see MeshSimulation.setExternal. */
  external = false;
  downSinceMs = 0;
  readonly id: number;
  readonly role: RelayRole;
  readonly router: ReliableRouter;
  /** Relays and own packets waiting to go, by packet id. */
  readonly queuedAttempts = new Map<number, Attempt>();
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
    private readonly sim: MeshSimulation,
    readonly traces: RouterTraces,
  ) {
    this.id = node.id;
    this.role = node.role;
    this.duty = new RollingAirtime(dutyPercent);
    this.chargeMah = node.batteryMah;
    this.router = new ReliableRouter(this);
  }

  get hopLimit(): number {
    return this.sim.hopLimit;
  }

  now(): number {
    return this.sim.nowMs;
  }

  enqueue(packet: AirPacket, options: { relay: boolean; snrDb: number; delayMs: number }): void {
    this.sim.enqueueAttempt(this, { node: this.id, packet, relay: options.relay, snrDb: options.snrDb, live: true }, options.delayMs);
  }

  queued(id: number): Attempt | undefined {
    return this.queuedAttempts.get(id);
  }

  cancelQueued(id: number): void {
    const pending = this.queuedAttempts.get(id);
    if (!pending) return;
    pending.live = false;
    this.queuedAttempts.delete(id);
  }

  deferToLateWindow(id: number): void {
    this.sim.deferToLateWindow(this, id);
  }

  ownTxDelayMs(): number {
    return this.sim.ownTxDelayMs(this);
  }

  relayTxDelayMs(snrDb: number): number {
    return this.sim.relayTxDelayMs(this, snrDb);
  }

  retransmissionTimeoutMs(airtime: number, snrDb: number): number {
    return this.sim.retransmissionTimeoutMs(airtime, snrDb);
  }

  airtimeMs(bytes: number): number {
    return this.sim.airtimeOf(bytes);
  }

  armRetransmissionTimer(id: number, atMs: number, generation: number): void {
    this.sim.armRetry(this.id, id, atMs, generation);
  }

  deliver(packet: AirPacket, hops: number, snrDb: number): void {
    this.sim.deliver(this, packet, hops, snrDb);
  }

  /** NodePort.acked: the sender of a want_ack packet knows it got through. */
  acked(id: number, by: number): void {
    this.sim.acked(id, by);
  }

  newPacketId(): number {
    return this.sim.newPacketId();
  }

  recordOwn(packet: AirPacket): void {
    this.sim.recordAck(packet);
  }

  relayersOf(id: number): ReadonlySet<number> | undefined {
    return this.sim.packets.get(id)?.relayers;
  }
}
