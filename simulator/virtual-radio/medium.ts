/**
 * The air between virtual radios, with perfect delivery: every packet one radio transmits reaches every other
 * radio that is up, a moment later. The simulator's radio model (path loss, collisions, airtime) replaces it.
 */
import type { Mesh } from '@meshtastic/protobufs';
import { realClock, type Clock } from '../clock.ts';
import type { Reception, VirtualRadio } from './virtual-radio.ts';

export interface PerfectMediumOptions {
  clock?: Clock;
  /** Delay from transmit to reception. Default 0 (next turn of the event loop). */
  latencyMs?: number;
  /** What every receiver measures. Default SNR 10 dB, RSSI -60 dBm. */
  reception?: Reception;
}

export class PerfectMedium {
  private readonly radios = new Map<VirtualRadio, () => void>();
  private readonly clock: Clock;
  private readonly latencyMs: number;
  private readonly reception: Reception;

  constructor(options: PerfectMediumOptions = {}) {
    this.clock = options.clock ?? realClock;
    this.latencyMs = options.latencyMs ?? 0;
    this.reception = options.reception ?? { snrDb: 10, rssiDbm: -60 };
  }

  attach(radio: VirtualRadio): void {
    if (this.radios.has(radio)) return;
    const off = radio.on('transmit', (packet) => this.carry(radio, packet));
    this.radios.set(radio, off);
  }

  detach(radio: VirtualRadio): void {
    this.radios.get(radio)?.();
    this.radios.delete(radio);
  }

  private carry(sender: VirtualRadio, packet: Mesh.MeshPacket): void {
    this.clock.schedule(this.latencyMs, () => {
      for (const radio of this.radios.keys()) if (radio !== sender) radio.receive(packet, this.reception);
    });
  }
}
