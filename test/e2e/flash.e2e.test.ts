/**
 * Flashing as far as it can be tested without a board: the Web Serial adapter esptool-js runs on, over a real
 * pseudo-terminal; esptool-js giving up cleanly when no bootloader answers; the CLI's dry runs, its choice of file
 * by asking a running radio its model, and a real UF2 copy.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Mesh } from '@meshtastic/protobufs';
import { SerialPort } from 'serialport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flashEsp32 } from '../../firmware-scripts/flash/esp32-flash.ts';
import { NodeWebSerialPort } from '../../firmware-scripts/flash/node-web-serial.ts';
import { exposeOverPty, type PtyEndpoint } from '../../simulator/virtual-radio/endpoints.ts';
import { VirtualRadio } from '../../simulator/virtual-radio/virtual-radio.ts';
import { esp32FactoryImage, esp32Image, uf2Image } from '../support/firmware-images.ts';
import { runCli } from './cli-helpers.ts';
import { eventually } from '../support/eventually.ts';

const dir = mkdtempSync(join(tmpdir(), 'meshloom-flash-e2e-'));
let socat: ChildProcess;
const [A, B] = [join(dir, 'ttyA'), join(dir, 'ttyB')];

beforeAll(async () => {
  socat = spawn('socat', [`pty,raw,echo=0,link=${A}`, `pty,raw,echo=0,link=${B}`]);
  await eventually('socat to make a pty pair', () => existsSync(A) && existsSync(B), 5_000);
});
afterAll(() => {
  socat.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('the Web Serial adapter under esptool-js', () => {
  it('carries bytes both ways through WHATWG streams', async () => {
    const web = new NodeWebSerialPort(A);
    await web.open({ baudRate: 115200 });
    const other = new SerialPort({ path: B, baudRate: 115200 });
    await new Promise((resolve) => other.once('open', resolve));
    const writer = web.writable!.getWriter();
    await writer.write(Uint8Array.of(0xc0, 0x00, 0x08, 0xc0));
    writer.releaseLock();
    expect([...(await new Promise<Buffer>((resolve) => other.once('data', resolve)))]).toEqual([0xc0, 0x00, 0x08, 0xc0]);
    other.write(Buffer.from([1, 2, 3]));
    const reader = web.readable!.getReader();
    const { value } = await reader.read();
    reader.releaseLock();
    expect([...(value ?? [])]).toEqual([1, 2, 3]);
    await web.setSignals({ dataTerminalReady: false, requestToSend: true });
    expect(web.signalsUnsupported).toBe(true);
    await web.close();
    await new Promise<void>((resolve) => other.close(() => resolve()));
  });

  it('gives up with a clear error when no ESP32 bootloader answers', async () => {
    const image = join(dir, 'firmware-heltec-v3.bin');
    writeFileSync(image, esp32Image(3, 1));
    const started = Date.now();
    await expect(flashEsp32({ port: A, file: image, address: 0x10000, connectTimeoutMs: 3_000 })).rejects.toMatchObject({
      code: 'MESHLOOM_ERR_FLASH_NO_BOOTLOADER',
      message: expect.stringContaining('hold BOOT while pressing RESET'),
    });
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('meshloom flash', () => {
  const release = join(dir, 'firmware-2.6.11');
  beforeAll(() => {
    mkdirSync(release);
    writeFileSync(join(release, 'firmware-heltec-v3-2.6.11.aa.bin'), esp32Image(2, 3));
    writeFileSync(join(release, 'firmware-heltec-v3-2.6.11.aa.factory.bin'), esp32FactoryImage(3));
    writeFileSync(join(release, 'firmware-rak4631-2.6.11.aa.uf2'), uf2Image(4, 3));
  });

  it('names the boards it knows when --hw is not one of them', async () => {
    const result = await runCli(['flash', '--dry-run', '--hw', 'HELTEC_V2', release]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('HELTEC_V2 is not a board meshloom knows (did you mean "HELTEC_V3"?); it knows TBEAM,');
  });

  it('refuses a truncated image, even with --dry-run, before touching anything', async () => {
    const cut = join(dir, 'firmware-heltec-v3-cut.bin');
    writeFileSync(cut, esp32Image(2, 3).subarray(0, 900));
    const result = await runCli(['flash', '--dry-run', '--port', A, cut]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is truncated: segment 1 of 2 needs');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('says what it would write for an ESP32 board, touching nothing', async () => {
    const result = await runCli(['flash', '--dry-run', '--hw', 'HELTEC_V3', '--port', A, release]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/would write .*firmware-heltec-v3-2\.6\.11\.aa\.bin \(2 KiB\) at 0x10000 on /);
  });

  it('asks a radio that runs Meshtastic which board it is', async () => {
    const radio = new VirtualRadio({ nodeNum: 0x77, hwModel: Mesh.HardwareModel.HELTEC_V3, bootMs: 50 });
    let pty: PtyEndpoint | undefined;
    try {
      pty = await exposeOverPty(radio, { path: join(dir, 'heltec') });
      const result = await runCli(['flash', '--dry-run', '--port', pty.path, release]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('the radio says it is a HELTEC_V3');
      expect(result.stdout).toContain('firmware-heltec-v3-2.6.11.aa.bin');
    } finally {
      await pty?.close();
    }
  });

  it('copies a UF2 onto the bootloader drive', async () => {
    const drive = join(dir, 'RAK4631');
    mkdirSync(drive);
    writeFileSync(join(drive, 'INFO_UF2.TXT'), 'UF2 Bootloader\n');
    const result = await runCli(['flash', '--drive', drive, '--hw', 'RAK4631', release]);
    expect(result.code).toBe(0);
    expect(readFileSync(join(drive, 'firmware-rak4631-2.6.11.aa.uf2'))).toEqual(uf2Image(4, 3));
  });

  it('refuses a UF2 copy to a folder that is no bootloader drive', async () => {
    const result = await runCli(['flash', '--drive', dir, '--hw', 'RAK4631', release]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('INFO_UF2.TXT');
  });
});
