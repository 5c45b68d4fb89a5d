/** Running the real `meshloom` command as a child process, the way a user does. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { eventually } from '../support/eventually.ts';

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

export interface RunningCli {
  child: ChildProcess;
  /** Resolves with stdout's lines once it has `count` of them. */
  lines: (count: number, timeoutMs?: number) => Promise<string[]>;
  /** Resolves once stderr (where the commands say what they are doing) contains `text`. */
  said: (text: string, timeoutMs?: number) => Promise<void>;
  /** Everything on stderr so far. */
  errors: () => string;
  /** Everything on stdout so far. */
  output: () => string;
}

/** Start a long-running command. */
export function startCli(args: string[]): RunningCli {
  const child = spawn(process.execPath, [MESHLOOM_BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let buffer = '';
  let errors = '';
  child.stdout?.on('data', (c: Buffer) => (buffer += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (errors += c.toString()));
  return {
    child,
    lines: async (count, timeoutMs = 15_000) => {
      const lines = () => buffer.split('\n').filter(Boolean);
      await eventually(`${count} lines of output`, () => lines().length >= count, timeoutMs);
      return lines();
    },
    said: (text, timeoutMs = 15_000) => eventually(`"${text}" on stderr (so far: ${errors})`, () => errors.includes(text), timeoutMs),
    errors: () => errors,
    output: () => buffer,
  };
}

/** Stop child processes and wait until each has exited. */
export async function stopAll(children: ChildProcess[]): Promise<void> {
  await Promise.all(
    children.map((child) => {
      if (child.exitCode !== null || child.signalCode !== null) return undefined;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      return exited;
    }),
  );
}
