/**
 * A radio that floods the gateway: thousands of broken frames, or texts from thousands of distinct senders. The
 * gateway stays bounded (node table, chat log), keeps its log readable (repeats aggregated), and pages /api/nodes.
 * The radio is the embedded neighbourhood's virtual radio on an in-process cable the test also writes onto
 * (test/support/tapped-radio.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmbeddedNeighbourhood, type EmbeddedNeighbourhood } from '../../../gateway/demo/embedded-neighbourhood.ts';
import { startGateway, type RunningGateway } from '../../../gateway/service/start-gateway.ts';
import { encodeFrame } from '../../../protocol/meshtastic/frame-encoder.ts';
import { NODE_DB_DEFAULTS } from '../../../protocol/meshtastic/node-db.ts';
import { eventually } from '../../support/eventually.ts';
import { tappedRadio, textFrame } from '../../support/tapped-radio.ts';

let hood: EmbeddedNeighbourhood | undefined;
let running: RunningGateway | undefined;
let dir: string | undefined;

afterEach(async () => {
  await running?.close();
  await hood?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  running = undefined;
  hood = undefined;
  dir = undefined;
});

async function start(): Promise<{ gateway: RunningGateway; inject: (bytes: Uint8Array) => void; lines: string[] }> {
  hood = startEmbeddedNeighbourhood({ activityMs: 0 });
  const tap = tappedRadio(hood.hood.gatewayRadio);
  dir = mkdtempSync(join(tmpdir(), 'meshloom-hostile-'));
  const lines: string[] = [];
  running = await startGateway({
    open: tap.open,
    dataDir: dir,
    label: 'Flooded',
    httpHost: '127.0.0.1',
    httpPort: 0,
    logger: { level: 'info', stream: { write: (line: string) => lines.push(line) } },
  });
  const gateway = running;
  await eventually('the radio ready', () => gateway.gateway.link.state === 'ready');
  return { gateway, inject: tap.inject, lines };
}

describe('a radio that floods the gateway', () => {
  it('logs thousands of broken frames as a few lines with a count', async () => {
    const { gateway, inject, lines } = await start();
    const garbage = encodeFrame(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f]));
    for (let i = 0; i < 5_000; i++) inject(garbage);
    inject(textFrame(0x5000_0001, 1, 'after the garbage'));
    await eventually('the text after the garbage', () => gateway.gateway.messages.recent(1)[0]?.text === 'after the garbage');
    await gateway.close();

    const problems = lines.filter((line) => line.includes('FROMRADIO_INVALID') || line.includes('more like it'));
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(problems.length).toBeLessThanOrEqual(4);
    expect(problems.some((line) => /"msg":"4999 more like it in \d+ s/.test(line))).toBe(true);
  });

  it('keeps its node table bounded and pages /api/nodes under texts from 5,000 distinct senders', async () => {
    const { gateway, inject } = await start();
    const senders = NODE_DB_DEFAULTS.maxNodes * 5;
    for (let i = 0; i < senders; i++) inject(textFrame(0x6000_0000 + i, i + 1, `flood ${i}`));
    await eventually('the last text', () => gateway.gateway.messages.recent(1)[0]?.text === `flood ${senders - 1}`);

    expect(gateway.gateway.session.nodes.size).toBeLessThanOrEqual(NODE_DB_DEFAULTS.maxNodes);
    expect(gateway.gateway.session.nodes.get(gateway.gateway.session.myNodeNum ?? -1)).toBeDefined();
    const page = await fetch(`${gateway.url}api/nodes?limit=50&offset=10`);
    expect(page.status).toBe(200);
    expect(Number(page.headers.get('x-total-count'))).toBe(gateway.gateway.session.nodes.size);
    const nodes = (await page.json()) as { id: string }[];
    expect(nodes).toHaveLength(50);
    // Most recently heard first: the second page of a few dozen holds only the last senders, newest first.
    const flood = nodes.map((n) => Number.parseInt(n.id.slice(1), 16) - 0x6000_0000).filter((i) => i >= 0 && i < senders);
    expect(flood.length).toBeGreaterThanOrEqual(45);
    expect(flood.every((i) => i >= senders - 70)).toBe(true);
    expect(flood).toEqual([...flood].sort((x, y) => y - x));
  });
});
