/** Error codes of the web API, each with its HTTP status. Bodies are always `{ error: CODE, message }`. */
import { MeshloomError } from '../../protocol/meshloom-error.ts';

export const HTTP_STATUS: Readonly<Record<string, number>> = {
  MESHLOOM_ERR_FIELD_INVALID: 400,
  MESHLOOM_ERR_PAYLOAD_TOO_LARGE: 400,
  MESHLOOM_ERR_MESSAGE_TOO_LONG: 400,
  MESHLOOM_ERR_BAD_REQUEST: 400,
  MESHLOOM_ERR_PIN_REQUIRED: 401,
  MESHLOOM_ERR_OPERATOR_REQUIRED: 401,
  MESHLOOM_ERR_OPERATOR_PASSWORD: 401,
  MESHLOOM_ERR_NOT_FOUND: 404,
  MESHLOOM_ERR_RATE_LIMITED: 429,
  MESHLOOM_ERR_RADIO_NOT_CONFIGURED: 503,
};

export function httpError(code: string, message: string): MeshloomError {
  return new MeshloomError(code, message);
}

export function statusOf(code: string): number {
  return HTTP_STATUS[code] ?? 500;
}
