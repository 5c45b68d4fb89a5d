/** Error codes of the Meshtastic stream layer: framing and the radio's protobufs. */
import { type CodesOf, defineErrors, withStatus } from '../meshloom-error.ts';

export const streamErrors = defineErrors({
  MESHLOOM_ERR_FRAME_TOO_LONG: (bytes: number, max: number) => `frame payload of ${bytes} bytes is over the stream API limit of ${max}`,
  MESHLOOM_ERR_FRAME_TRUNCATED: (have: number, declared: number) => `stream ended inside a frame: ${have} of ${declared} payload bytes arrived`,
  MESHLOOM_ERR_FROMRADIO_INVALID: (detail: string) => `frame payload is not a valid FromRadio: ${detail}`,
  MESHLOOM_ERR_TORADIO_INVALID: (detail: string) => `frame payload is not a valid ToRadio: ${detail}`,
  MESHLOOM_ERR_PAYLOAD_TOO_LARGE: withStatus(
    400,
    (bytes: number, max: number, portnum: number) => `payload of ${bytes} bytes on portnum ${portnum} does not fit one packet (at most ${max} bytes)`,
  ),
  MESHLOOM_ERR_PAYLOAD_INVALID: (detail: string) => detail,
});

declare module '../meshloom-error.ts' {
  interface ErrorCodes extends CodesOf<typeof streamErrors> {}
}
