/** Error codes of the gateway's radio link. */
import { type CodesOf, defineErrors, withStatus } from '../protocol/meshloom-error.ts';

export const radioErrors = defineErrors({
  MESHLOOM_ERR_RADIO_REFUSED: (res: number, attempts: number) => `the radio refused the packet ${attempts} time(s) (QueueStatus res ${res})`,
  MESHLOOM_ERR_RADIO_BUSY: withStatus(
    429,
    (waiting: number) => `${waiting} messages already wait for the radio (the channel carries about one a few seconds); try again in a minute`,
  ),
  MESHLOOM_ERR_ROUTING: (reason: string) => `the mesh reported routing error ${reason}`,
  MESHLOOM_ERR_NO_QUEUE_STATUS: (attempts: number) => `the radio never confirmed the packet (no QueueStatus after ${attempts} attempts)`,
  MESHLOOM_ERR_ACK_TIMEOUT: (ms: number) => `no ack from the mesh within ${Math.round(ms / 1000)} s`,
  MESHLOOM_ERR_SESSION_CLOSED: () => 'the radio session was closed before the packet was settled',
  MESHLOOM_ERR_RADIO_NOT_CONFIGURED: withStatus(503, () => 'the radio has not said who it is yet; try again in a moment'),
  MESHLOOM_ERR_RESPONSE_TIMEOUT: (portnum: number, ms: number) => `no response on portnum ${portnum} within ${Math.round(ms / 1000)} s`,
  MESHLOOM_ERR_CONNECT_FAILED: (target: string, detail: string) => `cannot open ${target}: ${detail}`,
  MESHLOOM_ERR_LINK_SILENT: (ms: number) => `the radio answered neither a heartbeat nor an owner request within ${Math.round(ms / 1000)} s each`,
  MESHLOOM_ERR_CONFIG_TIMEOUT: (ms: number) => `the radio did not finish its config download within ${Math.round(ms / 1000)} s`,
  MESHLOOM_ERR_BAD_TARGET: (detail: string) => `bad radio address: ${detail}`,
});

declare module '../protocol/meshloom-error.ts' {
  interface ErrorCodes extends CodesOf<typeof radioErrors> {}
}
