/**
 * Error codes of the web API, each with its HTTP status. Bodies are always `{ error: CODE, message }`; errors of
 * other areas that reach a client carry their own status from their table (a field out of range is 400, a radio
 * not configured yet 503), and anything else is 500.
 */
import { type CodesOf, defineErrors, type MeshloomError, withStatus } from '../../protocol/meshloom-error.ts';

export const webErrors = defineErrors({
  MESHLOOM_ERR_BAD_REQUEST: withStatus(400, (detail: string) => detail),
  MESHLOOM_ERR_SECRET_REQUIRED: withStatus(401, () => 'this neighbourhood asks for its secret words to record anything (header x-meshloom-secret)'),
  MESHLOOM_ERR_TOO_MANY_GUESSES: withStatus(
    429,
    (seconds: number) => `too many wrong guesses at this gateway; try again in ${seconds} s (phones that gave the secret before are not affected)`,
  ),
  MESHLOOM_ERR_OPERATOR_REQUIRED: withStatus(401, () => 'operators only: log in with the operator password first'),
  MESHLOOM_ERR_OPERATOR_PASSWORD: withStatus(401, () => 'wrong operator password'),
  MESHLOOM_ERR_NOT_FOUND: withStatus(404, (detail: string) => detail),
  MESHLOOM_ERR_RATE_LIMITED: withStatus(429, (detail: string) => detail),
  MESHLOOM_ERR_BUSY: withStatus(503, (detail: string) => `${detail}; try again in a minute`),
  MESHLOOM_ERR_MAP_TILES: (path: string, why: string) => `cannot use the map tiles ${path}: ${why}`,
  MESHLOOM_ERR_HOST_REFUSED: withStatus(
    421,
    (host: string) => `this gateway does not answer to the name "${host}"; open it by its own address, or add the name with --allowed-hosts`,
  ),
});

declare module '../../protocol/meshloom-error.ts' {
  interface ErrorCodes extends CodesOf<typeof webErrors> {}
}

/** The HTTP status to answer `error` with. */
export function statusOf(error: MeshloomError): number {
  return error.statusCode ?? 500;
}
