/**
 * The two rules the firmware applies to every packet a client hands it (PhoneAPI::handleToRadioPacket): an id
 * seen among the last 20 is ignored without a word, and some ports take at most one packet per interval.
 */
import { PORT_MIN_INTERVAL_MS } from '../../protocol/meshtastic/packet-limits.ts';
import { RECENT_PACKET_IDS } from '../../protocol/meshtastic/stream-constants.ts';

export type GateVerdict = 'accept' | 'duplicate' | 'rate-limited';

export class ClientPacketGate {
  private readonly recentIds: number[] = [];
  private readonly lastOnPortMs = new Map<number, number>();

  check(id: number, portnum: number, nowMs: number): GateVerdict {
    if (id !== 0) {
      if (this.recentIds.includes(id)) return 'duplicate';
      this.recentIds.push(id);
      if (this.recentIds.length > RECENT_PACKET_IDS) this.recentIds.shift();
    }
    const interval = PORT_MIN_INTERVAL_MS.get(portnum);
    const last = this.lastOnPortMs.get(portnum);
    if (interval !== undefined && last !== undefined && nowMs - last < interval) return 'rate-limited';
    this.lastOnPortMs.set(portnum, nowMs);
    return 'accept';
  }
}
