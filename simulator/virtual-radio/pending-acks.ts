/** want_ack packets a radio sent and still waits to hear acknowledged, each with its give-up timer. */
import type { Clock } from '../clock.ts';

export class PendingAcks {
  private readonly cancels = new Map<number, () => void>();

  constructor(
    private readonly clock: Clock,
    private readonly timeoutMs: number,
  ) {}

  /** Wait for packet `id`; `onTimeout` runs if nothing settles it in time (none: wait until it is settled). */
  await(id: number, onTimeout: (() => void) | undefined): void {
    if (!onTimeout) {
      this.cancels.set(id, () => undefined);
      return;
    }
    const cancel = this.clock.schedule(this.timeoutMs, () => {
      this.cancels.delete(id);
      onTimeout();
    });
    this.cancels.set(id, cancel);
  }

  /** The ack (or NAK) for `id` arrived; false if nothing was waiting for it. */
  settle(id: number): boolean {
    const cancel = this.cancels.get(id);
    if (!cancel) return false;
    cancel();
    this.cancels.delete(id);
    return true;
  }
}
