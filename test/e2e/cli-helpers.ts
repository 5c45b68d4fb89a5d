/** Running the real `meshloom` command as a child process, the way a user does. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const MESHLOOM_BIN = fileURLToPath(new URL('../../bin/meshloom.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { input?: Uint8Array; timeoutMs?: number } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MESHLOOM_BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`meshloom ${args.join(' ')} did not finish; stderr: ${stderr}`));
    }, options.timeoutMs ?? 15_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? undefined);
  });
}

/** Start a long-running command; resolves once its stdout has `lines` lines. */
export function startCli(args: string[]): { child: ChildProcess; lines: (count: number, timeoutMs?: number) => Promise<string[]> } {
  const child = spawn(process.execPath, [MESHLOOM_BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let buffer = '';
  child.stdout?.on('data', (c: Buffer) => (buffer += c.toString()));
  return {
    child,
    lines: async (count, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const lines = buffer.split('\n').filter(Boolean);
        if (lines.length >= count) return lines;
        if (Date.now() > deadline) throw new Error(`only ${lines.length} of ${count} lines in time`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
  };
}
