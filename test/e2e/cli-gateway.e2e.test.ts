/** `meshloom gateway` refusing settings that would leave it less safe than the operator believes. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { eventually } from '../support/eventually.ts';
import { runCli, startCli } from './cli-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'meshloom-cli-gateway-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('stops at an old "pin" setting instead of starting with writing open', async () => {
  const config = join(dir, 'old.json');
  writeFileSync(config, JSON.stringify({ label: 'Elm Street', pin: '4711' }));
  const result = await runCli(['gateway', '--config', config, '--data', join(dir, 'data'), '--http-port', '0', '--host', '127.0.0.1']);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('the neighbourhood PIN was replaced by secret words');
});

it('stops at a secret that is easy to guess, and says what to do', async () => {
  const result = await runCli(['gateway', '--secret', 'password', '--data', join(dir, 'data'), '--http-port', '0', '--host', '127.0.0.1']);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/too easy to guess.*--secret generate/);
});

it('stops on Ctrl-C while a page holds a live stream open, ending the stream itself', async () => {
  const gateway = startCli(['gateway', '--data', join(dir, 'live'), '--http-port', '0', '--host', '127.0.0.1']);
  const address = () => /open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(gateway.output())?.[1];
  await eventually('the page address', () => address() !== undefined, 30_000);
  const url = address() as string;
  const stream = await fetch(new URL('/api/events', url));
  expect(stream.status).toBe(200);
  const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
  const exited = new Promise<number | null>((resolve) => gateway.child.once('close', resolve));
  gateway.child.kill('SIGINT');
  // The gateway ends the page's stream (the page would reconnect later) rather than waiting for the page to leave.
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read());
  expect(await exited).toBe(0);
}, 20_000);

it('refuses a second gateway on the same data folder, naming the first', async () => {
  const data = join(dir, 'shared');
  const first = startCli(['gateway', '--data', data, '--http-port', '0', '--host', '127.0.0.1']);
  try {
    await eventually('the first gateway serving', () => first.output().includes('open http://'), 30_000);
    const second = await runCli(['gateway', '--data', data, '--http-port', '0', '--host', '127.0.0.1']);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(`another meshloom gateway (process ${first.child.pid}) is using ${data}`);
  } finally {
    first.child.kill('SIGINT');
    await new Promise((resolve) => first.child.once('close', resolve));
  }
  // Gone, its lock went with it: the folder is free again.
  const again = startCli(['gateway', '--data', data, '--http-port', '0', '--host', '127.0.0.1']);
  await eventually('the folder free again', () => again.output().includes('open http://'), 30_000);
  again.child.kill('SIGINT');
  await new Promise((resolve) => again.child.once('close', resolve));
}, 60_000);

it('refuses an unknown config key with the nearest setting, and lets a flag override the file', async () => {
  const misspelt = join(dir, 'misspelt.json');
  writeFileSync(misspelt, JSON.stringify({ lable: 'Elm Street' }));
  const refused = await runCli(['gateway', '--config', misspelt, '--data', join(dir, 'data'), '--http-port', '0', '--host', '127.0.0.1']);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain('has "lable", which is not a setting: did you mean "label"?');

  // A broker nobody listens on: the gateway starts and says how it federates, then is stopped.
  const config = join(dir, 'uplink-off.json');
  writeFileSync(config, JSON.stringify({ mqtt: 'mqtt://127.0.0.1:9', uplink: false, downlink: true }));
  const federating = async (extra: string[]) => {
    const gateway = startCli(['gateway', '--config', config, '--data', join(dir, `fed${extra.length}`), '--http-port', '0', '--host', '127.0.0.1', ...extra]);
    try {
      await eventually('the federation line', () => gateway.output().includes('Meshtastic uplink'), 30_000);
      return /Meshtastic uplink \w+, downlink \w+/.exec(gateway.output())?.[0];
    } finally {
      gateway.child.kill('SIGINT');
      await new Promise((resolve) => gateway.child.once('close', resolve));
    }
  };
  expect(await federating([])).toBe('Meshtastic uplink off, downlink on');
  expect(await federating(['--uplink', '--no-downlink'])).toBe('Meshtastic uplink on, downlink off');
}, 90_000);

it('logs one JSON object a line when not on a terminal, failures at warn, and readable lines when asked', async () => {
  const stop = async (cli: ReturnType<typeof startCli>) => {
    cli.child.kill('SIGINT');
    await new Promise((resolve) => cli.child.once('close', resolve));
  };
  // A TCP radio that is not there: the gateway keeps trying, and says so as a warning.
  const json = startCli(['gateway', '--tcp', '127.0.0.1:1', '--data', join(dir, 'logs-json'), '--http-port', '0', '--host', '127.0.0.1']);
  try {
    await eventually('the radio reported unreachable', () => json.output().includes('radio: cannot open'), 30_000);
    const lines = json
      .output()
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as { level: number; msg: string });
    expect(lines.find((l) => l.msg.startsWith('open http://'))?.level).toBe(35);
    expect(lines.find((l) => l.msg.startsWith('radio: cannot open'))?.level).toBe(40);
  } finally {
    await stop(json);
  }
  const pretty = startCli(['gateway', '--log-format', 'pretty', '--quiet', '--data', join(dir, 'logs-pretty'), '--http-port', '0', '--host', '127.0.0.1']);
  try {
    await eventually('the address', () => pretty.output().includes('open http://'), 30_000);
    const output = pretty.output();
    expect(output).toMatch(/^\[\d\d:\d\d:\d\d\] NOTICE: open http:\/\/127\.0\.0\.1:\d+\/ on a phone/m);
    // Not a terminal: no colour codes. --quiet: news such as the radio connecting is left out, not the address.
    expect(output).not.toContain('\u001b[');
    expect(output).not.toContain('INFO');
    expect(output).not.toContain('{"level"');
  } finally {
    await stop(pretty);
  }
}, 60_000);
