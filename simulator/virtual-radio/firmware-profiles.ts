/**
 * How each firmware generation behaves where generations differ, as measured against the real builds in
 * ../shared/firmware (test/e2e/firmware-contract.e2e.test.ts runs one script against both and compares). The
 * virtual radio answers as the profile it is given.
 */
export type FirmwareGeneration = '2.6' | '2.7' | '2.8';

export interface FirmwareProfile {
  generation: FirmwareGeneration;
  /** What DeviceMetadata.firmware_version says. */
  version: string;
  /** 2.7 and later answer a client heartbeat with a QueueStatus; 2.6 answers nothing. */
  answersHeartbeat: boolean;
}

export const FIRMWARE_PROFILES: Readonly<Record<FirmwareGeneration, FirmwareProfile>> = {
  '2.6': { generation: '2.6', version: '2.6.11.60ec05e', answersHeartbeat: false },
  '2.7': { generation: '2.7', version: '2.7.26.54e0d8d', answersHeartbeat: true },
  '2.8': { generation: '2.8', version: '2.8.0.7754068', answersHeartbeat: true },
};

export const DEFAULT_FIRMWARE: FirmwareGeneration = '2.7';

export function isFirmwareGeneration(value: string): value is FirmwareGeneration {
  return Object.hasOwn(FIRMWARE_PROFILES, value);
}
