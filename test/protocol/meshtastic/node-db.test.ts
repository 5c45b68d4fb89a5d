import { create, toBinary, type MessageInitShape } from '@bufbuild/protobuf';
import { Mesh, Portnums, Telemetry } from '@meshtastic/protobufs';
import { describe, expect, it } from 'vitest';
import { NodeDb, nodeId } from '../../../protocol/meshtastic/node-db.ts';

const heard = (fields: Omit<MessageInitShape<typeof Mesh.MeshPacketSchema>, '$typeName'>, portnum?: number, payload?: Uint8Array) =>
  create(Mesh.MeshPacketSchema, {
    from: 0x1234,
    to: 0xffffffff,
    id: 1,
    ...fields,
    ...(portnum !== undefined ? { payloadVariant: { case: 'decoded' as const, value: { portnum, payload: payload ?? new Uint8Array() } } } : {}),
  });

describe('NodeDb', () => {
  it('records when, how well and how far away a node was heard', () => {
    const db = new NodeDb();
    const { node } = db.observePacket(heard({ rxTime: 1_700_000_000, rxSnr: 6.25, rxRssi: -101, hopStart: 3, hopLimit: 3 }), 5);
    expect(node?.info).toMatchObject({ num: 0x1234, lastHeard: 1_700_000_000, snr: 6.25, hopsAway: 0 });
    expect(node?.rssiDbm).toBe(-101);
  });

  it('keeps the last direct SNR when a relayed copy arrives, and uses now when rx_time is unset', () => {
    const db = new NodeDb();
    db.observePacket(heard({ rxSnr: 8, rxRssi: -90, hopStart: 3, hopLimit: 3 }), 100);
    const { node } = db.observePacket(heard({ id: 2, rxSnr: -12, rxRssi: -120, hopStart: 3, hopLimit: 1 }), 200);
    expect(node?.info).toMatchObject({ snr: 8, hopsAway: 2, lastHeard: 200 });
    expect(node?.rssiDbm).toBe(-90);
  });

  it('takes the user from NODEINFO, the position from POSITION and device metrics from TELEMETRY', () => {
    const db = new NodeDb();
    const user = create(Mesh.UserSchema, { id: nodeId(0x1234), longName: 'Corner Bakery', shortName: 'BAKE' });
    db.observePacket(heard({}, Portnums.PortNum.NODEINFO_APP, toBinary(Mesh.UserSchema, user)), 1);
    const position = create(Mesh.PositionSchema, { latitudeI: 515_000_000, longitudeI: -1_000_000 });
    db.observePacket(heard({ id: 2 }, Portnums.PortNum.POSITION_APP, toBinary(Mesh.PositionSchema, position)), 2);
    const telemetry = create(Telemetry.TelemetrySchema, {
      variant: { case: 'deviceMetrics', value: { batteryLevel: 87, voltage: 4.01 } },
    });
    db.observePacket(heard({ id: 3 }, Portnums.PortNum.TELEMETRY_APP, toBinary(Telemetry.TelemetrySchema, telemetry)), 3);
    const info = db.get(0x1234)?.info;
    expect(info?.user?.longName).toBe('Corner Bakery');
    expect(info?.position?.latitudeI).toBe(515_000_000);
    expect(info?.deviceMetrics?.batteryLevel).toBe(87);
  });

  it('reports a payload that does not parse, and still counts the node as heard', () => {
    const db = new NodeDb();
    const { node, problem } = db.observePacket(heard({}, Portnums.PortNum.POSITION_APP, Uint8Array.of(0xff, 0xff, 0xff)), 9);
    expect(problem?.code).toBe('MESHLOOM_ERR_PAYLOAD_INVALID');
    expect(node?.info.lastHeard).toBe(9);
  });

  it('writes node ids as the firmware does', () => {
    expect(nodeId(0x6d6c0001)).toBe('!6d6c0001');
    expect(nodeId(0xab)).toBe('!000000ab');
  });

  it('stays within its cap by forgetting the node heard longest ago, never its own radio', () => {
    const db = new NodeDb({ maxNodes: 100 });
    db.keep(7);
    db.observePacket(heard({ from: 7 }), 1);
    for (let i = 0; i < 30_000; i++) db.observePacket(heard({ from: 1_000 + i, id: i }), 2 + i);
    expect(db.size).toBe(100);
    expect(db.evicted).toBe(30_001 - 100);
    expect(db.get(7)).toBeDefined();
    expect(db.get(1_000 + 29_999)).toBeDefined();
    expect(db.get(1_000)).toBeUndefined();
  });

  it('keeps a node that is heard again, and forgets one not heard for longer than its age limit', () => {
    const db = new NodeDb({ maxNodes: 3, maxAgeS: 1_000 });
    db.observePacket(heard({ from: 1 }), 10);
    db.observePacket(heard({ from: 2 }), 20);
    db.observePacket(heard({ from: 3 }), 30);
    db.observePacket(heard({ from: 1, id: 2 }), 40);
    db.observePacket(heard({ from: 4 }), 50);
    expect(db.list().map((n) => n.info.num)).toEqual([3, 1, 4]);
    db.observePacket(heard({ from: 5 }), 1_045);
    expect(db.list().map((n) => n.info.num)).toEqual([4, 5]);
  });
});
