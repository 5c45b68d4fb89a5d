/**
 * Numbers of the Meshtastic stream API (serial and TCP), as the stock firmware uses them
 * (firmware src/mesh/StreamAPI.cpp, PhoneAPI.cpp, mesh.options; see docs/meshtastic-facts.md).
 */

export const FRAME_START1 = 0x94;
export const FRAME_START2 = 0xc3;
export const FRAME_HEADER_BYTES = 4;
/** MAX_TO_FROM_RADIO_SIZE: the firmware drops a frame that declares a longer payload. */
export const MAX_FRAME_PAYLOAD_BYTES = 512;

/** What the python client writes to wake a sleeping radio and resync its parser before want_config. */
export const WAKE_BYTES: Uint8Array = new Uint8Array(32).fill(FRAME_START2);
export const WAKE_SETTLE_MS = 100;

/** want_config_id nonces with a special meaning to the firmware. */
export const NONCE_ONLY_CONFIG = 69420;
export const NONCE_ONLY_NODES = 69421;

/** DATA_PAYLOAD_LEN: most bytes a Data.payload may hold. */
export const DATA_PAYLOAD_MAX_BYTES = 233;
/** Most bytes an encoded Data may have on a channel (255 on air less the 16-byte header). */
export const ENCODED_DATA_MAX_BYTES = 239;

export const BROADCAST_NUM = 0xffffffff;
/**
 * Node numbers below this are reserved (0 unset, 1 broadcast without LoRa); the firmware picks a new number
 * for a radio whose own would fall there (NodeDB NUM_RESERVED).
 */
export const FIRST_NODE_NUM = 4;

/** True for a number a node on the air may have. */
export function isNodeNum(num: number): boolean {
  return Number.isInteger(num) && num >= FIRST_NODE_NUM && num < BROADCAST_NUM;
}

/** Serial clients are dropped after 15 minutes without any ToRadio. */
export const CLIENT_TIMEOUT_MS = 15 * 60_000;
/** What the official clients use for ToRadio.heartbeat. */
export const HEARTBEAT_INTERVAL_MS = 300_000;

/** The firmware's transmit queue length reported in QueueStatus.maxlen. */
export const TX_QUEUE_MAXLEN = 16;
/** The firmware ignores a ToRadio packet id it saw among this many recent ones. */
export const RECENT_PACKET_IDS = 20;

export const DEFAULT_SERIAL_BAUD = 115200;
export const DEFAULT_TCP_PORT = 4403;
