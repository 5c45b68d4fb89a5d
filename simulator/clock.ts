/**
 * Time for code that runs both live and simulated: the real clock in the gateway's embedded neighbourhood, the
 * discrete-event clock in the simulator.
 */
export interface Clock {
  nowMs(): number;
  /** Run `fn` after `delayMs`; returns a function that cancels it. */
  schedule(delayMs: number, fn: () => void): () => void;
}

export const realClock: Clock = {
  nowMs: () => Date.now(),
  schedule(delayMs, fn) {
    const timer = setTimeout(fn, delayMs);
    timer.unref();
    return () => clearTimeout(timer);
  },
};
