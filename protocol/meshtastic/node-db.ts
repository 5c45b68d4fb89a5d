/**
 * What a client knows of the mesh's nodes, kept current the way the phone apps keep theirs: from the NodeInfo
 * records of the config download, and from every packet heard (its sender, SNR, RSSI, hops travelled, and the
 * NODEINFO, POSITION and TELEMETRY payloads). Used by the gateway's session and by the virtual radio's node DB.
 */
import { clone, create, fromBinary } from '@bufbuild/protobuf';
import { Mesh, Portnums, Telemetry } from '@meshtastic/protobufs';
import { errorMessage, type MeshloomError } from '../meshloom-error.ts';
import { streamErrors } from './errors.ts';

export interface NodeRecord {
  /** The NodeInfo as the firmware would send it, kept current from packets. */
  info: Mesh.NodeInfo;
  /** RSSI of the last packet heard directly from the node (NodeInfo has no field for it). */
  rssiDbm?: number;
}

export interface PacketObservation {
  node?: NodeRecord;
  /** A payload on a port we read that did not parse: reported, never fatal. */
  problem?: MeshloomError;
}

export interface NodeDbOptions {
  /** Nodes kept at most; when full, the one heard longest ago goes (the firmware's NodeDB does the same). */
  maxNodes?: number;
  /** Nodes not heard for this long are forgotten as packets arrive. */
  maxAgeS?: number;
}

/** The firmware keeps 80 to a few hundred nodes by board; a gateway's table is larger but just as bounded. */
export const NODE_DB_DEFAULTS = { maxNodes: 1_000, maxAgeS: 7 * 86_400 } as const;

export class NodeDb {
  /** In order of when each node was last heard, oldest first, so eviction never scans the table. */
  private readonly nodes = new Map<number, NodeRecord>();
  private readonly maxNodes: number;
  private readonly maxAgeS: number;
  private keptNum: number | undefined;
  private evictedCount = 0;

  constructor(options: NodeDbOptions = {}) {
    this.maxNodes = options.maxNodes ?? NODE_DB_DEFAULTS.maxNodes;
    this.maxAgeS = options.maxAgeS ?? NODE_DB_DEFAULTS.maxAgeS;
  }

  /** Nodes forgotten to stay within the bounds. */
  get evicted(): number {
    return this.evictedCount;
  }

  /** Never evict this node (our own radio). */
  keep(num: number | undefined): void {
    this.keptNum = num;
  }

  get size(): number {
    return this.nodes.size;
  }

  get(num: number): NodeRecord | undefined {
    return this.nodes.get(num);
  }

  list(): NodeRecord[] {
    return [...this.nodes.values()];
  }

  clear(): void {
    this.nodes.clear();
  }

  upsertNodeInfo(info: Mesh.NodeInfo): NodeRecord {
    const existing = this.nodes.get(info.num);
    const record: NodeRecord = { info: clone(Mesh.NodeInfoSchema, info) };
    if (existing?.rssiDbm !== undefined) record.rssiDbm = existing.rssiDbm;
    this.nodes.delete(info.num);
    this.nodes.set(info.num, record);
    this.enforceBounds(info.lastHeard);
    return record;
  }

  /** Learn from one received packet; `nowS` stands in for rx_time when the radio left it unset. */
  observePacket(packet: Mesh.MeshPacket, nowS: number): PacketObservation {
    if (packet.from === 0) return {};
    const record = this.nodeFor(packet.from);
    const info = record.info;
    info.lastHeard = packet.rxTime || nowS;
    this.enforceBounds(nowS);
    if (packet.hopStart > 0 && packet.hopStart >= packet.hopLimit) {
      info.hopsAway = packet.hopStart - packet.hopLimit;
    }
    // SNR and RSSI describe the last hop, so they only describe the node when it was heard directly.
    if (info.hopsAway === 0 || packet.hopStart === 0) {
      if (packet.rxSnr !== 0) info.snr = packet.rxSnr;
      if (packet.rxRssi !== 0) record.rssiDbm = packet.rxRssi;
    }
    info.viaMqtt = packet.viaMqtt;
    if (packet.payloadVariant.case !== 'decoded') return { node: record };
    const data = packet.payloadVariant.value;
    try {
      switch (data.portnum) {
        case Portnums.PortNum.NODEINFO_APP:
          info.user = fromBinary(Mesh.UserSchema, data.payload);
          break;
        case Portnums.PortNum.POSITION_APP:
          info.position = fromBinary(Mesh.PositionSchema, data.payload);
          break;
        case Portnums.PortNum.TELEMETRY_APP: {
          const telemetry = fromBinary(Telemetry.TelemetrySchema, data.payload);
          if (telemetry.variant.case === 'deviceMetrics') info.deviceMetrics = telemetry.variant.value;
          break;
        }
        default:
          break;
      }
    } catch (err) {
      return {
        node: record,
        problem: streamErrors.MESHLOOM_ERR_PAYLOAD_INVALID(
          `packet ${packet.id} from !${packet.from.toString(16).padStart(8, '0')} on portnum ${data.portnum}: ${errorMessage(err)}`,
        ),
      };
    }
    return { node: record };
  }

  /** The node's record, moved to the most recently heard end. */
  private nodeFor(num: number): NodeRecord {
    const record = this.nodes.get(num) ?? { info: create(Mesh.NodeInfoSchema, { num }) };
    this.nodes.delete(num);
    this.nodes.set(num, record);
    return record;
  }

  /** Drop the oldest while over the cap or too old; amortised O(1) per packet, whatever the table's size. */
  private enforceBounds(nowS: number): void {
    for (const [num, record] of this.nodes) {
      const tooOld = nowS > 0 && record.info.lastHeard > 0 && nowS - record.info.lastHeard > this.maxAgeS;
      if (this.nodes.size <= this.maxNodes && !tooOld) return;
      if (num === this.keptNum) {
        this.nodes.delete(num);
        this.nodes.set(num, record);
        if (this.nodes.size <= this.maxNodes) return;
        continue;
      }
      this.nodes.delete(num);
      this.evictedCount += 1;
    }
  }
}

/** The firmware's user id form, `!` and eight hex digits. */
export function nodeId(num: number): string {
  return `!${num.toString(16).padStart(8, '0')}`;
}
