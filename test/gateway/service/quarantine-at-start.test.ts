/**
 * A gateway whose SQLite file holds a row it cannot read (an old bug wrote it, or the disk flipped bits) starts,
 * serves, and says what it set aside; before, it died at every start.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import type { RunningGateway } from '../../../gateway/service/start-gateway.ts';
import { startEmbeddedGateway } from '../../support/embedded-gateway.ts';
import { boilWaterAlert } from '../../support/alert-fixtures.ts';

let running: RunningGateway | undefined;
let dir: string | undefined;
afterEach(async () => {
  await running?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it('quarantines an unreadable alert at start-up, reports it, and serves', async () => {
  dir = mkdtempSync(join(tmpdir(), 'meshloom-quarantine-'));
  const first = await startEmbeddedGateway(dir);
  first.gateway.postAlert(boilWaterAlert());
  await first.close();

  const db = new Database(join(dir, 'embedded.sqlite'));
  expect(db.prepare('UPDATE alerts SET body = ?').run(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f])).changes).toBe(1);
  db.close();

  const lines: string[] = [];
  running = await startEmbeddedGateway(dir, lines);
  const alerts = await fetch(`${running.url}api/alerts?state=all`);
  expect(alerts.status).toBe(200);
  expect(await alerts.json()).toEqual([]);
  const status = (await (await fetch(`${running.url}api/status`)).json()) as { quarantined: number };
  expect(status.quarantined).toBe(1);
  expect(lines.some((line) => line.includes('quarantined alerts !'))).toBe(true);
});
