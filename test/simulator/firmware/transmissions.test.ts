/**
 * Packets between firmware nodes and the simulated air: a transmission's SIMULATOR_APP wrapper comes off and goes
 * back on without changing the packet, ciphertext stays ciphertext, sizes on air are the encoded Data's, and a
 * modelled node's packet reaches a firmware node in a form it parses.
 */
import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import { Mesh, Portnums } from '@meshtastic/protobufs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MESH_HEADER_BYTES } from '../../../protocol/meshtastic/airtime.ts';
import { airPacketOf, meshPacketOfAir, type NodeNumbers, onAirBytes, unwrapTransmission, wrapForFirmware } from '../../../simulator/firmware/transmissions.ts';
import type { AirPacket } from '../../../simulator/router/air-packet.ts';

const u32 = fc.integer({ min: 1, max: 0xffffffff });
const onAirPacket = fc
  .record({
    id: u32,
    from: u32,
    to: u32,
    hopLimit: fc.integer({ min: 0, max: 7 }),
    hopStart: fc.integer({ min: 0, max: 7 }),
    wantAck: fc.boolean(),
    relayNode: fc.integer({ min: 0, max: 255 }),
    nextHop: fc.integer({ min: 0, max: 255 }),
    body: fc.oneof(
      fc.record({ portnum: fc.integer({ min: 1, max: 511 }), payload: fc.uint8Array({ maxLength: 200 }), requestId: fc.nat() }),
      fc.uint8Array({ minLength: 1, maxLength: 200 }),
    ),
  })
  .map(({ body, ...header }) =>
    create(Mesh.MeshPacketSchema, {
      ...header,
      payloadVariant: body instanceof Uint8Array ? { case: 'encrypted', value: body } : { case: 'decoded', value: body },
    }),
  );

const numbers: NodeNumbers = { onAir: (node) => node, byLastByte: () => undefined };

describe('transmissions in SIMULATOR_APP form', () => {
  it('unwrap what was wrapped: the packet on air comes back field for field', () => {
    fc.assert(
      fc.property(onAirPacket, (packet) => {
        const wrapped = wrapForFirmware(packet);
        expect(wrapped.payloadVariant.case === 'decoded' && wrapped.payloadVariant.value.portnum).toBe(Portnums.PortNum.SIMULATOR_APP);
        expect(toBinary(Mesh.MeshPacketSchema, unwrapTransmission(wrapped) as Mesh.MeshPacket)).toEqual(toBinary(Mesh.MeshPacketSchema, packet));
      }),
    );
  });

  it('refuse a wrapper that is not a Compressed message instead of guessing', () => {
    const broken = create(Mesh.MeshPacketSchema, {
      id: 9,
      payloadVariant: { case: 'decoded', value: { portnum: Portnums.PortNum.SIMULATOR_APP, payload: Uint8Array.of(0xff, 0xff, 0xff) } },
    });
    expect(unwrapTransmission(broken)).toBeUndefined();
  });

  it('count the header and the encoded Data (or its ciphertext) as the bytes on air', () => {
    const text = create(Mesh.MeshPacketSchema, {
      payloadVariant: { case: 'decoded', value: { portnum: Portnums.PortNum.TEXT_MESSAGE_APP, payload: new Uint8Array(10) } },
    });
    // portnum (2 bytes) + payload tag and length (2) + 10.
    expect(onAirBytes(text)).toBe(MESH_HEADER_BYTES + 14);
    expect(onAirBytes(create(Mesh.MeshPacketSchema, { payloadVariant: { case: 'encrypted', value: new Uint8Array(30) } }))).toBe(MESH_HEADER_BYTES + 30);
  });

  it("carry a firmware node's packet across the air unchanged but for this copy's hop limit and relayer", () => {
    fc.assert(
      fc.property(onAirPacket, fc.integer({ min: 0, max: 7 }), fc.integer({ min: 4, max: 1000 }), (packet, hopLimit, relayer) => {
        const air = airPacketOf(packet, numbers, 287);
        const copy: AirPacket = { ...air, hopLimit, relayNode: relayer, nextHop: undefined };
        const heard = meshPacketOfAir(copy, numbers, 287);
        expect(heard.hopLimit).toBe(hopLimit);
        expect(heard.relayNode).toBe(relayer & 0xff);
        expect(heard.nextHop).toBe(packet.nextHop);
        expect(toBinary(Mesh.MeshPacketSchema, create(Mesh.MeshPacketSchema, { ...heard, hopLimit: packet.hopLimit, relayNode: packet.relayNode }))).toEqual(
          toBinary(Mesh.MeshPacketSchema, packet),
        );
      }),
    );
  });

  it("give a modelled node's packet content the firmware parses: its payload, chat text, an ack", () => {
    const base: AirPacket = {
      id: 7,
      from: 5,
      to: 0xffffffff,
      hopLimit: 3,
      hopStart: 3,
      bytes: 40,
      kind: 'text',
      wantAck: true,
      requestId: 0,
      relayNode: 5,
      nextHop: undefined,
      payload: undefined,
      meshPacket: undefined,
    };
    const chat = meshPacketOfAir(base, numbers, 287);
    expect(chat.wantAck).toBe(false);
    expect(chat.payloadVariant.case === 'decoded' && new TextDecoder().decode(chat.payloadVariant.value.payload)).toBe('simulated chat from node 5');
    const meshloom = meshPacketOfAir({ ...base, kind: 'meshloom', payload: Uint8Array.of(1, 2, 3) }, numbers, 287);
    expect(meshloom.payloadVariant.value).toMatchObject({ portnum: 287, payload: Uint8Array.of(1, 2, 3) });
    const ack = meshPacketOfAir({ ...base, kind: 'routing', to: 9, requestId: 42 }, numbers, 287);
    const data = ack.payloadVariant.case === 'decoded' ? ack.payloadVariant.value : undefined;
    expect(data?.requestId).toBe(42);
    expect(fromBinary(Mesh.RoutingSchema, data?.payload ?? new Uint8Array()).variant).toEqual({ case: 'errorReason', value: Mesh.Routing_Error.NONE });
  });
});
