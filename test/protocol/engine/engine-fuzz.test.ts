import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeMessage, typeByte } from '../../../protocol/app/packet-format.ts';
import { DEFAULT_PORTNUM } from '../../../protocol/engine/engine.ts';
import { EngineNetwork } from '../../support/engine-network.ts';
import { appMessage } from '../app/arbitraries.ts';

describe('engine under hostile input', () => {
  it('never throws on any payload, well-formed or not, and keeps working', () => {
    const net = new EngineNetwork();
    const a = net.add(0xa);
    const b = net.add(0xb);
    net.run(5_000);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 240 }),
          fc.tuple(fc.integer({ min: 1, max: 8 }), fc.uint8Array({ maxLength: 200 })).map(([t, rest]) => Uint8Array.of(typeByte(t), ...rest)),
          appMessage.map((m) => encodeMessage(m)),
        ),
        fc.integer({ min: 1, max: 0xfffffff0 }),
        (payload, from) => {
          expect(() => b.engine.receive(net.nowMs, { from, to: 0xffffffff, portnum: DEFAULT_PORTNUM, payload })).not.toThrow();
        },
      ),
      { numRuns: 1_000 },
    );
    a.engine.submitEntry(net.nowMs, {
      minute: 1,
      kind: 0,
      category: 1,
      tenths: 10,
      unit: 0,
      wellbeing: 0,
      step: 0,
      member: 'ana',
      note: '',
      toMember: '',
      refAuthor: 0,
      refSeq: 0,
      void: false,
      availability: 0,
    });
    net.run(10_000);
    expect(b.store.entriesBetween(0xa, 1, 1)).toHaveLength(1);
  });
});
