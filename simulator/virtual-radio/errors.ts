/** Error codes of the virtual radio's endpoints. */
import { type CodesOf, defineErrors } from '../../protocol/meshloom-error.ts';

export const endpointErrors = defineErrors({
  MESHLOOM_ERR_SOCAT: (detail: string) => detail,
});

declare module '../../protocol/meshloom-error.ts' {
  interface ErrorCodes extends CodesOf<typeof endpointErrors> {}
}
