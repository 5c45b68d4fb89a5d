/** Error codes of real firmware nodes in the simulated air. */
import { type CodesOf, defineErrors } from '../../protocol/meshloom-error.ts';

export const simulatorErrors = defineErrors({
  MESHLOOM_ERR_FIRMWARE_START: (binary: string, detail: string) => `the firmware ${binary} did not start: ${detail}`,
  MESHLOOM_ERR_FIRMWARE_API: (node: number, detail: string) => `firmware node ${node}: ${detail}`,
});

declare module '../../protocol/meshloom-error.ts' {
  interface ErrorCodes extends CodesOf<typeof simulatorErrors> {}
}
