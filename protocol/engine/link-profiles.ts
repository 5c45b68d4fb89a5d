/**
 * Engine settings per kind of link, so the gateway, the simulator and the tests run the same ones. A radio link
 * takes the engine's defaults (sized for ~1 kbit/s shared airtime); an IP link (the MQTT federation) is fast,
 * reliable and unmetered.
 */
import type { EngineOptions } from './engine-types.ts';

/** Engine settings for an IP link: big batches, quick digests, fast resends, no airtime budget. */
export const IP_LINK_ENGINE = {
  link: 'federation',
  airtimeShare: null,
  maxPayloadBytes: 16 * 1024,
  answerMaxEntries: 2_048,
  mirrorAlertText: false,
  digestDebounceMs: 500,
  digestIntervalMs: 60_000,
  ackSpreadMs: 200,
  alertResendMs: 5_000,
  alertAttempts: 8,
  requestRetryMs: 5_000,
  announceIntervalMs: 3_600_000,
  startCheckMs: 0,
} as const satisfies Partial<EngineOptions>;
