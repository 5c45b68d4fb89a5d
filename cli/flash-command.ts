/**
 * `meshloom flash [--port PATH] FIRMWARE`: a firmware file, or a Meshtastic release folder from which the
 * board's file is chosen by its hardware model (--hw, or asked of the radio when it runs Meshtastic). ESP32
 * boards are flashed over serial with esptool-js; nRF52 and RP2040 boards by copying the UF2 to their
 * bootloader drive. --dry-run says what would happen and touches nothing.
 */
import { statSync } from 'node:fs';
import { boardByModel, boardNames, modelName, type Board } from '../firmware-scripts/flash/boards.ts';
import { chooseFirmware } from '../firmware-scripts/flash/choose-firmware.ts';
import { flashEsp32 } from '../firmware-scripts/flash/esp32-flash.ts';
import { flashErrors } from '../firmware-scripts/flash/flash-errors.ts';
import { copyUf2, checkUf2Drive, findUf2Drives } from '../firmware-scripts/flash/uf2-copy.ts';
import { RadioSession } from '../radio/radio-session.ts';
import { serialOpener } from '../radio/serial-transport.ts';
import { progressBar } from './progress-bar.ts';
import { didYouMean } from '../support/nearest-name.ts';

export interface FlashFlags {
  port?: string;
  hw?: string;
  drive?: string;
  dryRun?: boolean;
}

const say = (line: string) => process.stdout.write(`${line}\n`);

export async function runFlash(firmware: string, flags: FlashFlags): Promise<void> {
  const board = await whichBoard(firmware, flags);
  const choice = chooseFirmware(firmware, board);
  const size = `${(choice.bytes / 1024).toFixed(0)} KiB`;
  if (choice.method === 'uf2') {
    const drive = flags.drive ?? onlyDrive();
    checkUf2Drive(drive);
    if (flags.dryRun) {
      say(`would copy ${choice.path} (${size}) to the bootloader drive ${drive}; the board then flashes itself and restarts`);
      return;
    }
    const target = copyUf2(choice.path, drive, progressBar('copying'));
    say(`copied to ${target}; the board flashes itself and restarts`);
    return;
  }
  if (!flags.port) throw flashErrors.MESHLOOM_ERR_FLASH_BOARD('an ESP32 image is written over serial: give --port PATH');
  const at = `0x${choice.address.toString(16)}`;
  if (flags.dryRun) {
    say(`would write ${choice.path} (${size}) at ${at} on ${flags.port} with esptool (the chip is detected when flashing)`);
    return;
  }
  say(`flashing ${choice.path} (${size}) at ${at} on ${flags.port}; keep the board plugged in`);
  const { chip } = await flashEsp32({
    port: flags.port,
    file: choice.path,
    address: choice.address,
    onProgress: progressBar('writing'),
    log: (line) => process.stderr.write(`esptool: ${line}\n`),
  });
  say(`done: ${chip} flashed and restarted`);
}

async function whichBoard(firmware: string, flags: FlashFlags): Promise<Board | undefined> {
  if (flags.hw) {
    const board = boardByModel(flags.hw);
    if (!board) {
      throw flashErrors.MESHLOOM_ERR_FLASH_BOARD(
        `${flags.hw} is not a board meshloom knows${didYouMean(flags.hw, boardNames())}; it knows ${boardNames().join(', ')}, or name the firmware file instead of the folder`,
      );
    }
    return board;
  }
  if (!flags.port || !statSync(firmware, { throwIfNoEntry: false })?.isDirectory()) return undefined;
  // A radio that already runs Meshtastic says which board it is.
  const session = new RadioSession({ open: serialOpener({ path: flags.port }) });
  session.start();
  try {
    const device = await session.whenConfigured(15_000);
    const hwModel = device.metadata?.hwModel ?? device.ownNode?.user?.hwModel ?? 0;
    const board = boardByModel(hwModel);
    if (!board)
      throw flashErrors.MESHLOOM_ERR_FLASH_BOARD(`the radio is a ${modelName(hwModel)}, which meshloom has no table entry for; name the firmware file`);
    say(`the radio says it is a ${modelName(hwModel)}`);
    return board;
  } finally {
    await session.close();
  }
}

function onlyDrive(): string {
  const drives = findUf2Drives();
  if (drives.length === 1) return drives[0] as string;
  if (drives.length === 0) throw flashErrors.MESHLOOM_ERR_FLASH_DRIVE('none is mounted; double-press RESET on the board, or give --drive PATH');
  throw flashErrors.MESHLOOM_ERR_FLASH_DRIVE(`several are mounted (${drives.join(', ')}); pick one with --drive`);
}
