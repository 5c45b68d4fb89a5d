/**
 * The real Meshtastic firmware (../shared/firmware/meshtasticd-<version>, the native Linux build) as a test
 * radio: started in simulation mode with its phone API on a free TCP port and its flash in a temporary folder,
 * stopped and restarted like a radio that reboots. Tests that need it skip, saying why, where the folder is
 * absent; CI has it.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FirmwareProcess } from '../../simulator/firmware/firmware-process.ts';
import { freePort } from '../../support/local-ports.ts';

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
  private readonly process: FirmwareProcess;

  private constructor(
    readonly binary: FirmwareBinary,
    readonly port: number,
    readonly hwid: number,
  ) {
    this.fsdir = mkdtempSync(join(tmpdir(), `meshtasticd-${binary.generation}-`));
    this.process = new FirmwareProcess({ binary: binary.path, port, fsdir: this.fsdir, hwid });
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
    return this.process.alive;
  }

  /**
   * Boots since start() less the first, counted from the banner each boot prints (the "Rebooting" line can be
   * lost in the output buffer when the process executes itself again).
   */
  get reboots(): number {
    return Math.max(0, this.process.boots - 1);
  }

  /** The firmware's last log lines, for a failing test's message. */
  get log(): string {
    return this.process.log;
  }

  /** Starts the process (again, on the same port and flash) and waits until its API accepts connections. */
  run(): Promise<void> {
    return this.process.start();
  }

  /** Stops the process: SIGTERM, and waits for it to exit. */
  stop(): Promise<void> {
    return this.process.stop();
  }

  async remove(): Promise<void> {
    await this.stop();
    rmSync(this.fsdir, { recursive: true, force: true });
  }
}
