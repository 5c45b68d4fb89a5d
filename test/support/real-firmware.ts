/**
 * The real Meshtastic firmware (../shared/firmware/meshtasticd-<version>, the native Linux build) as a test
 * radio: started in simulation mode with its phone API on a free TCP port and its flash in a temporary folder,
 * stopped and restarted like a radio that reboots. Tests that need it skip, saying why, where the folder is
 * absent; CI has it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventually } from './eventually.ts';
import { accepts, freePort } from './ports.ts';

const FIRMWARE_DIR = resolve(fileURLToPath(new URL('../../../shared/firmware', import.meta.url)));

export interface FirmwareBinary {
  /** "2.7.26.54e0d8d" */
  version: string;
  /** "2.7" */
  generation: string;
  path: string;
}

/** Every firmware build present, oldest first. */
export function firmwareBinaries(): FirmwareBinary[] {
  if (!existsSync(FIRMWARE_DIR)) return [];
  return readdirSync(FIRMWARE_DIR)
    .filter((name) => /^meshtasticd-\d+\.\d+\.\d+/.test(name))
    .map((name) => {
      const version = name.slice('meshtasticd-'.length);
      return { version, generation: version.split('.').slice(0, 2).join('.'), path: join(FIRMWARE_DIR, name) };
    })
    .sort((a, b) => a.version.localeCompare(b.version, 'en', { numeric: true }));
}

export const NO_FIRMWARE_REASON = `no firmware builds in ${FIRMWARE_DIR}: the real-firmware tests are skipped`;

export class FirmwareNode {
  readonly fsdir: string;
  private process: ChildProcess | undefined;
  private output: string[] = [];
  private boots = 0;

  private constructor(
    readonly binary: FirmwareBinary,
    readonly port: number,
    readonly hwid: number,
  ) {
    this.fsdir = mkdtempSync(join(tmpdir(), `meshtasticd-${binary.generation}-`));
  }

  static async start(binary: FirmwareBinary, hwid: number): Promise<FirmwareNode> {
    const node = new FirmwareNode(binary, await freePort(), hwid);
    await node.run();
    return node;
  }

  get target(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** The process started by run() has not exited (a reboot of the Linux build re-executes it in place). */
  get alive(): boolean {
    return this.process?.exitCode === null && this.process.signalCode === null;
  }

  /**
   * Boots since start() less the first, counted from the banner each boot prints (the "Rebooting" line can be
   * lost in the output buffer when the process executes itself again).
   */
  get reboots(): number {
    return Math.max(0, this.boots - 1);
  }

  /** The firmware's last log lines, for a failing test's message. */
  get log(): string {
    return this.output.slice(-40).join('');
  }

  /** Starts the process (again, on the same port and flash) and waits until its API accepts connections. */
  async run(): Promise<void> {
    const child = spawn(this.binary.path, ['--sim', '--port', String(this.port), '--fsdir', this.fsdir, '--hwid', String(this.hwid)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.process = child;
    const keep = (chunk: Buffer) => {
      const text = chunk.toString();
      this.output.push(text);
      this.boots += text.match(/Portduino is starting/g)?.length ?? 0;
      if (this.output.length > 200) this.output = this.output.slice(-100);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    await eventually(`meshtasticd ${this.binary.version} accepting on ${this.port}`, async () => child.exitCode === null && (await accepts(this.port)), 20_000);
  }

  /** Stops the process as a power cut would not: SIGTERM, and waits for it to exit. */
  async stop(): Promise<void> {
    const child = this.process;
    this.process = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }

  async remove(): Promise<void> {
    await this.stop();
    rmSync(this.fsdir, { recursive: true, force: true });
  }
}
