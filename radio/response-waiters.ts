/**
 * Callers waiting for the packet that answers one of theirs (Data.request_id equal to the request's packet id).
 * A request keeps its key while its packet id changes with every retry, so waiters are kept by key and the
 * ids each key was sent under are remembered.
 */
import type { Mesh } from '@meshtastic/protobufs';

export class ResponseWaiters {
  private readonly byKey = new Map<number, (packet: Mesh.MeshPacket) => void>();
  private readonly keyById = new Map<number, number>();

  wait(key: number, resolve: (packet: Mesh.MeshPacket) => void): void {
    this.byKey.set(key, resolve);
  }

  isWaiting(key: number): boolean {
    return this.byKey.has(key);
  }

  /** The request `key` went out as packet `id`. */
  sentAs(key: number, id: number): void {
    if (this.byKey.has(key)) this.keyById.set(id, key);
  }

  /** Hand `packet` to whoever waits for an answer to `requestId`; true if someone did. */
  answer(requestId: number, packet: Mesh.MeshPacket): boolean {
    const key = this.keyById.get(requestId);
    const resolve = key === undefined ? undefined : this.byKey.get(key);
    if (key === undefined || !resolve) return false;
    this.forget(key);
    resolve(packet);
    return true;
  }

  forget(key: number): void {
    this.byKey.delete(key);
    for (const [id, k] of this.keyById) if (k === key) this.keyById.delete(id);
  }
}
