/**
 * A small simulated neighbourhood of virtual radios on a perfect medium, with neighbours who chat now and then:
 * what `npm start` runs when no radio is plugged in, and what `meshloom virtual-radio` serves.
 */
import type { FirmwareGeneration } from './firmware-profiles.ts';
import { Portnums } from '@meshtastic/protobufs';
import { BROADCAST_NUM } from '../../protocol/meshtastic/stream-constants.ts';
import { realClock, type Clock } from '../clock.ts';
import { PerfectMedium } from './medium.ts';
import { factorySettings, gatewayRadioSettings } from './device-settings.ts';
import { create } from '@bufbuild/protobuf';
import { Mesh } from '@meshtastic/protobufs';
import { VirtualRadio } from './virtual-radio.ts';

const OK_TO_MQTT = 1;

export interface NeighbourhoodOptions {
  /** The firmware generation the gateway radios behave as. Default 2.7. */
  firmware?: FirmwareGeneration;
  /** Radios besides the gateway's own. Default 4. */
  peers?: number;
  /** Mean interval between chat messages from each peer; 0 stops the chatter. Default 60 s. */
  chatEveryMs?: number;
  clock?: Clock;
  random?: () => number;
  /**
   * Node numbers: gateway radios from this one up, neighbours from this + 0xff up. Simulated meshes that
   * federate need different ones. Default 0x6d6c0001.
   */
  gatewayNodeNum?: number;
  /** Radios for gateways on this mesh: the first is `gatewayRadio`. Default 1. */
  gatewayRadios?: number;
}

const PEER_NAMES = [
  ['Corner Bakery', 'BAKE'],
  ['Elm Street North', 'ELMN'],
  ['Community Hall', 'HALL'],
  ['Pharmacy Roof', 'PHRM'],
  ['Riverside Flats', 'RIVR'],
  ['School Gym', 'GYM'],
  ['Fire Station 3', 'FS3'],
  ['Allotments', 'ALOT'],
] as const;

const CHAT = [
  'Water is back on at the hall',
  'Anyone have a spare 12 V charger?',
  'Soup kitchen open until 19:00',
  'Generator running, phones can charge here',
  'Checked on the flats, all well',
  'Need two people to carry supplies at 15:00',
];

export interface Neighbourhood {
  medium: PerfectMedium;
  gatewayRadio: VirtualRadio;
  /** Every gateway radio, `gatewayRadio` first. */
  gatewayRadios: VirtualRadio[];
  peers: VirtualRadio[];
  stop(): void;
}

/**
 * Where the demo's radios stand: a few hundred metres around a made-up centre, so the Mesh tab (and a map, when
 * the operator gives one) has positions to show. Radios with a fixed position broadcast it when they boot.
 */
const DEMO_CENTRE = { latitude: 51.4545, longitude: -2.5879 };
const DEMO_OFFSETS: readonly (readonly [number, number])[] = [
  [0.0021, -0.0032],
  [0.0034, 0.0018],
  [-0.0012, 0.0041],
  [-0.0029, -0.0015],
  [0.0008, -0.0055],
  [-0.0041, 0.0029],
  [0.0047, -0.0009],
  [-0.0018, -0.0048],
];

function demoPosition(offset: readonly [number, number] = [0, 0]): Mesh.Position {
  return create(Mesh.PositionSchema, {
    latitudeI: Math.round((DEMO_CENTRE.latitude + offset[0]) * 1e7),
    longitudeI: Math.round((DEMO_CENTRE.longitude + offset[1]) * 1e7),
    altitude: 20,
  });
}

export function startNeighbourhood(options: NeighbourhoodOptions = {}): Neighbourhood {
  const clock = options.clock ?? realClock;
  const random = options.random ?? Math.random;
  const medium = new PerfectMedium({ clock });
  const gatewayNodeNum = options.gatewayNodeNum ?? 0x6d6c0001;
  const gatewayRadios = Array.from({ length: Math.max(1, options.gatewayRadios ?? 1) }, (_, i) => {
    const identity = {
      nodeNum: gatewayNodeNum + i,
      longName: i === 0 ? 'meshloom gateway' : `meshloom gateway ${i + 1}`,
      shortName: i === 0 ? 'GW' : `GW${i + 1}`,
    };
    const radio = new VirtualRadio({
      ...identity,
      settings: { ...gatewayRadioSettings(identity), fixedPosition: demoPosition(i === 0 ? [0, 0] : (DEMO_OFFSETS[DEMO_OFFSETS.length - i] ?? [0, 0])) },
      clock,
      random,
      bootMs: 200,
      ...(options.firmware ? { firmware: options.firmware } : {}),
    });
    medium.attach(radio);
    return radio;
  });
  const gatewayRadio = gatewayRadios[0] as VirtualRadio;
  const peers = Array.from({ length: Math.min(options.peers ?? 4, PEER_NAMES.length) }, (_, i) => {
    const [longName, shortName] = PEER_NAMES[i] as readonly [string, string];
    const identity = { nodeNum: gatewayNodeNum + 0xff + i, longName, shortName };
    const radio = new VirtualRadio({
      ...identity,
      settings: { ...factorySettings(identity), fixedPosition: demoPosition(DEMO_OFFSETS[i]) },
      clock,
      random,
      bootMs: 200,
    });
    medium.attach(radio);
    return radio;
  });
  /** The pending chat timer of each peer. */
  const cancels: (() => void)[] = [];
  const chatEveryMs = options.chatEveryMs ?? 60_000;
  if (chatEveryMs > 0) {
    peers.forEach((peer, i) => {
      const next = () => {
        const text = CHAT[Math.floor(random() * CHAT.length)] as string;
        // Half the neighbours allow their messages onto MQTT (Data.bitfield bit 0), as the app's setting would.
        const bitfield = i % 2 === 0 ? OK_TO_MQTT : 0;
        peer.originate({ to: BROADCAST_NUM, portnum: Portnums.PortNum.TEXT_MESSAGE_APP, payload: new TextEncoder().encode(text), bitfield });
        cancels[i] = clock.schedule(chatEveryMs * (0.5 + random()), next);
      };
      cancels[i] = clock.schedule(chatEveryMs * random(), next);
    });
  }
  return {
    medium,
    gatewayRadio,
    gatewayRadios,
    peers,
    stop: () => {
      for (const cancel of cancels) cancel();
    },
  };
}
