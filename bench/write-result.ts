/** Where benches put their figures: bench/results/NAME.json, with the machine they ran on. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function writeResult(name: string, figures: Record<string, number | null>, details: Record<string, unknown> = {}): void {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'results');
  mkdirSync(dir, { recursive: true });
  const result = {
    ...figures,
    details,
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version },
    measuredAt: new Date().toISOString(),
  };
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(figures));
}
