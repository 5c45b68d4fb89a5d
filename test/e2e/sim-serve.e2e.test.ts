/**
 * A real `meshloom gateway` process on a simulated mesh: `meshloom sim serve` runs the live-street scenario in
 * real time with a virtual radio standing for node 4, and a simulated gateway's engine on node 7, three hops
 * away. An entry made on the real gateway reaches the simulated one over the simulated air, and the simulated
 * gateway's entries reach the real one's ledger.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESHLOOM_BIN, stopAll } from './cli-helpers.ts';
import { eventually } from '../support/eventually.ts';

const SCENARIO = new URL('../../simulator/scenarios/live-street.yaml', import.meta.url).pathname;
const children: ChildProcess[] = [];
let serveOutput = '';
let gatewayUrl = '';
let dataDir = '';

function start(args: string[], ready: RegExp, onOutput?: (text: string) => void): Promise<RegExpMatchArray> {
  const child = spawn(process.execPath, [MESHLOOM_BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`meshloom ${args[0]} not ready:\n${output}`)), 30_000);
    const look = (chunk: Buffer) => {
      output += chunk.toString();
      onOutput?.(chunk.toString());
      const match = output.match(ready);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout?.on('data', look);
    child.stderr?.on('data', look);
    child.on('exit', (code) => reject(new Error(`meshloom ${args[0]} exited (${code}):\n${output}`)));
  });
}

/** Wait for `check`; a timeout prints what `sim serve` said. */
async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  try {
    await eventually(what, check, timeoutMs);
  } catch (err) {
    throw new Error(`${(err as Error).message}\nsim serve said:\n${serveOutput}`);
  }
}

beforeAll(async () => {
  const [, port] = await start(['sim', 'serve', SCENARIO, '--attach', '4', '--tcp', '0'], /TCP API on 127\.0\.0\.1:(\d+)/, (text) => (serveOutput += text));
  dataDir = mkdtempSync(join(tmpdir(), 'meshloom-sim-serve-'));
  const [, url] = await start(
    ['gateway', '--tcp', `127.0.0.1:${port}`, '--data', dataDir, '--http-port', '0', '--host', '127.0.0.1', '--quiet'],
    /open (http:\/\/127\.0\.0\.1:\d+\/)/,
  );
  gatewayUrl = url as string;
  await until(
    'the gateway has its radio',
    async () => ((await (await fetch(new URL('/api/status', gatewayUrl))).json()) as { link: { state: string } }).link.state === 'ready',
    30_000,
  );
}, 60_000);

afterAll(async () => {
  await stopAll(children);
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('a real gateway on a simulated mesh', () => {
  it('sends its entry across three simulated hops to a simulated gateway', async () => {
    const response = await fetch(new URL('/api/entries', gatewayUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'contribution', category: 'meals', quantity: 2, member: 'ana', note: 'soup from a real gateway' }),
    });
    expect(response.status).toBe(201);
    // Usually within a minute; a copy lost to a collision on the simulated air is repaired by the next digest or a
    // retried request (60 s on a radio link). Runs that never delivered came from the simulated router keeping a
    // next hop that had failed (the firmware forgets it when it floods the last try; fixed in next-hop-router.ts);
    // the wait still allows seven repair rounds.
    await until('the simulated gateway holds it', () => serveOutput.includes('simulated gateway 7 holds entry 1 of !00000004'), 420_000);
  }, 430_000);

  it("receives the simulated gateway's entries into its own ledger", async () => {
    await until(
      'entries of !00000007 at the real gateway',
      async () => {
        const ledger = (await (await fetch(new URL('/api/ledger?limit=50', gatewayUrl))).json()) as { author: string; note: string }[];
        return ledger.some((e) => e.author === '!00000007' && /^entry \d+ at 7$/.test(e.note));
      },
      420_000,
    );
  }, 430_000);
});
