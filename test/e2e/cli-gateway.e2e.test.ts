/** `meshloom gateway` refusing settings that would leave it less safe than the operator believes. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runCli } from './cli-helpers.ts';

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
