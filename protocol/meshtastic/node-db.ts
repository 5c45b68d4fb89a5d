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

export class NodeDb {
  private readonly nodes = new Map<number, NodeRecord>();

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
    this.nodes.set(info.num, record);
    return record;
  }

  /** Learn from one received packet; `nowS` stands in for rx_time when the radio left it unset. */
  observePacket(packet: Mesh.MeshPacket, nowS: number): PacketObservation {
    if (packet.from === 0) return {};
    const record = this.nodeFor(packet.from);
    const info = record.info;
    info.lastHeard = packet.rxTime || nowS;
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

  private nodeFor(num: number): NodeRecord {
    let record = this.nodes.get(num);
    if (!record) {
      record = { info: create(Mesh.NodeInfoSchema, { num }) };
      this.nodes.set(num, record);
    }
    return record;
  }
}

/** The firmware's user id form, `!` and eight hex digits. */
export function nodeId(num: number): string {
  return `!${num.toString(16).padStart(8, '0')}`;
}
