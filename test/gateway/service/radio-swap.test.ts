/**
 * A radio unplugged and another plugged in while the gateway runs: the ledger stays the gateway's. Its engines
 * are made again for the new radio, go on writing the chain the key signed, and name that author on air, so a
 * neighbouring gateway takes what follows as the same chain.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Gateway } from '../../../gateway/service/gateway.ts';
import { loadOrCreateKeys } from '../../../gateway/service/identity.ts';
import { entryDefaults } from '../../../protocol/app/messages.ts';
import type { RadioTransport } from '../../../radio/transport.ts';
import { startNeighbourhood, type Neighbourhood } from '../../../simulator/virtual-radio/neighbourhood.ts';
import { virtualRadioOpener } from '../../../simulator/virtual-radio/in-process-transport.ts';
import { LedgerStore } from '../../../store/ledger-store.ts';
import { eventually } from '../../support/eventually.ts';

const FAST = { digestDebounceMs: 200, ackSpreadMs: 200, startCheckMs: 500 };

let hood: Neighbourhood | undefined;
const running: Gateway[] = [];
afterEach(async () => {
  for (const gateway of running.splice(0)) {
    await gateway.close();
    gateway.store.close();
  }
  hood?.stop();
});

function startGatewayOn(open: () => Promise<RadioTransport>, label: string): Gateway {
  const store = new LedgerStore({ path: ':memory:' });
  const gateway = new Gateway({ session: { open, reconnectInitialMs: 50 }, store, keys: loadOrCreateKeys(store), label, engine: FAST });
  gateway.start();
  running.push(gateway);
  return gateway;
}

const entry = (note: string) => entryDefaults({ minute: Math.floor(Date.now() / 60_000), member: 'ana', note });

describe('a radio swapped under a running gateway', () => {
  it('goes on writing the same chain, named on air, and the neighbour takes it', async () => {
    hood = startNeighbourhood({ gatewayRadios: 2, peers: 1, chatEveryMs: 0 });
    const [first, second] = hood.gatewayRadios as [Neighbourhood['gatewayRadio'], Neighbourhood['gatewayRadio']];
    const openFirst = virtualRadioOpener(first);
    const openSecond = virtualRadioOpener(second);
    let current: RadioTransport | undefined;
    let swapped = false;
    const gateway = startGatewayOn(async () => {
      current = await (swapped ? openSecond() : openFirst());
      return current;
    }, 'Mill Lane');
    const neighbour = startGatewayOn(virtualRadioOpener(hood.peers[0] as Neighbourhood['gatewayRadio']), 'Riverside');
    const logs: string[] = [];
    gateway.on('log', (line) => logs.push(line));
    await eventually('both engines', () => gateway.engine !== undefined && neighbour.engine !== undefined);

    const author = first.nodeNum;
    expect(gateway.postEntry(entry('before the swap'))).toEqual({ author, seq: 1 });
    await eventually('the first entry at the neighbour', () => neighbour.store.chainTip(author)?.seq === 1);

    swapped = true;
    current?.toDevice.destroy();
    await eventually('the engine made again for the new radio', () => gateway.engine?.nodeNum === second.nodeNum);
    expect(gateway.engine?.author).toBe(author);
    expect(logs.some((line) => line.includes(`the ledger goes on as !${author.toString(16)}`))).toBe(true);

    gateway.postEntry(entry('after the swap'));
    await eventually('the second entry at the neighbour', () => neighbour.store.chainTip(author)?.seq === 2);
    expect(neighbour.store.entriesBetween(author, 1, 2).map((e) => e.entry.note)).toEqual(['before the swap', 'after the swap']);
    expect(neighbour.store.chainTip(second.nodeNum)).toBeUndefined();
    expect(Object.entries(neighbour.engine?.counters() ?? {}).filter(([name, n]) => name.startsWith('rejected_') && n > 0)).toEqual([]);
  });
});
