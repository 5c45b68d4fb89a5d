/**
 * Real firmware nodes in the simulated air. Each scenario node that runs the firmware is a meshtasticd process in
 * simulation mode; what it transmits goes on the simulation's radio medium (airtime, half-duplex, capture, SINR,
 * partitions) from that node, and what the medium says a firmware node decoded is written into its API with the
 * SNR and RSSI the medium computed. The firmware does its own routing, contention windows, retransmissions and duty
 * cycle; the model's router on those nodes stays idle. The one part of the radio the firmware cannot do in
 * simulation mode, sensing a busy channel before it sends, the bridge does for it (tryOnAir), and a relay it holds
 * meanwhile is cancelled by the firmware's own rule when the node hears it relayed (perhapsCancelHeld). A node that fails has its process stopped, and started again (same
 * flash, same node number) when it comes back.
 *
 * The simulation runs in real time (RealTimeRunner): the firmware keeps its own clock.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import { Admin, Config, Mesh, Portnums } from '@meshtastic/protobufs';
import { DATA_OVERHEAD_BYTES, DEFAULT_PORTNUM } from '../../protocol/engine/engine.ts';
import { MESH_HEADER_BYTES, type ModemPreset } from '../../protocol/meshtastic/airtime.ts';
import { freePort } from '../../support/local-ports.ts';
import { TypedEmitter } from '../../support/typed-emitter.ts';
import type { Region } from '../mesh/duty-cycle.ts';
import type { MeshSimulation } from '../mesh/mesh-simulation.ts';
import { kindOfPortnum, portnumOfKind } from '../mesh/packet-kinds.ts';
import type { RealTimeRunner } from '../mesh/real-time-runner.ts';
import { type AirPacket, BROADCAST } from '../router/air-packet.ts';
import type { RelayRole } from '../router/contention.ts';
import { FirmwareApi, type FirmwareSettings } from './firmware-api.ts';
import { FirmwareProcess } from './firmware-process.ts';
import { airPacketOf, meshPacketOfAir, type NodeNumbers, unwrapTransmission, wrapForFirmware } from './transmissions.ts';

export interface FirmwareNodeSpec {
  id: number;
  /** The meshtasticd binary this node runs. */
  binary: string;
  role: RelayRole;
}

export interface FirmwareAirOptions {
  /** Folder for the nodes' flash, one sub-folder per node (kept across a node's restarts). */
  workDir: string;
  runner: RealTimeRunner;
  /** What every firmware node is set to, as the modelled nodes are. */
  preset: ModemPreset;
  hopLimit: number;
  region: Region;
  meshloomPortnum?: number;
  /** Processes started at once. Default 4. */
  startConcurrency?: number;
  /** Started `done` of `total` nodes. */
  onProgress?: (done: number, total: number) => void;
  /** Something worth an operator's eye: a node that could not be restarted, an unreadable transmission. */
  onWarning?: (text: string) => void;
}

export type FirmwareAirEvents = {
  /** A node's API connection came up (after a start or restart), or went away (the node is down). */
  api: [node: number, api: FirmwareApi | undefined];
};

interface Waiting {
  packet: AirPacket;
  own: boolean;
  relay: boolean;
  snrDb: number;
}

interface RunningNode {
  spec: FirmwareNodeSpec;
  process: FirmwareProcess;
  api: FirmwareApi | undefined;
  /** Restarts and stops of this node, one after another. */
  chain: Promise<void>;
}

/** How long a node set up by admin messages gets to reboot before it is taken as it is. */
const REBOOT_WAIT_MS = 10_000;

/** Samples and per-packet keys the bridge keeps (the most recent). */
const LATENESS_SAMPLES = 20_000;

export class FirmwareAir extends TypedEmitter<FirmwareAirEvents> {
  readonly stats = {
    /** Transmissions of firmware nodes carried onto the air. */
    transmissions: 0,
    /** Packets written into firmware nodes (what they heard). */
    injections: 0,
    /** Transmissions whose SIMULATOR_APP wrapper did not parse (skipped). */
    unreadable: 0,
    /** Transmissions made while the nodes were still starting, before the run began (not carried). */
    beforeStart: 0,
    /** Times a transmission found its node's channel busy and waited another contention window (the CAD the bridge does). */
    channelBusyWaits: 0,
    /** Relays dropped while waiting for a clear channel because the node heard the packet relayed by another. */
    heldRelaysCancelled: 0,
    /**
     * How much later than the medium's end of reception each firmware-to-firmware packet was written into the
     * hearing node, ms: the bridge's own added latency (the event loop and timer slack).
     */
    latenessMs: [] as number[],
    /**
     * How long a firmware node took from hearing a packet (the bridge writing it in) to handing it to its phone,
     * ms: the firmware's own processing, which a delivery time measured at the phone includes.
     */
    handlingMs: [] as number[],
  };
  private readonly nodes = new Map<number, RunningNode>();
  private readonly onAirNum = new Map<number, number>();
  private byteToNode = new Map<number, number | null>();
  /** When each firmware transmission on the air ends, wall clock: for the lateness figure. */
  private readonly endsAtWallMs = new WeakMap<AirPacket, number>();
  /** Transmissions waiting for a clear channel, per node, in the order the firmware sent them. */
  private readonly waiting = new Map<number, Waiting[]>();
  /** When (simulated ms) each node was first given each packet: "node:id". */
  private readonly heardAtMs = new Map<string, number>();
  /** (node, packet id) of own packets already sent once: a second sending is a retransmission. */
  private readonly sentOnce = new Set<string>();
  private readonly portnum: number;
  private closing = false;
  private carrying = false;

  constructor(
    private readonly sim: MeshSimulation,
    private readonly specs: readonly FirmwareNodeSpec[],
    private readonly options: FirmwareAirOptions,
  ) {
    super();
    this.portnum = options.meshloomPortnum ?? DEFAULT_PORTNUM;
    for (const spec of specs) sim.setExternal(spec.id);
    sim.traces.heardExternal.connect((node, packet, snrDb, rssiDbm) => this.hear(node, packet, snrDb, rssiDbm));
    sim.traces.sendExternal.connect((node, packet) => this.send(node, packet));
    sim.traces.upChange.connect((node, up) => {
      if (!up) this.waiting.delete(node);
      const running = this.nodes.get(node);
      if (running && !this.closing) running.chain = running.chain.then(() => (up ? this.boot(running) : this.halt(running)));
    });
  }

  /** The node numbers as the air knows them (a firmware node picks its own: from --hwid before 2.8, its key after). */
  readonly numbers: NodeNumbers = {
    onAir: (node) => this.onAirNum.get(node) ?? node,
    byLastByte: (byte) => this.byteToNode.get(byte) ?? undefined,
  };

  /** Start every firmware process and connect to it; resolves when all are on the air. */
  async start(): Promise<void> {
    mkdirSync(this.options.workDir, { recursive: true });
    const queue = [...this.specs];
    let done = 0;
    const worker = async () => {
      for (let spec = queue.shift(); spec; spec = queue.shift()) {
        const fsdir = join(this.options.workDir, `node-${spec.id}`);
        mkdirSync(fsdir, { recursive: true });
        const process = new FirmwareProcess({ binary: spec.binary, port: await freePort(), fsdir, hwid: spec.id });
        const running: RunningNode = { spec, process, api: undefined, chain: Promise.resolve() };
        this.nodes.set(spec.id, running);
        await this.boot(running);
        this.options.onProgress?.(++done, this.specs.length);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.options.startConcurrency ?? 4, this.specs.length) }, worker));
  }

  /**
   * The run begins: from now on transmissions go on the air. What the nodes sent while they were starting one
   * after another (their boot announcements) is not carried: simulated time stands still until the run begins,
   * so it would all pile up at minute 0.
   */
  open(): void {
    this.carrying = true;
  }

  apiOf(node: number): FirmwareApi | undefined {
    return this.nodes.get(node)?.api;
  }

  /** The firmware's last log lines of a node, for an error message. */
  logOf(node: number): string {
    return this.nodes.get(node)?.process.log ?? '';
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(
      [...this.nodes.values()].map(async (running) => {
        await running.chain;
        await this.halt(running);
      }),
    );
  }

  private async boot(running: RunningNode): Promise<void> {
    const { spec, process } = running;
    await process.start();
    let api = await FirmwareApi.connect(process.port, spec.id);
    const wanted = this.settingsFor(spec);
    if (!sameSettings(api.settings, wanted)) {
      // Set like the modelled nodes; the firmware reboots (re-executes in place) to take the radio settings.
      const closed = new Promise<boolean>((resolve) => api.once('closed', () => resolve(true)));
      this.configure(api, wanted);
      // A build that takes the settings without rebooting (or ignores them: 2.6 in simulation mode) keeps its API.
      let timer: NodeJS.Timeout | undefined;
      const rebooted = await Promise.race([closed, new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), REBOOT_WAIT_MS)))]);
      clearTimeout(timer);
      if (!rebooted) {
        // Start it afresh, so no half-done edit session is left in the way of the clients to come.
        api.close();
        await process.stop();
        await process.start();
      }
      api = await this.reconnect(process, spec.id);
      if (!sameSettings(api.settings, wanted))
        this.options.onWarning?.(`firmware node ${spec.id} did not take its settings (${JSON.stringify(api.settings)}); it runs as it is`);
    }
    this.attach(running, api);
  }

  /** The firmware reopens its API a moment after a reboot; try until it answers. */
  private async reconnect(process: FirmwareProcess, node: number): Promise<FirmwareApi> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        return await FirmwareApi.connect(process.port, node, 5_000);
      } catch (err) {
        if (Date.now() > deadline) throw err;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }

  private attach(running: RunningNode, api: FirmwareApi): void {
    const node = running.spec.id;
    running.api = api;
    this.onAirNum.set(node, api.nodeNum);
    this.byteToNode = lastBytes([...this.sim.nodeIds].map((id) => [id, this.numbers.onAir(id)]));
    api.on('transmit', (packet) => this.carry(node, api, packet));
    api.on('packet', (packet) => this.delivered(node, api, packet));
    api.on('closed', (reason) => {
      if (running.api !== api || this.closing) return;
      running.api = undefined;
      this.emit('api', node, undefined);
      // A process that ends while its node is up (a reboot the firmware chose, or a crash) is started again.
      if (this.sim.isUp(node)) {
        this.options.onWarning?.(`firmware node ${node} closed its API (${reason}); starting it again`);
        running.chain = running.chain.then(() => this.halt(running)).then(() => (this.sim.isUp(node) ? this.boot(running) : undefined));
      }
    });
    this.emit('api', node, api);
  }

  private async halt(running: RunningNode): Promise<void> {
    const api = running.api;
    running.api = undefined;
    if (api) {
      api.close();
      this.emit('api', running.spec.id, undefined);
    }
    await running.process.stop();
  }

  private settingsFor(spec: FirmwareNodeSpec): FirmwareSettings {
    return { role: spec.role, hopLimit: this.options.hopLimit, preset: this.options.preset, region: this.options.region };
  }

  private configure(api: FirmwareApi, wanted: FirmwareSettings): void {
    const admin = (message: Admin.AdminMessage['payloadVariant']) =>
      api.send({
        payloadVariant: {
          case: 'packet',
          value: {
            to: api.nodeNum,
            wantAck: true,
            payloadVariant: {
              case: 'decoded',
              value: {
                portnum: Portnums.PortNum.ADMIN_APP,
                payload: toBinary(Admin.AdminMessageSchema, create(Admin.AdminMessageSchema, { payloadVariant: message })),
              },
            },
          },
        },
      });
    admin({ case: 'beginEditSettings', value: true });
    admin({
      case: 'setConfig',
      value: create(Config.ConfigSchema, {
        payloadVariant: {
          case: 'device',
          value: { ...api.deviceConfig, role: Config.Config_DeviceConfig_Role[wanted.role as keyof typeof Config.Config_DeviceConfig_Role] },
        },
      }),
    });
    admin({
      case: 'setConfig',
      value: create(Config.ConfigSchema, {
        payloadVariant: {
          case: 'lora',
          value: {
            ...api.loraConfig,
            usePreset: true,
            modemPreset: Config.Config_LoRaConfig_ModemPreset[wanted.preset as ModemPreset],
            hopLimit: wanted.hopLimit,
            region: Config.Config_LoRaConfig_RegionCode[wanted.region as Region],
            txEnabled: true,
          },
        },
      }),
    });
    admin({ case: 'commitEditSettings', value: true });
  }

  /**
   * Traffic the scenario books for a firmware node (chat, direct messages, a simulated gateway's packets) goes in
   * through its API, as a phone's would, under the simulator's packet id so the figures can follow it.
   */
  private send(node: number, packet: AirPacket): void {
    const api = this.nodes.get(node)?.api;
    if (!api) return;
    const payload = packet.payload ?? chatOfSize(node, packet.bytes - MESH_HEADER_BYTES - DATA_OVERHEAD_BYTES);
    api.send({
      payloadVariant: {
        case: 'packet',
        value: {
          id: packet.id,
          to: packet.to === BROADCAST ? BROADCAST : this.numbers.onAir(packet.to),
          wantAck: packet.wantAck,
          // A phone must name the hop limit: the firmware sends 0 as "one hop" (Router::sendLocal).
          hopLimit: packet.hopLimit,
          payloadVariant: { case: 'decoded', value: { portnum: portnumOfKind(packet.kind, this.portnum), payload } },
        },
      },
    });
  }

  /** A firmware node transmits: onto the air from its node. */
  private carry(node: number, api: FirmwareApi, transmission: Mesh.MeshPacket): void {
    if (!this.carrying) {
      this.stats.beforeStart++;
      return;
    }
    const onAir = unwrapTransmission(transmission);
    if (!onAir) {
      this.stats.unreadable++;
      this.options.onWarning?.(`firmware node ${node} transmitted packet ${transmission.id} in a form the bridge cannot read; skipped`);
      return;
    }
    this.options.runner.catchUp();
    const packet = airPacketOf(onAir, this.numbers, this.portnum);
    const own = onAir.from === api.nodeNum;
    if (own) {
      const key = `${node}:${onAir.id}`;
      if (this.sentOnce.has(key)) this.sim.traces.router.retransmitted.fire(node, onAir.id);
      else {
        // A retransmission comes within a minute or so: the oldest keys can go, as heardAtMs's do.
        if (this.sentOnce.size >= LATENESS_SAMPLES) this.sentOnce.delete(this.sentOnce.values().next().value as string);
        this.sentOnce.add(key);
      }
    }
    // A packet the firmware made itself carries no reception figures (both 0); a relay, those it was heard with.
    const relay = transmission.rxSnr !== 0 || transmission.rxRssi !== 0;
    const queue = this.waiting.get(node) ?? [];
    this.waiting.set(node, queue);
    queue.push({ packet, own, relay, snrDb: transmission.rxSnr });
    if (queue.length === 1) this.tryOnAir(node);
  }

  /**
   * The radio chip's channel activity detection, which SimRadio cannot do (it sees only a packet it is
   * receiving): a transmission that finds the channel busy waits another contention window, as
   * RadioLibInterface does on TRANSMIT_DELAY_COMPLETED, and the firmware's next ones queue behind it.
   */
  private tryOnAir(node: number): void {
    const queue = this.waiting.get(node);
    const next = queue?.[0];
    if (!queue || !next) return;
    if (this.sim.channelBusy(node)) {
      this.stats.channelBusyWaits++;
      this.sim.at(this.sim.nowMs + Math.max(1, this.sim.contentionDelayMs(node, next.relay, next.snrDb)), () => {
        if (this.waiting.get(node) === queue && queue[0] === next) this.tryOnAir(node);
      });
      this.options.runner.reschedule();
      return;
    }
    queue.shift();
    const airtimeMs = this.sim.transmitExternal(node, next.packet, next.own);
    if (airtimeMs !== undefined) {
      this.stats.transmissions++;
      this.endsAtWallMs.set(next.packet, Date.now() + airtimeMs);
    }
    // The next one waits for this one to end (the channel is busy with it) and a window after.
    if (queue.length > 0) this.tryOnAir(node);
    this.options.runner.reschedule();
  }

  /** The medium says a firmware node decoded `packet`: it hears it. */
  private hear(node: number, packet: AirPacket, snrDb: number, rssiDbm: number): void {
    const running = this.nodes.get(node);
    const api = running?.api;
    if (!running || !api) return;
    this.perhapsCancelHeld(node, running.spec.role, packet);
    api.inject(wrapForFirmware(meshPacketOfAir(packet, this.numbers, this.portnum)), Math.round(snrDb * 4) / 4, rssiDbm);
    this.stats.injections++;
    const key = `${node}:${packet.id}`;
    if (!this.heardAtMs.has(key)) {
      if (this.heardAtMs.size >= LATENESS_SAMPLES) this.heardAtMs.delete(this.heardAtMs.keys().next().value as string);
      this.heardAtMs.set(key, this.sim.nowMs);
    }
    const endsAt = this.endsAtWallMs.get(packet);
    if (endsAt !== undefined) {
      if (this.stats.latenessMs.length >= LATENESS_SAMPLES) this.stats.latenessMs.shift();
      this.stats.latenessMs.push(Math.max(0, Date.now() - endsAt));
    }
  }

  /**
   * A relay the bridge holds for a busy channel is still in the radio's queue as far as the air goes, so the
   * firmware's rule for its queue applies (FloodingRouter::perhapsCancelDupe): an ordinary node that hears the packet
   * relayed by another drops its own relay; routers never do, and the sender's own repeat cancels nothing.
   */
  private perhapsCancelHeld(node: number, role: RelayRole, heard: AirPacket): void {
    const queue = this.waiting.get(node);
    if (!queue?.length || role === 'ROUTER' || role === 'REPEATER' || role === 'ROUTER_LATE') return;
    if (heard.hopStart > 0 && heard.hopStart === heard.hopLimit) return;
    const index = queue.findIndex((w) => w.relay && w.packet.id === heard.id && w.packet.from === heard.from);
    if (index < 0) return;
    queue.splice(index, 1);
    this.stats.heldRelaysCancelled++;
    // The one dropped was waiting on a timer; the next in line takes its turn now.
    if (index === 0 && queue.length > 0) this.tryOnAir(node);
  }

  /** A firmware node handed a packet to its phone: a delivery, or news that its own packet got through. */
  private delivered(node: number, api: FirmwareApi, packet: Mesh.MeshPacket): void {
    if (packet.payloadVariant.case !== 'decoded') return;
    const data = packet.payloadVariant.value;
    this.options.runner.catchUp();
    const asked = data.portnum === Portnums.PortNum.ROUTING_APP && data.requestId !== 0 ? this.sim.packets.get(data.requestId) : undefined;
    if (asked && (asked.from === node || asked.from === api.nodeNum) && routedOk(data.payload)) this.sim.acked(data.requestId, packet.from);
    if (packet.from === api.nodeNum) return;
    const heardAt = this.heardAtMs.get(`${node}:${packet.id}`);
    if (heardAt !== undefined) {
      if (this.stats.handlingMs.length >= LATENESS_SAMPLES) this.stats.handlingMs.shift();
      this.stats.handlingMs.push(this.sim.nowMs - heardAt);
    }
    const kind = kindOfPortnum(data.portnum, this.portnum);
    const hops = Math.max(0, packet.hopStart - packet.hopLimit);
    const air: AirPacket = {
      id: packet.id,
      from: packet.from,
      to: packet.to,
      hopLimit: packet.hopLimit,
      hopStart: packet.hopStart,
      bytes: 0,
      kind,
      wantAck: packet.wantAck,
      requestId: data.requestId,
      relayNode: packet.relayNode,
      nextHop: undefined,
      payload: kind === 'meshloom' ? data.payload : undefined,
      meshPacket: toBinary(Mesh.MeshPacketSchema, packet),
    };
    this.sim.deliverExternal(node, air, hops, packet.rxSnr);
  }
}

/** Chat text of about `bytes` bytes, as the scenario's traffic asks. */
function chatOfSize(node: number, bytes: number): Uint8Array {
  const text = `chat from node ${node} `;
  return new TextEncoder().encode(text.padEnd(Math.max(1, bytes), '.').slice(0, Math.max(1, bytes)));
}

function routedOk(payload: Uint8Array): boolean {
  try {
    const routing = fromBinary(Mesh.RoutingSchema, payload);
    return routing.variant.case === 'errorReason' && routing.variant.value === Mesh.Routing_Error.NONE;
  } catch {
    return false;
  }
}

function sameSettings(have: FirmwareSettings, want: FirmwareSettings): boolean {
  return have.role === want.role && have.hopLimit === want.hopLimit && have.preset === want.preset && have.region === want.region;
}

/** Last byte -> the one node whose on-air number ends in it (null when several do). */
function lastBytes(nodes: [node: number, onAir: number][]): Map<number, number | null> {
  const map = new Map<number, number | null>();
  for (const [node, onAir] of nodes) {
    const byte = onAir & 0xff;
    map.set(byte, map.has(byte) ? null : node);
  }
  return map;
}
