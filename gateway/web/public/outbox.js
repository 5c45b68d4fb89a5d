// What a neighbour submitted but the gateway has not yet answered (WiFi dropped, gateway restarting). Kept on the
// phone in localStorage, shown as waiting, and sent again when the gateway is back. Each submission carries the
// key it was first sent with, so a retry after a lost answer is recorded once.

const STORAGE_KEY = 'meshloom-outbox';

export function newKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function waiting() {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
  } catch {
    return [];
  }
}

function save(items) {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(items));
}

export function keep(item) {
  save([...waiting().filter((w) => w.key !== item.key), item]);
}

export function drop(key) {
  save(waiting().filter((w) => w.key !== key));
}

/** A fetch that never reached the gateway (as opposed to one the gateway answered with an error). */
export const unreachable = (err) => err instanceof TypeError || err?.status === 502 || err?.status === 504;

/**
 * Sends every waiting submission once, oldest first. `send(item)` resolves when the gateway answered; an answer
 * that refuses the submission drops it too (it would be refused again), reported through `onRefused`.
 * Stops at the first one that cannot reach the gateway: the rest would not either.
 */
export async function flush(send, { onSent = () => {}, onRefused = () => {} } = {}) {
  for (const item of waiting()) {
    try {
      const answer = await send(item);
      drop(item.key);
      onSent(item, answer);
    } catch (err) {
      if (unreachable(err)) return;
      if (err?.code === 'MESHLOOM_ERR_SECRET_REQUIRED' || err?.status === 429 || err?.status === 503) return;
      drop(item.key);
      onRefused(item, err);
    }
  }
}
