/**
 * A radio's transmit queue: packets go on air one at a time, each holding the transmitter for `intervalMs`.
 * Its length is what QueueStatus reports as taken.
 */
import type { Mesh } from '@meshtastic/protobufs';
import type { Clock } from '../clock.ts';

export class TransmitQueue {
  private readonly queue: Mesh.MeshPacket[] = [];
  private busy = false;

  constructor(
    private readonly clock: Clock,
    private readonly intervalMs: number,
    private readonly transmit: (packet: Mesh.MeshPacket) => void,
  ) {}

  get length(): number {
    return this.queue.length;
  }

  push(packet: Mesh.MeshPacket): void {
    this.queue.push(packet);
    this.drain();
  }

  clear(): void {
    this.queue.length = 0;
  }

  private drain(): void {
    if (this.busy) return;
    const packet = this.queue.shift();
    if (!packet) return;
    this.busy = true;
    this.clock.schedule(this.intervalMs, () => {
      this.busy = false;
      this.transmit(packet);
      this.drain();
    });
  }
}
