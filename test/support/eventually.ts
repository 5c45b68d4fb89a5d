/**
 * Waiting for something that happens on its own time (a packet over a pty, a broker reconnecting): vitest's
 * vi.waitFor with a boolean check and a failure that says what never came. Tests that drive time themselves (the
 * engine network, the radio link) need none of this.
 */
import { vi } from 'vitest';

export async function eventually(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  await vi.waitFor(
    async () => {
      if (!(await check())) throw new Error(`timed out waiting for: ${what}`);
    },
    { timeout: timeoutMs, interval: 20 },
  );
}
