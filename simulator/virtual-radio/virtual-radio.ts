/**
 * A radio running "the stock firmware", as far as its clients can tell: its serial console (raw log text between
 * frames, `rebooted` at boot), its TCP API (one client at a time), the config download, QueueStatus after every
 * packet, heartbeats, the client timeout, local admin with begin/commit edit and reboots, duplicate packet ids and
 * the per-port rate limits. Its radio side is a medium (a perfect one, or the simulator's radio model) through
 * `transmit` events and `receive()`, routed by the simulator's own ReliableRouter (radio-router-port.ts: managed
 * flooding, acks for direct messages, implicit acks for broadcasts, retransmissions), and a transmit queue that
 * drains one packet per `txIntervalMs`.
 *
 * Longer than our usual 400 lines because it is where the firmware's contract with its clients meets its radio
 * side; the parts with a life of their own (admin, config answer, client gate, transmit queue, pending acks,
 * per-client API) are already modules of their own.
 */
import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import { Admin, Config, Mesh, Portnums } from '@meshtastic/protobufs';
import { errorMessage } from '../../protocol/meshloom-error.ts';
import { NodeDb } from '../../protocol/meshtastic/node-db.ts';
import { MODEM_PRESETS, type ModemPreset } from '../../protocol/meshtastic/airtime.ts';
import { PacketHistory } from '../../protocol/meshtastic/packet-history.ts';
import { routingErrorOf, routingPacket } from '../../protocol/meshtastic/routing-packet.ts';
import { BROADCAST_NUM, CLIENT_TIMEOUT_MS, FIRST_NODE_NUM, isNodeNum, TX_QUEUE_MAXLEN } from '../../protocol/meshtastic/stream-constants.ts';
import { TypedEmitter } from '../../support/typed-emitter.ts';
import { realClock, type Clock } from '../clock.ts';
import { handleAdmin, type AdminState } from './admin-handler.ts';
import { ClientPacketGate } from './client-packet-gate.ts';
import { configAnswer } from './config-answer.ts';
import { consoleLine, type LogLevel } from './console-log.ts';
import { deepCopySettings, factorySettings, type DeviceSettings, type RadioIdentity } from './device-settings.ts';
import { PendingAcks } from './pending-acks.ts';
import { DEFAULT_FIRMWARE, FIRMWARE_PROFILES, type FirmwareGeneration, type FirmwareProfile } from './firmware-profiles.ts';
import { PhoneApi, type PhoneApiHost } from './phone-api.ts';
import { RadioRouterPort, relayRoleOf } from './radio-router-port.ts';
import { TransmitQueue } from './transmit-queue.ts';

export interface VirtualRadioOptions extends RadioIdentity {
  clock?: Clock;
  /** Uniform [0, 1) for packet ids. Default Math.random. */
  random?: () => number;
  /** Delay between a commit (or a change that needs it) and the reboot. Default 7 s, as the firmware. */
  rebootDelayMs?: number;
  /** Time from reboot to `rebooted`. Default 2 s. */
  bootMs?: number;
  clientTimeoutMs?: number;
  /** Time one packet holds the transmitter; the transmit queue drains at this pace. Default 0 (instant). */
  txIntervalMs?: number;
  /** Wait for an ack of a want_ack packet before the NAK MAX_RETRANSMIT. Default 15 s. */
  ackTimeoutMs?: number;
  /** The firmware generation it behaves as (firmware-profiles.ts). Default 2.7. */
  firmware?: FirmwareGeneration;
  /** Overrides the profile's version string. */
  firmwareVersion?: string;
  /** Settings in flash, instead of factory defaults. */
  settings?: DeviceSettings;
  /**
   * The mesh around it is simulated (simulated-medium.ts): the simulator's router relays and acks for this
   * node, so the radio itself neither rebroadcasts nor answers want_ack on air. Default false.
   */
  simulatedRouting?: boolean;
}

export interface Reception {
  snrDb: number;
  rssiDbm: number;
}

export type VirtualRadioEvents = {
  /** A packet put on air; the medium carries it to other radios. */
  transmit: [Mesh.MeshPacket];
  log: [string];
  rebooted: [];
  /** The radio went down for a reboot: connection-based endpoints (TCP) drop their clients. */
  shutdown: [];
};

interface Endpoint {
  kind: 'serial' | 'tcp';
  api: PhoneApi;
  close(): void;
}

const PHONE_QUEUE_MAX = 32;

export class VirtualRadio extends TypedEmitter<VirtualRadioEvents> implements PhoneApiHost {
  readonly nodeNum: number;
  private readonly simulatedRouting: boolean;
  readonly nodes = new NodeDb();
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly rebootDelayMs: number;
  private readonly bootMs: number;
  private readonly clientTimeoutMs: number;
  readonly profile: FirmwareProfile;
  private readonly admin: AdminState;
  private readonly bootedAtMs: number;
  private readonly endpoints = new Set<Endpoint>();
  private readonly phoneQueue: Mesh.MeshPacket[] = [];
  private readonly gate = new ClientPacketGate();
  /** Duplicate suppression when the simulator routes for this radio; otherwise the router has its own. */
  private readonly history = new PacketHistory();
  /** The router, renewed at every boot (a reboot forgets what was seen and what waited for an ack). */
  private routerPort: RadioRouterPort | undefined;
  private readonly pendingAcks: PendingAcks;
  private readonly txQueue: TransmitQueue;
  private packetCounter = 0;
  private rebootCount = 0;
  private isUp = false;
  private cancelReboot: (() => void) | undefined;

  constructor(options: VirtualRadioOptions) {
    super();
    if (!isNodeNum(options.nodeNum))
      throw new RangeError(`node number ${options.nodeNum} is not one a radio can have: 0-${FIRST_NODE_NUM - 1} are reserved, ${BROADCAST_NUM} is broadcast`);
    this.nodeNum = options.nodeNum;
    this.simulatedRouting = options.simulatedRouting ?? false;
    this.clock = options.clock ?? realClock;
    this.random = options.random ?? Math.random;
    this.rebootDelayMs = options.rebootDelayMs ?? 7_000;
    this.bootMs = options.bootMs ?? 2_000;
    this.clientTimeoutMs = options.clientTimeoutMs ?? CLIENT_TIMEOUT_MS;
    this.profile = FIRMWARE_PROFILES[options.firmware ?? DEFAULT_FIRMWARE];
    this.txQueue = new TransmitQueue(this.clock, options.txIntervalMs ?? 0, (packet) => {
      if (!this.isUp) return;
      this.routerPort?.transmitted(packet);
      this.emit('transmit', packet);
    });
    this.pendingAcks = new PendingAcks(this.clock, options.ackTimeoutMs ?? 15_000);
    this.bootedAtMs = this.clock.nowMs();
    const flash = options.settings ? deepCopySettings(options.settings) : factorySettings(options);
    this.admin = {
      flash,
      ram: deepCopySettings(flash),
      editOpen: false,
      metadata: create(Mesh.DeviceMetadataSchema, {
        firmwareVersion: options.firmwareVersion ?? this.profile.version,
        deviceStateVersion: 24,
        canShutdown: true,
        hasWifi: false,
        hasBluetooth: true,
        role: flash.owner.role,
        hwModel: flash.owner.hwModel,
        hasPKC: true,
      }),
    };
    this.boot();
  }

  get up(): boolean {
    return this.isUp;
  }

  /** The settings the radio runs with (RAM). */
  get settings(): DeviceSettings {
    return this.admin.ram;
  }

  get owner(): Mesh.User {
    return this.admin.ram.owner;
  }

  get rebootCountValue(): number {
    return this.rebootCount;
  }

  /**
   * Attach a serial-like endpoint (a USB cable): it stays attached across reboots, sees raw log text, and gets
   * `rebooted` at every boot. Most boards reset when their USB serial port is opened, so a new cable first sees
   * the boot banner and `rebooted`, as a client opening a real port does.
   */
  attachSerial(write: (bytes: Uint8Array) => void): { receive: (chunk: Uint8Array) => void; detach: () => void } {
    const { api, receive, detach } = this.attach('serial', write, () => undefined);
    if (this.isUp) this.announceBoot(api);
    return { receive, detach };
  }

  /** Attach a connection-based endpoint (a TCP client); it is closed when the radio reboots. */
  attachConnection(write: (bytes: Uint8Array) => void, close: () => void): { receive: (chunk: Uint8Array) => void; detach: () => void } {
    const { receive, detach } = this.attach('tcp', write, close);
    return { receive, detach };
  }

  /** A packet heard on air, from the medium. */
  receive(packet: Mesh.MeshPacket, reception: Reception): void {
    if (!this.isUp) return;
    const heard = create(Mesh.MeshPacketSchema, {
      ...packet,
      rxTime: Math.floor(this.clock.nowMs() / 1000),
      rxSnr: reception.snrDb,
      rxRssi: reception.rssiDbm,
    });
    if (this.routerPort) {
      // Packets for this node or everyone are noted on their way to the phone; others only teach the node DB.
      const forPhone = packet.to === this.nodeNum || packet.to === BROADCAST_NUM;
      if (this.routerPort.hear(heard, reception.snrDb) && !forPhone) this.nodes.observePacket(heard, Math.floor(this.clock.nowMs() / 1000));
      return;
    }
    // The simulator's router relayed, acked and filtered for this node already; it hands over each packet once.
    if (packet.from === this.nodeNum) {
      if (packet.to === BROADCAST_NUM) this.settleAck(packet.id, packet.from, Mesh.Routing_Error.NONE);
      return;
    }
    if (this.history.wasSeenRecently(packet.from, packet.id, this.clock.nowMs())) return;
    this.nodes.observePacket(heard, Math.floor(this.clock.nowMs() / 1000));
    if (packet.to === this.nodeNum || packet.to === BROADCAST_NUM) this.toPhoneHeard(heard);
  }

  /** Send a packet from this radio's own side (a neighbour typing on the phone paired with it over Bluetooth). */
  originate(request: { to: number; portnum: number; payload: Uint8Array; channel?: number; bitfield?: number }): Mesh.MeshPacket | undefined {
    if (!this.isUp) return undefined;
    const hopLimit = this.loraHopLimit();
    const packet = create(Mesh.MeshPacketSchema, {
      from: this.nodeNum,
      to: request.to,
      id: this.newPacketId(),
      channel: request.channel ?? 0,
      hopLimit,
      hopStart: hopLimit,
      rxTime: Math.floor(this.clock.nowMs() / 1000),
      payloadVariant: {
        case: 'decoded',
        value: { portnum: request.portnum, payload: request.payload, ...(request.bitfield !== undefined ? { bitfield: request.bitfield } : {}) },
      },
    });
    this.sendOwn(packet);
    return packet;
  }

  /** Reboot now (as after `reboot_seconds`): clients lose their session; settings come back from flash. */
  reboot(): void {
    this.cancelReboot?.();
    this.cancelReboot = undefined;
    this.log('INFO', 'Power', 'Rebooting');
    this.isUp = false;
    this.admin.ram = deepCopySettings(this.admin.flash);
    this.admin.editOpen = false;
    this.txQueue.clear();
    for (const endpoint of this.endpoints) {
      endpoint.api.close();
      if (endpoint.kind === 'tcp') endpoint.close();
    }
    this.emit('shutdown');
    this.clock.schedule(this.bootMs, () => this.boot());
  }

  // PhoneApiHost

  configAnswer(nonce: number) {
    const own = this.ownNodeInfo();
    return configAnswer(
      {
        myInfo: create(Mesh.MyNodeInfoSchema, {
          myNodeNum: this.nodeNum,
          rebootCount: this.rebootCount,
          minAppVersion: 30200,
          pioEnv: 'virtual',
          nodedbCount: this.nodes.size + 1,
        }),
        metadata: this.admin.metadata,
        ownNode: own,
        otherNodes: this.nodes.list().map((n) => n.info),
        settings: this.admin.ram,
      },
      nonce,
    );
  }

  queueStatus(meshPacketId: number, res: number): Mesh.QueueStatus {
    return create(Mesh.QueueStatusSchema, {
      res,
      free: TX_QUEUE_MAXLEN - this.txQueue.length,
      maxlen: TX_QUEUE_MAXLEN,
      meshPacketId,
    });
  }

  takeBufferedPackets(): Mesh.MeshPacket[] {
    return this.phoneQueue.splice(0);
  }

  handleClientPacket(packet: Mesh.MeshPacket, api: PhoneApi): void {
    const portnum = packet.payloadVariant.case === 'decoded' ? packet.payloadVariant.value.portnum : 0;
    const now = this.clock.nowMs();
    const verdict = this.gate.check(packet.id, portnum, now);
    if (verdict === 'duplicate') {
      this.log('DEBUG', 'PhoneAPI', 'Ignore packet from phone, already seen recently');
      return;
    }
    if (verdict === 'rate-limited') {
      this.log('WARN', 'PhoneAPI', `Rate limit portnum ${portnum}`);
      this.sendQueueStatus(api, packet.id, 0);
      if (portnum === Portnums.PortNum.TEXT_MESSAGE_APP) {
        this.toPhone(this.routing(this.nodeNum, this.nodeNum, packet.id, Mesh.Routing_Error.RATE_LIMIT_EXCEEDED, packet.channel));
      }
      return;
    }
    // As Router::sendLocal: a client's hop_limit is kept, and 0 means one hop, unless it wants an ack.
    const hopLimit = packet.hopLimit || (packet.wantAck ? this.loraHopLimit() : 0);
    const outgoing = create(Mesh.MeshPacketSchema, {
      ...packet,
      id: packet.id || this.newPacketId(),
      from: this.nodeNum,
      hopLimit,
      hopStart: hopLimit,
      rxTime: Math.floor(now / 1000),
    });
    if (outgoing.to === this.nodeNum) {
      this.sendQueueStatus(api, outgoing.id, 0);
      this.handleLocal(outgoing);
      return;
    }
    if (this.txQueue.length >= TX_QUEUE_MAXLEN) {
      this.log('WARN', 'Router', 'TX queue is full, drop packet');
      this.sendQueueStatus(api, outgoing.id, 1);
      return;
    }
    if (outgoing.wantAck) this.awaitAck(outgoing);
    this.sendOwn(outgoing);
    this.sendQueueStatus(api, outgoing.id, 0);
  }

  log(level: LogLevel, thread: string, message: string): void {
    const uptimeS = Math.floor((this.clock.nowMs() - this.bootedAtMs) / 1000);
    const bytes = new TextEncoder().encode(consoleLine(level, this.clock.nowMs(), uptimeS, thread, message));
    for (const endpoint of this.endpoints) if (endpoint.kind === 'serial') endpoint.api.writeRaw(bytes);
    this.emit('log', `${level} [${thread}] ${message}`);
  }

  private attach(kind: Endpoint['kind'], write: (bytes: Uint8Array) => void, close: () => void) {
    const api = new PhoneApi({
      host: this,
      clock: this.clock,
      write,
      // The firmware drops an idle serial client after 15 minutes; a TCP client stays until it goes.
      clientTimeoutMs: kind === 'serial' ? this.clientTimeoutMs : undefined,
      answersHeartbeat: this.profile.answersHeartbeat,
    });
    const endpoint: Endpoint = { kind, api, close };
    this.endpoints.add(endpoint);
    if (kind === 'tcp') {
      // The firmware's TCP API serves one client: a new one closes the old.
      for (const other of this.endpoints) {
        if (other !== endpoint && other.kind === 'tcp') {
          other.api.close();
          other.close();
          this.endpoints.delete(other);
        }
      }
    }
    return {
      api,
      receive: (chunk: Uint8Array) => {
        if (this.isUp) api.receive(chunk);
      },
      detach: () => {
        api.close();
        this.endpoints.delete(endpoint);
      },
    };
  }

  private boot(): void {
    this.rebootCount++;
    this.isUp = true;
    this.routerPort = this.simulatedRouting ? undefined : this.newRouterPort();
    for (const endpoint of this.endpoints) if (endpoint.kind === 'serial') this.announceBoot(endpoint.api);
    this.emit('rebooted');
    this.broadcastOwn(Portnums.PortNum.NODEINFO_APP, toBinary(Mesh.UserSchema, this.admin.ram.owner));
    // A radio with a fixed position tells the mesh where it stands, as the firmware's position module does.
    const fixed = this.admin.ram.fixedPosition;
    if (fixed) this.broadcastOwn(Portnums.PortNum.POSITION_APP, toBinary(Mesh.PositionSchema, fixed));
  }

  /** A packet of the radio's own to every node, with the full hop limit. */
  private broadcastOwn(portnum: Portnums.PortNum, payload: Uint8Array): void {
    this.sendOwn(
      create(Mesh.MeshPacketSchema, {
        from: this.nodeNum,
        to: BROADCAST_NUM,
        id: this.newPacketId(),
        hopLimit: this.loraHopLimit(),
        hopStart: this.loraHopLimit(),
        payloadVariant: { case: 'decoded', value: { portnum, payload } },
      }),
    );
  }

  /** The boot banner a serial client sees, then the one framed `rebooted`. */
  private announceBoot(api: PhoneApi): void {
    const lora = this.loraConfig();
    const now = this.clock.nowMs();
    const banner = [
      consoleLine('INFO', now, 0, 'Main', `Booting firmware ${this.admin.metadata.firmwareVersion}`),
      consoleLine('INFO', now, 0, 'Main', `Owner ${this.owner.longName} (${this.owner.shortName}) ${this.owner.id}`),
      consoleLine(
        'DEBUG',
        now,
        0,
        'RadioIf',
        `Set radio: region=${Config.Config_LoRaConfig_RegionCode[lora?.region ?? 0]}, ` +
          `preset=${Config.Config_LoRaConfig_ModemPreset[lora?.modemPreset ?? 0]}`,
      ),
    ];
    api.writeRaw(new TextEncoder().encode(banner.join('')));
    api.sendFromRadio({ payloadVariant: { case: 'rebooted', value: true } });
  }

  private handleLocal(packet: Mesh.MeshPacket): void {
    if (packet.payloadVariant.case !== 'decoded') return;
    const data = packet.payloadVariant.value;
    if (data.portnum !== Portnums.PortNum.ADMIN_APP) return;
    let message: Admin.AdminMessage;
    try {
      message = fromBinary(Admin.AdminMessageSchema, data.payload);
    } catch (err) {
      this.log('ERROR', 'AdminModule', `Bad admin message: ${errorMessage(err)}`);
      return;
    }
    const outcome = handleAdmin(this.admin, message, this.rebootDelayMs);
    this.log('INFO', 'AdminModule', outcome.log);
    // As the firmware does (checked by test/e2e/firmware-contract.e2e.test.ts): an answer only when one was asked
    // for; otherwise a want_ack (or a want_response with nothing to say) gets a Routing ack.
    if (outcome.response && data.wantResponse) {
      this.toPhone(
        create(Mesh.MeshPacketSchema, {
          from: this.nodeNum,
          to: this.nodeNum,
          id: this.newPacketId(),
          channel: packet.channel,
          payloadVariant: {
            case: 'decoded',
            value: {
              portnum: Portnums.PortNum.ADMIN_APP,
              payload: toBinary(Admin.AdminMessageSchema, create(Admin.AdminMessageSchema, outcome.response)),
              requestId: packet.id,
            },
          },
        }),
      );
    } else if (data.wantResponse || packet.wantAck) {
      this.toPhone(this.routing(this.nodeNum, this.nodeNum, packet.id, Mesh.Routing_Error.NONE, packet.channel));
    }
    if (outcome.rebootAfterMs !== undefined) {
      this.cancelReboot?.();
      this.cancelReboot = this.clock.schedule(outcome.rebootAfterMs, () => this.reboot());
    }
  }

  private ownNodeInfo(): Mesh.NodeInfo {
    return create(Mesh.NodeInfoSchema, {
      num: this.nodeNum,
      user: this.admin.ram.owner,
      lastHeard: Math.floor(this.clock.nowMs() / 1000),
      isFavorite: true,
      ...(this.admin.ram.fixedPosition ? { position: this.admin.ram.fixedPosition } : {}),
    });
  }

  private toPhone(packet: Mesh.MeshPacket): void {
    let delivered = false;
    for (const endpoint of this.endpoints) delivered = endpoint.api.deliver(packet) || delivered;
    if (delivered) return;
    if (this.phoneQueue.length >= PHONE_QUEUE_MAX) this.phoneQueue.shift();
    this.phoneQueue.push(packet);
  }

  private awaitAck(packet: Mesh.MeshPacket): void {
    // Where the simulator routes, its retransmissions decide, and it says how they ended (settled).
    this.pendingAcks.await(
      packet.id,
      this.simulatedRouting
        ? undefined
        : () => this.toPhone(this.routing(this.nodeNum, this.nodeNum, packet.id, Mesh.Routing_Error.MAX_RETRANSMIT, packet.channel)),
    );
  }

  /**
   * The simulator's router settled packet `id`: acked by `from` (NONE), or sent as often as the firmware would
   * without an ack (MAX_RETRANSMIT, from this node). Tells the phone once.
   */
  settled(id: number, from: number, error: Mesh.Routing_Error): void {
    this.settleAck(id, from, error);
  }

  private settleAck(requestId: number, from: number, error: Mesh.Routing_Error): void {
    if (this.pendingAcks.settle(requestId)) this.toPhone(this.routing(from, this.nodeNum, requestId, error, 0));
  }

  /** A packet of this radio's own goes to air through its router (or straight, when the simulator routes). */
  private sendOwn(packet: Mesh.MeshPacket): void {
    if (this.routerPort) this.routerPort.send(packet);
    else this.txQueue.push(packet);
  }

  /** A packet for this node or everyone reaches the phone; an ack or NAK settles what waited for it. */
  private toPhoneHeard(heard: Mesh.MeshPacket): void {
    this.toPhone(heard);
    if (heard.to !== this.nodeNum || heard.payloadVariant.case !== 'decoded') return;
    const data = heard.payloadVariant.value;
    if (data.portnum === Portnums.PortNum.ROUTING_APP && data.requestId !== 0) this.settleAck(data.requestId, heard.from, this.readRoutingError(data.payload));
  }

  private newRouterPort(): RadioRouterPort {
    return new RadioRouterPort({
      nodeNum: this.nodeNum,
      clock: this.clock,
      role: () => relayRoleOf(this.deviceRole()),
      hopLimit: () => this.loraHopLimit(),
      preset: () => presetName(this.loraConfig()?.modemPreset ?? Config.Config_LoRaConfig_ModemPreset.LONG_FAST),
      newPacketId: () => this.newPacketId(),
      transmit: (packet) => this.txQueue.push(packet),
      deliver: (heard) => {
        this.nodes.observePacket(heard, Math.floor(this.clock.nowMs() / 1000));
        this.toPhoneHeard(heard);
      },
      broadcastAcked: (id) => this.settleAck(id, this.nodeNum, Mesh.Routing_Error.NONE),
    });
  }

  private deviceRole(): number {
    const section = this.admin.ram.config.find((c) => c.payloadVariant.case === 'device')?.payloadVariant;
    return section?.case === 'device' ? section.value.role : 0;
  }

  private routing(from: number, to: number, requestId: number, error: Mesh.Routing_Error, channel: number): Mesh.MeshPacket {
    return routingPacket({ id: this.newPacketId(), from, to, requestId, error, channel });
  }

  /** A NAK we cannot read still ends the wait: treat it as the firmware's BAD_REQUEST. */
  private readRoutingError(payload: Uint8Array): Mesh.Routing_Error {
    try {
      return routingErrorOf(payload) ?? Mesh.Routing_Error.NONE;
    } catch (err) {
      this.log('WARN', 'Router', errorMessage(err));
      return Mesh.Routing_Error.BAD_REQUEST;
    }
  }

  private sendQueueStatus(api: PhoneApi, meshPacketId: number, res: number): void {
    api.sendFromRadio({ payloadVariant: { case: 'queueStatus', value: this.queueStatus(meshPacketId, res) } });
  }

  /** Firmware packet ids: a 10-bit counter under 22 random bits. */
  private newPacketId(): number {
    this.packetCounter = (this.packetCounter + 1) & 0x3ff;
    const id = ((Math.floor(this.random() * 0x400000) << 10) | this.packetCounter) >>> 0;
    return id === 0 ? 1 : id;
  }

  private loraConfig(): Config.Config_LoRaConfig | undefined {
    const section = this.admin.ram.config.find((c) => c.payloadVariant.case === 'lora')?.payloadVariant;
    return section?.case === 'lora' ? section.value : undefined;
  }

  private loraHopLimit(): number {
    return this.loraConfig()?.hopLimit || 3;
  }
}

/** The airtime model's name for a LoRa modem preset; presets it does not know are timed as LONG_FAST. */
function presetName(preset: Config.Config_LoRaConfig_ModemPreset): ModemPreset {
  const name = Config.Config_LoRaConfig_ModemPreset[preset] as string | undefined;
  return name && name in MODEM_PRESETS ? (name as ModemPreset) : 'LONG_FAST';
}
