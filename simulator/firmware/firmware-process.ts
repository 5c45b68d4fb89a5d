/**
 * One real Meshtastic firmware process (meshtasticd, the native Linux build) in simulation mode: its phone API on
 * a loopback port, its flash in a folder of its own. Started, stopped (as a node that fails) and started again on
 * the same port and flash (as a node that comes back), with the tail of its log kept for error messages.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { accepts } from '../../support/local-ports.ts';
import { simulatorErrors } from './errors.ts';

export interface FirmwareProcessOptions {
  /** The meshtasticd binary. */
  binary: string;
  port: number;
  /** Its flash: prefs, node DB, keys. Reused across restarts, so the node keeps its number and keys. */
  fsdir: string;
  /** Sets the MAC and so the default names (and the node number before 2.8). */
  hwid: number;
  /** How long start() waits for the API to accept connections. Default 20 s. */
  startTimeoutMs?: number;
}

const LOG_LINES_KEPT = 60;

export class FirmwareProcess {
  private child: ChildProcess | undefined;
  private logTail: string[] = [];
  private bootCount = 0;

  constructor(readonly options: FirmwareProcessOptions) {}

  get port(): number {
    return this.options.port;
  }

  /** The process started last has not exited (a reboot of the Linux build re-executes it in place). */
  get alive(): boolean {
    return this.child?.exitCode === null && this.child.signalCode === null;
  }

  /** Boots seen, counted from the banner each boot prints. */
  get boots(): number {
    return this.bootCount;
  }

  /** The firmware's last log lines, for an error message. */
  get log(): string {
    return this.logTail.join('');
  }

  /** Start the process and wait until its API accepts connections. */
  async start(): Promise<void> {
    const { binary, port, fsdir, hwid } = this.options;
    const child = spawn(binary, ['--sim', '--port', String(port), '--fsdir', fsdir, '--hwid', String(hwid)], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    const spawnFailed = new Promise<Error>((resolve) => child.once('error', resolve));
    const keep = (chunk: Buffer) => {
      const text = chunk.toString();
      this.logTail.push(text);
      this.bootCount += text.match(/Portduino is starting/g)?.length ?? 0;
      if (this.logTail.length > 2 * LOG_LINES_KEPT) this.logTail = this.logTail.slice(-LOG_LINES_KEPT);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const deadline = Date.now() + (this.options.startTimeoutMs ?? 20_000);
    let waitMs = 20;
    for (;;) {
      const failed = await Promise.race([spawnFailed, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), waitMs))]);
      if (failed) throw simulatorErrors.MESHLOOM_ERR_FIRMWARE_START(binary, failed.message);
      if (child.exitCode !== null || child.signalCode !== null)
        throw simulatorErrors.MESHLOOM_ERR_FIRMWARE_START(binary, `it exited (${child.exitCode ?? child.signalCode}): ${this.lastLines(3)}`);
      if (await accepts(port)) return;
      if (Date.now() > deadline) {
        await this.stop();
        throw simulatorErrors.MESHLOOM_ERR_FIRMWARE_START(binary, `its API did not open on port ${port}: ${this.lastLines(3)}`);
      }
      waitMs = Math.min(200, waitMs * 2);
    }
  }

  /** SIGTERM, and wait for the exit (SIGKILL after 5 s). */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }

  private lastLines(count: number): string {
    return this.log.trim().split('\n').slice(-count).join(' | ') || 'no output';
  }
}
