/** Error codes of the engine's own refusals. */
import { type CodesOf, defineErrors, withStatus } from '../meshloom-error.ts';

export const engineErrors = defineErrors({
  MESHLOOM_ERR_IDENTITY_TAKEN: withStatus(409, (id: string) => `${id} is already the identity of a gateway this one knows; pick another`),
});

declare module '../meshloom-error.ts' {
  interface ErrorCodes extends CodesOf<typeof engineErrors> {}
}
