/**
 * The command line says what went wrong in one line and exits non-zero: no stack traces for a missing file, a
 * port in use or an address this machine does not have.
 */
import { createServer, type Server } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'meshloom-cli-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |node:internal|triggerUncaughtException/);

describe('errors on the command line', () => {
  it('a missing file', async () => {
    const result = await runCli(['decode', join(dir, 'nope.bin')]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`meshloom: no such file or folder: ${join(dir, 'nope.bin')}`);
    noStack(result.stderr);
  });

  it('a port in use, with what to do', async () => {
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const result = await runCli(['gateway', '--data', join(dir, 'busy'), '--http-port', String(port), '--host', '127.0.0.1'], { timeoutMs: 30_000 });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`meshloom: port ${port} on 127.0.0.1 is already in use`);
      expect(result.stderr).toContain('--http-port 0 for any free one');
      noStack(result.stderr);
    } finally {
      server.close();
    }
  });

  it('an address this machine does not have', async () => {
    const result = await runCli(['gateway', '--data', join(dir, 'elsewhere'), '--http-port', '0', '--host', '192.0.2.1'], { timeoutMs: 30_000 });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('meshloom: 192.0.2.1 is not an address of this machine: use --host 0.0.0.0');
    noStack(result.stderr);
  });

  it('a serial port that is not there, with where radios show up', async () => {
    const result = await runCli(['info', '--port', join(dir, 'ttyNOPE')], { timeoutMs: 30_000 });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`cannot open serial ${join(dir, 'ttyNOPE')}`);
    expect(result.stderr).toContain('ls /dev/ttyUSB* /dev/ttyACM*');
    noStack(result.stderr);
  });
});
