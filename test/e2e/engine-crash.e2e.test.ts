/** What the engine accepted survives kill -9 before it was sent, and goes out after the restart. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EngineNetwork } from '../support/engine-network.ts';

const dir = mkdtempSync(join(tmpdir(), 'meshloom-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('engine durability', () => {
  it('keeps an accepted entry and alert through kill -9 and sends both after restart', async () => {
    const path = join(dir, 'gateway.sqlite');
    const fixture = fileURLToPath(new URL('./fixtures/accept-then-hang.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', fixture, path], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const line = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (c: Buffer) => resolve(c.toString()));
      child.on('exit', () => reject(new Error(`fixture exited early: ${stderr}`)));
    });
    expect(line).toBe('accepted entry 1 alert 1\n');
    const exited = new Promise((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const net = new EngineNetwork();
    const peer = net.add(0xe);
    const restarted = net.add(0xd, { storePath: path });
    expect(restarted.store.views.entryCount()).toBe(1);
    expect(restarted.engine.publishedSeq).toBe(0);
    net.run(60_000);
    expect(peer.store.views.entryCount()).toBe(1);
    expect(peer.engine.activeAlerts(net.nowMs).map((a) => a.body.headline)).toEqual(['Gas smell on Quarry Road']);
    expect(restarted.store.ackers(0xd, 1)).toEqual([0xe]);
  });
});
