/** The alert the engine and federation tests raise: a flood, severe, for six hours from `nowMs`. */
import { MsgType, Severity } from '../../../protocol/app/messages.ts';
import type { AlertInput } from '../../../protocol/engine/alert-flow.ts';

export function floodAlert(nowMs: number, extra: Partial<AlertInput> = {}): AlertInput {
  return {
    headline: 'River over the bank at the footbridge',
    event: 'Flood',
    instruction: 'Move cars off Mill Lane',
    area: 'Mill Lane and the allotments',
    severity: Severity.SEVERE,
    urgency: 1,
    certainty: 1,
    category: 1,
    response: 3,
    msgType: MsgType.ALERT,
    references: [],
    expiresAtMs: nowMs + 6 * 3_600_000,
    ...extra,
  };
}
