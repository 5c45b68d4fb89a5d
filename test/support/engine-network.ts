/**
 * Gateways in one process over lossless or lossy shared links, in simulated time: what the engine's tests and the
 * airtime bench drive. Each gateway is the production EngineDriver over a real SQLite store with one engine per
 * link it sits on; a link ("radio" by default, or any name: two meshes and a federation) delivers each copy of a
 * packet to every other gateway on it, unless lost or cut by a partition. No radio model: the mesh simulator adds
 * one. Time jumps straight to the earliest deadline any driver asks for, as quinn's `Pair::drive` does, so the
 * tests exercise the same wake-up path the gateway relies on.
 */
import { LedgerStore } from '../../store/ledger-store.ts';
import { RECOVERY_META } from '../../protocol/engine/chain-sync.ts';
import { EngineDriver, type DriverLink } from '../../protocol/engine/engine-driver.ts';
import { MeshloomEngine } from '../../protocol/engine/engine.ts';
import type { EngineEvent, EngineOptions, OutboundPacket } from '../../protocol/engine/engine-types.ts';
import { BROADCAST_NUM } from '../../protocol/meshtastic/stream-constants.ts';
import { seeded } from '../../simulator/seeded-random.ts';
import { TEST_EPOCH_MS, testKeys } from './engine-fixtures.ts';

export interface Node {
  num: number;
  /** The engine on the node's first link. */
  engine: MeshloomEngine;
  driver: EngineDriver;
  /** The node's links by name, as attached to its driver (a test may detach one and attach it again). */
  links: Map<string, DriverLink>;
  store: LedgerStore;
  events: EngineEvent[];
  /** Everything sent on the node's first link. */
  sent: OutboundPacket[];
  /** Everything sent, on any link. */
  sentOn: { link: string; packet: OutboundPacket }[];
  up: boolean;
}

export interface NetworkOptions {
  lossRate?: number;
  seed?: number;
  /** Settings for every engine on the default link. */
  engine?: Partial<EngineOptions>;
}

export interface AddOptions {
  storePath?: string;
  label?: string;
  /** Link name -> engine settings; default one "radio" link with the network's settings. */
  links?: Record<string, Partial<EngineOptions>>;
  /** Its store was lost and its key kept: it recovers its own chain before writing (as the gateway marks it). */
  recovering?: boolean;
}

/** Wake-ups at one instant before the network calls it a busy loop: an engine that never moves its deadline on. */
const MAX_WAKES_AT_ONE_INSTANT = 10_000;

export class EngineNetwork {
  nowMs = TEST_EPOCH_MS;
  readonly nodes = new Map<number, Node>();
  lossRate: number;
  /** Lose chosen packets on top of `lossRate` (a test's precise loss): true drops the copy for `to`. */
  lose: ((from: number, to: number, packet: OutboundPacket) => boolean) | undefined;
  private readonly random: () => number;
  private groups: number[][] | undefined;
  private readonly inFlight: { link: string; from: number; packet: OutboundPacket }[] = [];
  private wakesAtInstant = 0;

  constructor(private readonly options: NetworkOptions = {}) {
    this.lossRate = options.lossRate ?? 0;
    this.random = seeded(options.seed ?? 1);
  }

  add(num: number, options: AddOptions = {}): Node {
    const store = new LedgerStore({ path: options.storePath ?? ':memory:', synchronous: 'NORMAL' });
    if (options.recovering) store.setMeta(RECOVERY_META, String(this.nowMs));
    const events: EngineEvent[] = [];
    const sent: OutboundPacket[] = [];
    const sentOn: Node['sentOn'] = [];
    const driver = new EngineDriver({ now: () => this.nowMs, onEvent: (_link, event) => events.push(event) });
    const links = new Map<string, DriverLink>();
    for (const [name, settings] of Object.entries(options.links ?? { radio: this.options.engine ?? {} })) {
      const engine = new MeshloomEngine(
        {
          store,
          nodeNum: num,
          keys: testKeys(num),
          label: options.label ?? `hood ${num.toString(16)}`,
          random: seeded(num + (name === 'radio' ? 0 : name.length)),
          ...settings,
        },
        this.nowMs,
      );
      const first = links.size === 0;
      links.set(name, {
        name,
        engine,
        send: (packet) => {
          if (first) sent.push(packet);
          sentOn.push({ link: name, packet });
          this.inFlight.push({ link: name, from: num, packet });
        },
      });
    }
    const engine = [...links.values()][0]?.engine;
    if (!engine) throw new TypeError('a node needs at least one link');
    const node: Node = { num, engine, driver, links, store, events, sent, sentOn, up: true };
    this.nodes.set(num, node);
    // It starts at the next run, so every node added before then hears its first announcement.
    for (const link of links.values()) driver.attach(link);
    return node;
  }

  /** Stop a node as a crash would: nothing more is sent; its store stays on disk. */
  crash(num: number): void {
    const node = this.nodes.get(num);
    if (!node) return;
    node.up = false;
    node.driver.stop();
    node.store.close();
    this.nodes.delete(num);
  }

  partition(...groups: number[][]): void {
    this.groups = groups;
  }

  heal(): void {
    this.groups = undefined;
  }

  /** Run `durationMs` of simulated time, waking each node whenever its driver asks. */
  run(durationMs: number): void {
    const end = this.nowMs + durationMs;
    this.driveAll();
    let more = true;
    while (more) more = this.step(end);
    this.nowMs = end;
  }

  /** Run until `done` holds; returns the simulated ms it took, or fails after `limitMs`. */
  runUntil(done: () => boolean, limitMs: number): number {
    const start = this.nowMs;
    this.driveAll();
    while (!done()) {
      if (!this.step(start + limitMs)) throw new Error(`not done after ${limitMs / 1000} simulated seconds`);
    }
    return this.nowMs - start;
  }

  converged(): boolean {
    const prints = [...this.nodes.values()].map((n) => n.store.views.fingerprint());
    return prints.every((p) => p === prints[0]);
  }

  /** Drive every node now, as after an input the test gave an engine directly (a submission). */
  driveAll(): void {
    for (const node of [...this.nodes.values()]) node.driver.drive();
    this.settle();
  }

  /** Jump to the earliest deadline up to `endMs` and wake whoever is due; false when none is left before it. */
  private step(endMs: number): boolean {
    let next = Number.POSITIVE_INFINITY;
    for (const node of this.nodes.values()) next = Math.min(next, node.driver.pollTimeout() ?? Number.POSITIVE_INFINITY);
    if (next > endMs) return false;
    if (next > this.nowMs) {
      this.nowMs = next;
      this.wakesAtInstant = 0;
    } else if (++this.wakesAtInstant > MAX_WAKES_AT_ONE_INSTANT) {
      throw new Error(`an engine keeps asking to be woken at ${new Date(next).toISOString()} without moving on`);
    }
    for (const node of [...this.nodes.values()]) {
      if ((node.driver.pollTimeout() ?? Number.POSITIVE_INFINITY) <= this.nowMs) node.driver.drive();
    }
    this.settle();
    return true;
  }

  /** Deliver what is in flight, in order, including what the receivers send in answer. */
  private settle(): void {
    for (let item = this.inFlight.shift(); item; item = this.inFlight.shift()) {
      const { link, from, packet } = item;
      for (const node of [...this.nodes.values()]) {
        if (node.num === from || !node.up || !this.linked(from, node.num) || !node.driver.engine(link)) continue;
        if (packet.to !== BROADCAST_NUM && packet.to !== node.num) continue;
        if (this.random() < this.lossRate) continue;
        if (this.lose?.(from, node.num, packet)) continue;
        node.driver.receive(link, { from, to: packet.to, portnum: packet.portnum, payload: packet.payload });
      }
    }
  }

  private linked(a: number, b: number): boolean {
    if (!this.groups) return true;
    return this.groups.some((g) => g.includes(a) && g.includes(b));
  }
}
