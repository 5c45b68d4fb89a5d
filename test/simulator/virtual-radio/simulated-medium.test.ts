/**
 * A virtual radio standing for a node of a simulated mesh (what `sim serve` attaches gateways to): the phone
 * learns of a want_ack packet's fate from the simulator's router, as the firmware's phone learns it from the
 * firmware's, once: through when it is heard relayed (an implicit ack, from the radio itself) or acked, however
 * long the retransmissions take; MAX_RETRANSMIT only once the sends are used up. The radio's own ack timer
 * (shorter than a slow preset's retransmissions) no longer decides.
 */
import { fromBinary } from '@bufbuild/protobuf';
import { Mesh, Portnums } from '@meshtastic/protobufs';
import { describe, expect, it } from 'vitest';
import { StreamFrameDecoder } from '../../../protocol/meshtastic/frame-decoder.ts';
import { decodeFromRadio, type FromRadio, toRadioFrame } from '../../../protocol/meshtastic/radio-codec.ts';
import { ManualClock } from '../../../simulator/manual-clock.ts';
import { MeshSimulation } from '../../../simulator/mesh/mesh-simulation.ts';
import { SimulatedMedium } from '../../../simulator/virtual-radio/simulated-medium.ts';
import { VirtualRadio } from '../../../simulator/virtual-radio/virtual-radio.ts';

/** Nodes 4 - 5 - 6, 400 m apart (each hears only its neighbours), and node 9 far away. */
function mesh() {
  const sim = new MeshSimulation({
    nodes: [
      { id: 4, xM: 0, yM: 0, role: 'CLIENT' },
      { id: 5, xM: 400, yM: 0, role: 'CLIENT' },
      { id: 6, xM: 800, yM: 0, role: 'CLIENT' },
      { id: 9, xM: 50_000, yM: 0, role: 'CLIENT' },
    ],
    seed: 4,
    shadowingDb: 0,
  });
  const clock = new ManualClock();
  // The radio's own timer would give up after 1 s: far sooner than the simulated retransmissions.
  const radio = new VirtualRadio({ nodeNum: 4, clock, bootMs: 10, simulatedRouting: true, ackTimeoutMs: 1_000 });
  new SimulatedMedium(sim).attach(radio);
  clock.advance(20);
  const decoder = new StreamFrameDecoder<FromRadio>({ decodePayload: decodeFromRadio });
  const heard: FromRadio[] = [];
  const phone = radio.attachSerial((bytes) => heard.push(...decoder.push(bytes).flatMap((i) => (i.kind === 'frame' ? [i.message] : []))));
  phone.receive(toRadioFrame({ payloadVariant: { case: 'wantConfigId', value: 77 } }));
  const send = (id: number, to: number) =>
    phone.receive(
      toRadioFrame({
        payloadVariant: {
          case: 'packet',
          value: {
            id,
            to,
            wantAck: true,
            hopLimit: 3,
            payloadVariant: { case: 'decoded', value: { portnum: Portnums.PortNum.TEXT_MESSAGE_APP, payload: Uint8Array.of(104, 105) } },
          },
        },
      }),
    );
  /** "<routing error> from <node>" for each answer the phone got about packet `id`, in order. */
  const verdicts = (id: number) =>
    heard.flatMap((m) => {
      const p = m.payloadVariant.case === 'packet' ? m.payloadVariant.value : undefined;
      if (p?.payloadVariant.case !== 'decoded' || p.payloadVariant.value.portnum !== Portnums.PortNum.ROUTING_APP || p.payloadVariant.value.requestId !== id)
        return [];
      const routing = fromBinary(Mesh.RoutingSchema, p.payloadVariant.value.payload);
      return routing.variant.case === 'errorReason' ? [`${Mesh.Routing_Error[routing.variant.value]} from ${p.from}`] : [];
    });
  /** Run simulated and radio time together. */
  const run = (ms: number) => {
    for (let t = 0; t < ms; t += 100) {
      sim.run(sim.nowMs + 100);
      clock.advance(100);
    }
  };
  return { sim, send, verdicts, run };
}

describe('SimulatedMedium and a virtual radio', () => {
  it('tells the phone once that a want_ack broadcast got through when it is heard relayed, however long that takes', () => {
    const { send, verdicts, run } = mesh();
    send(501, 0xffffffff);
    run(60_000);
    expect(verdicts(501)).toEqual(['NONE from 4']);
  });

  it('acks a direct message implicitly, as the firmware does, when the sender hears it relayed', () => {
    const { sim, send, verdicts, run } = mesh();
    let destinationAcked = 0;
    sim.traces.router.ackSent.connect((node) => {
      if (node === 6) destinationAcked++;
    });
    send(502, 6);
    run(60_000);
    expect(verdicts(502)).toEqual(['NONE from 4']);
    expect(destinationAcked).toBe(1);
  });

  it('says MAX_RETRANSMIT for a direct message nobody relays or acks, once the simulated sends are used up', () => {
    const { sim, send, verdicts, run } = mesh();
    let retransmissions = 0;
    sim.traces.router.retransmitted.connect((node) => {
      if (node === 4) retransmissions++;
    });
    sim.setUp(5, 0, false);
    send(503, 9);
    run(5_000);
    expect(verdicts(503)).toEqual([]);
    run(120_000);
    expect(retransmissions).toBe(2);
    expect(verdicts(503)).toEqual(['MAX_RETRANSMIT from 4']);
  });
});
