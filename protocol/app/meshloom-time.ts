/** meshloom counts time in whole minutes since 2024-01-01T00:00Z: three bytes on air until 2027-12, four after. */
const MESHLOOM_EPOCH_MS = Date.UTC(2024, 0, 1);

export function toMinute(ms: number): number {
  return Math.max(0, Math.floor((ms - MESHLOOM_EPOCH_MS) / 60_000));
}

export function fromMinute(minute: number): number {
  return MESHLOOM_EPOCH_MS + minute * 60_000;
}
