/**
 * A gateway on several links (its radio, the MQTT federation) runs one engine per link over one store. What one
 * engine learns the others must pass on: federated alerts are relayed, and a grown ledger is announced in each
 * link's next digest so its peers come and ask. Pure: the gateway and the tests call it with the events they drain.
 */
import type { MeshloomEngine } from './engine.ts';
import type { EngineEvent } from './engine-types.ts';

export function relayEvent(source: MeshloomEngine, event: EngineEvent, engines: Iterable<MeshloomEngine>, nowMs: number): void {
  for (const engine of engines) {
    if (engine === source) continue;
    if (event.type === 'alert') engine.relayAlert(nowMs, event.alert);
    else if (event.type === 'entry') engine.digestSoon(nowMs);
  }
}
