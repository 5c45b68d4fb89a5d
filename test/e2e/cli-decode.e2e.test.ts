/** `meshloom decode` on a capture of a radio's serial output, from a file and from stdin. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concat } from '../protocol/meshtastic/from-radio-arbitraries.ts';
import { toRadioFrame } from '../../protocol/meshtastic/radio-codec.ts';
import { ManualClock } from '../../simulator/manual-clock.ts';
import { VirtualRadio } from '../../simulator/virtual-radio/virtual-radio.ts';
import { runCli } from './cli-helpers.ts';

let dir: string;
let capture: Uint8Array;

beforeAll(() => {
  // What a radio says on its serial port: boot banner, `rebooted`, then a full config download.
  const chunks: Uint8Array[] = [];
  const radio = new VirtualRadio({ nodeNum: 0xdeadbeef, longName: 'Ôld Ô Mill', clock: new ManualClock() });
  const serial = radio.attachSerial((bytes) => chunks.push(bytes));
  serial.receive(toRadioFrame({ payloadVariant: { case: 'wantConfigId', value: 31337 } }));
  const corrupt = Uint8Array.of(0x94, 0xc3, 0x00, 0x02, 0xff, 0xff);
  const text = new TextEncoder().encode('WARN | stray \u0094 byte and ÔÔ in a log line\r\n');
  capture = concat([...chunks.slice(0, 3), corrupt, text, ...chunks.slice(3)]);
  dir = mkdtempSync(join(tmpdir(), 'meshloom-decode-'));
  writeFileSync(join(dir, 'capture.bin'), capture);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Item = { type: string; fromRadio?: Record<string, unknown>; text?: string; code?: string; message?: string };

function parse(stdout: string): Item[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Item);
}

describe('meshloom decode', () => {
  it('prints frames, log lines and corrupt frames in stream order, and exits 0', async () => {
    const result = await runCli(['decode', join(dir, 'capture.bin')]);
    expect(result.code).toBe(0);
    const items = parse(result.stdout);
    expect(items[0]).toMatchObject({ type: 'log' });
    expect(items.find((i) => i.type === 'frame')?.fromRadio).toEqual({ rebooted: true });
    const error = items.find((i) => i.type === 'error');
    expect(error?.code).toBe('MESHLOOM_ERR_FROMRADIO_INVALID');
    // The corrupt frame's bytes are not a frame, so they run into the log line that follows them.
    expect(items.some((i) => i.type === 'log' && i.text?.endsWith('WARN | stray \u0094 byte and ÔÔ in a log line'))).toBe(true);
    expect(items.at(-1)).toEqual({ type: 'frame', fromRadio: { configCompleteId: 31337 } });
    const own = items.find((i) => i.type === 'frame' && 'nodeInfo' in (i.fromRadio ?? {}));
    expect(own?.fromRadio).toMatchObject({ nodeInfo: { num: 0xdeadbeef, user: { longName: 'Ôld Ô Mill' } } });
    expect(items.filter((i) => i.type === 'frame' && 'channel' in (i.fromRadio ?? {}))).toHaveLength(8);
  });

  it('reads stdin when no file is given, with the same result', async () => {
    const [fromFile, fromStdin] = await Promise.all([runCli(['decode', join(dir, 'capture.bin')]), runCli(['decode'], { input: capture })]);
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it('reports a capture cut off inside a frame', async () => {
    const result = await runCli(['decode'], { input: capture.subarray(0, capture.length - 2) });
    expect(result.code).toBe(0);
    const items = parse(result.stdout);
    expect(items.filter((i) => i.type === 'error').at(-1)).toMatchObject({ code: 'MESHLOOM_ERR_FRAME_TRUNCATED' });
    expect(items.some((i) => i.type === 'frame' && 'configCompleteId' in (i.fromRadio ?? {}))).toBe(false);
  });

  it('says clearly when the file is missing', async () => {
    const result = await runCli(['decode', join(dir, 'missing.bin')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('missing.bin');
  });
});
