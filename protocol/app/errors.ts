/** Error codes of meshloom's own messages: decoding, signatures, fragments, federation frames. */
import { type CodesOf, defineErrors, withStatus } from '../meshloom-error.ts';

export const appErrors = defineErrors({
  MESHLOOM_ERR_MESSAGE_EMPTY: () => 'empty meshloom payload',
  MESHLOOM_ERR_MESSAGE_VERSION: (version: number) => `meshloom message version ${version} is not one this gateway speaks`,
  MESHLOOM_ERR_MESSAGE_TYPE: (type: number) => `unknown meshloom message type ${type}`,
  MESHLOOM_ERR_MESSAGE_MALFORMED: (type: string, detail: string) => `malformed ${type} message: ${detail}`,
  MESHLOOM_ERR_SIGNATURE_MISSING: (type: string) => `${type} message has no signature`,
  MESHLOOM_ERR_MESSAGE_TOO_LONG: withStatus(400, (bytes: number, max: number) => `message of ${bytes} bytes is over the ${max}-byte limit`),
  MESHLOOM_ERR_FIELD_INVALID: withStatus(400, (field: string, detail: string) => `${field}: ${detail}`),
  MESHLOOM_ERR_FRAGMENT_INVALID: (detail: string) => `bad fragment: ${detail}`,
  MESHLOOM_ERR_FEDERATION_FRAME: (detail: string) => `not a federation frame: ${detail}`,
});

declare module '../meshloom-error.ts' {
  interface ErrorCodes extends CodesOf<typeof appErrors> {}
}
