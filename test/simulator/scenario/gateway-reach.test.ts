/** Which gateways the links could join: within the hop limit, passing through gateways, either direction enough. */
import { describe, expect, it } from 'vitest';
import { gatewayGroups } from '../../../simulator/scenario/gateway-reach.ts';

/** A line 1-2-3-...-n, both ways. */
const line = (n: number) => (node: number) => [node - 1, node + 1].filter((m) => m >= 1 && m <= n);

describe('gateway groups', () => {
  it('joins gateways a packet can cross to within hop limit + 1 links, and passes on through gateways', () => {
    // Hop limit 3: a packet crosses at most 4 links. 1 and 5 are 4 apart, 5 and 9 too, 1 and 9 only through 5.
    expect(gatewayGroups([1, 5, 9], line(9), 3)).toEqual([[1, 5, 9]]);
    expect(gatewayGroups([1, 9], line(9), 3)).toEqual([[1], [9]]);
    expect(gatewayGroups([1, 6], line(9), 3)).toEqual([[1], [6]]);
    expect(gatewayGroups([1, 6], line(9), 4)).toEqual([[1, 6]]);
  });

  it("counts a link one way as enough (it carries one side's entries to the other)", () => {
    const oneWay = (node: number) => (node === 1 ? [2] : []);
    expect(gatewayGroups([1, 2], oneWay, 3)).toEqual([[1, 2]]);
    expect(gatewayGroups([1, 2], () => [], 3)).toEqual([[1], [2]]);
  });
});
