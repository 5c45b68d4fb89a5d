/** `meshloom --version` prints the version in package.json, and exits 0. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { runCli } from './cli-helpers.ts';

it('prints its version', async () => {
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  for (const flag of ['--version', '-V']) {
    const result = await runCli([flag]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(version);
  }
});
