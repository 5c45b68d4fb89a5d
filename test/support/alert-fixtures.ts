/** An alert as an operator would raise it, for tests that need one and do not care about its fields. */
import { Severity } from '../../protocol/app/messages.ts';
import type { AlertInput } from '../../protocol/engine/alert-flow.ts';

export function boilWaterAlert(nowMs = Date.now()): AlertInput {
  return {
    headline: 'Boil water before drinking',
    event: 'Water supply',
    instruction: '',
    area: '',
    severity: Severity.MODERATE,
    urgency: 1,
    certainty: 1,
    category: 0,
    response: 0,
    msgType: 0,
    references: [],
    expiresAtMs: nowMs + 3_600_000,
  };
}
