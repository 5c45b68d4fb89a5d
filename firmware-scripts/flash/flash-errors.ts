/** Error codes of flashing. */
import { type CodesOf, defineErrors } from '../../protocol/meshloom-error.ts';

export const flashErrors = defineErrors({
  MESHLOOM_ERR_FLASH_FILE: (path: string, detail: string) => `${path} ${detail}`,
  MESHLOOM_ERR_FLASH_BOARD: (detail: string) => `which board? ${detail}`,
  MESHLOOM_ERR_FLASH_DRIVE: (detail: string) => `no bootloader drive: ${detail}`,
  MESHLOOM_ERR_FLASH_NO_BOOTLOADER: (port: string, detail: string) =>
    `no ESP32 bootloader answered on ${port} (${detail}); hold BOOT while pressing RESET, then try again`,
  MESHLOOM_ERR_FLASH_WRITE: (detail: string) => `flashing failed: ${detail}`,
});

declare module '../../protocol/meshloom-error.ts' {
  interface ErrorCodes extends CodesOf<typeof flashErrors> {}
}
