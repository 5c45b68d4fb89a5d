/**
 * Which firmware file a board takes: its Meshtastic hardware model, the PlatformIO environment the release
 * names its files after, and how it is flashed (ESP32 chips over serial with esptool; nRF52 and RP2040 boards
 * by copying a UF2 file to the drive their bootloader mounts). The common boards of neighbourhood meshes;
 * others can still be flashed by naming the file.
 */
import { Mesh } from '@meshtastic/protobufs';

export type FlashMethod = 'esptool' | 'uf2';

export interface Board {
  hwModel: Mesh.HardwareModel;
  env: string;
  method: FlashMethod;
}

const H = Mesh.HardwareModel;

const BOARDS: readonly Board[] = [
  { hwModel: H.TBEAM, env: 'tbeam', method: 'esptool' },
  { hwModel: H.LILYGO_TBEAM_S3_CORE, env: 'tbeam-s3-core', method: 'esptool' },
  { hwModel: H.HELTEC_V3, env: 'heltec-v3', method: 'esptool' },
  { hwModel: H.HELTEC_WSL_V3, env: 'heltec-wsl-v3', method: 'esptool' },
  { hwModel: H.HELTEC_V2_1, env: 'heltec-v2_1', method: 'esptool' },
  { hwModel: H.HELTEC_WIRELESS_TRACKER, env: 'heltec-wireless-tracker', method: 'esptool' },
  { hwModel: H.HELTEC_WIRELESS_PAPER, env: 'heltec-wireless-paper', method: 'esptool' },
  { hwModel: H.TLORA_V2_1_1P6, env: 'tlora-v2-1-1_6', method: 'esptool' },
  { hwModel: H.T_DECK, env: 't-deck', method: 'esptool' },
  { hwModel: H.STATION_G2, env: 'station-g2', method: 'esptool' },
  { hwModel: H.NANO_G1, env: 'nano-g1', method: 'esptool' },
  { hwModel: H.RAK4631, env: 'rak4631', method: 'uf2' },
  { hwModel: H.T_ECHO, env: 't-echo', method: 'uf2' },
  { hwModel: H.NANO_G2_ULTRA, env: 'nano-g2-ultra', method: 'uf2' },
  { hwModel: H.RPI_PICO, env: 'pico', method: 'uf2' },
  { hwModel: H.RAK11310, env: 'rak11310', method: 'uf2' },
];

/** A board by its hardware model's name (HELTEC_V3) or number. */
export function boardByModel(model: string | number): Board | undefined {
  const value = typeof model === 'number' ? model : (H as unknown as Record<string, number>)[model.toUpperCase()];
  return BOARDS.find((b) => b.hwModel === value);
}

/** The hardware models meshloom can pick a file for, as --hw takes them. */
export function boardNames(): string[] {
  return BOARDS.map((b) => modelName(b.hwModel));
}

export function modelName(hwModel: Mesh.HardwareModel): string {
  return H[hwModel] ?? String(hwModel);
}
