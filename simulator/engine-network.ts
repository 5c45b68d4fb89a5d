/**
 * Many engines in one process over a lossy shared channel, in simulated time: what the engine's convergence
 * tests and the airtime bench drive. Every engine uses the real SQLite store; the channel loses each copy of a
 * packet independently and can be cut into partitions. No radio model: the mesh simulator adds one.
 */
import { LedgerStore } from '../gateway/store/ledger-store.ts';
import { keyPairFromSecret } from '../protocol/app/signatures.ts';
import { MeshloomEngine } from '../protocol/engine/engine.ts';
import type { EngineEvent, EngineOptions, OutboundPacket } from '../protocol/engine/engine-types.ts';
import { BROADCAST_NUM } from '../protocol/meshtastic/stream-constants.ts';
import { seeded } from './seeded-random.ts';

export interface Node {
  num: number;
  engine: MeshloomEngine;
  store: LedgerStore;
  events: EngineEvent[];
  sent: OutboundPacket[];
  up: boolean;
}

export interface NetworkOptions {
  lossRate?: number;
  seed?: number;
  engine?: Partial<EngineOptions>;
}

export class EngineNetwork {
  nowMs = Date.UTC(2026, 10, 21, 12, 0);
  readonly nodes = new Map<number, Node>();
  lossRate: number;
  private readonly random: () => number;
  private groups: number[][] | undefined;

  constructor(private readonly options: NetworkOptions = {}) {
    this.lossRate = options.lossRate ?? 0;
    this.random = seeded(options.seed ?? 1);
  }

  static secretFor(num: number): Uint8Array {
    return new Uint8Array(32).map((_, i) => (num * 31 + i * 7) & 0xff);
  }

  add(num: number, storePath = ':memory:'): Node {
    const store = new LedgerStore({ path: storePath, synchronous: 'NORMAL' });
    const engine = new MeshloomEngine(
      {
        store,
        nodeNum: num,
        keys: keyPairFromSecret(EngineNetwork.secretFor(num)),
        label: `hood ${num.toString(16)}`,
        random: seeded(num),
        ...this.options.engine,
      },
      this.nowMs,
    );
    const node: Node = { num, engine, store, events: [], sent: [], up: true };
    this.nodes.set(num, node);
    return node;
  }

  /** Stop a node as a crash would: nothing more is sent; its store stays on disk. */
  crash(num: number): void {
    const node = this.nodes.get(num);
    if (!node) return;
    node.up = false;
    node.store.close();
    this.nodes.delete(num);
  }

  partition(...groups: number[][]): void {
    this.groups = groups;
  }

  heal(): void {
    this.groups = undefined;
  }

  /** Advance simulated time in steps, delivering every packet the engines send. */
  run(durationMs: number, stepMs = 1_000): void {
    const end = this.nowMs + durationMs;
    while (this.nowMs < end) {
      this.flush();
      this.nowMs += stepMs;
    }
    this.flush();
  }

  /** Run until `done` holds, or fail after `limitMs` of simulated time. */
  runUntil(done: () => boolean, limitMs: number, stepMs = 1_000): number {
    const start = this.nowMs;
    while (!done()) {
      if (this.nowMs - start > limitMs) throw new Error(`not done after ${limitMs / 1000} simulated seconds`);
      this.flush();
      this.nowMs += stepMs;
    }
    return this.nowMs - start;
  }

  converged(): boolean {
    const prints = [...this.nodes.values()].map((n) => n.store.views.fingerprint());
    return prints.every((p) => p === prints[0]);
  }

  private flush(): void {
    for (let round = 0; round < 50; round++) {
      let any = false;
      for (const node of [...this.nodes.values()]) {
        for (let event = node.engine.pollEvent(); event; event = node.engine.pollEvent()) node.events.push(event);
        for (let packet = node.engine.pollTransmit(this.nowMs); packet; packet = node.engine.pollTransmit(this.nowMs)) {
          any = true;
          node.sent.push(packet);
          this.deliver(node.num, packet);
        }
      }
      if (!any) break;
    }
  }

  private deliver(from: number, packet: OutboundPacket): void {
    for (const node of this.nodes.values()) {
      if (node.num === from || !node.up || !this.linked(from, node.num)) continue;
      if (packet.to !== BROADCAST_NUM && packet.to !== node.num) continue;
      if (this.random() < this.lossRate) continue;
      node.engine.receive(this.nowMs, { from, to: packet.to, portnum: packet.portnum, payload: packet.payload });
    }
  }

  private linked(a: number, b: number): boolean {
    if (!this.groups) return true;
    return this.groups.some((g) => g.includes(a) && g.includes(b));
  }
}
