/** What the status page shows of a broker URL: never a credential, whatever characters the password holds. */
import { describe, expect, it } from 'vitest';
import { brokerForDisplay } from '../../../gateway/federation/federation-options.ts';

describe('brokerForDisplay', () => {
  it.each([
    ['mqtt://10.0.0.5:1883', 'mqtt://10.0.0.5:1883'],
    ['mqtt://user:secret@10.0.0.5:1883', 'mqtt://10.0.0.5:1883'],
    ['mqtts://gw:p@ss@broker.example:8883/path', 'mqtts://broker.example:8883'],
    ['ws://u:%2Fx%40y@h:9001/mqtt', 'ws://h:9001'],
    ['mqtt://user:se@cr/et@10.0.0.5:1883', 'mqtt://(address hidden)'],
    ['mqtt://user:pa/ss@host:1883', 'mqtt://(address hidden)'],
    ['not a url with s3cret', 'mqtt://(address hidden)'],
  ])('%s shows as %s', (url, shown) => {
    const display = brokerForDisplay(url);
    expect(display).toBe(shown);
    for (const secret of ['secret', 'p@ss', 'se@cr', 'cr/et', 'pa/ss', 's3cret', '%2Fx']) if (url.includes(secret)) expect(display).not.toContain(secret);
  });
});
