/** Which gateways the links could join: within the hop limit, passing through gateways, and in which direction. */
import { describe, expect, it } from 'vitest';
import { directReach, gatewayGroups, gatewayReach, sendsBetween } from '../../../simulator/scenario/gateway-reach.ts';

/** A line 1-2-3-...-n, both ways. */
const line = (n: number) => (node: number) => [node - 1, node + 1].filter((m) => m >= 1 && m <= n);
const groups = (gateways: number[], neighbours: (node: number) => readonly number[], hopLimit: number) =>
  gatewayGroups(gatewayReach(directReach(gateways, neighbours, hopLimit)));

describe('gateway reach and groups', () => {
  it('joins gateways a packet can cross to within hop limit + 1 links, and passes on through gateways', () => {
    // Hop limit 3: a packet crosses at most 4 links. 1 and 5 are 4 apart, 5 and 9 too, 1 and 9 only through 5.
    expect(groups([1, 5, 9], line(9), 3)).toEqual([[1, 5, 9]]);
    expect(groups([1, 9], line(9), 3)).toEqual([[1], [9]]);
    expect(groups([1, 6], line(9), 3)).toEqual([[1], [6]]);
    expect(groups([1, 6], line(9), 4)).toEqual([[1, 6]]);
  });

  it('groups for the ledger only gateways that reach each other both ways: one way, one side never gets the other`s entries', () => {
    const oneWay = (node: number) => (node === 1 ? [2] : []);
    expect(groups([1, 2], oneWay, 3)).toEqual([[1], [2]]);
    const reach = gatewayReach(directReach([1, 2], oneWay, 3));
    // An alert of 1's still gets to 2; nothing of 2's gets to 1.
    expect([...(reach.get(1) ?? [])].sort()).toEqual([1, 2]);
    expect([...(reach.get(2) ?? [])]).toEqual([2]);
  });

  it('counts a way back through another gateway', () => {
    // 1 -> 2 -> 3 -> 1: each reaches the others, though no pair has links both ways.
    const ring = (node: number) => [(node % 3) + 1];
    expect(groups([1, 2, 3], ring, 0)).toEqual([[1, 2, 3]]);
    // A gateway others reach but that reaches none of them (its packets are heard by no one) stands apart.
    const oneMute = (node: number) => (node === 4 ? [] : node === 3 ? [1, 4] : [(node % 3) + 1]);
    expect(groups([1, 2, 3, 4], oneMute, 0)).toEqual([[1, 2, 3], [4]]);
  });

  it('counts the gateways that must send in turn for what holders have to get somewhere', () => {
    // Hop limit 3 on a line: 1 reaches 5, 5 reaches 9; 9 gets 1's entries only when 5 passes them on.
    const direct = directReach([1, 5, 9], line(9), 3);
    const all = new Set([1, 5, 9]);
    expect(sendsBetween(direct, [1], 5, all)).toBe(1);
    expect(sendsBetween(direct, [1], 9, all)).toBe(2);
    expect(sendsBetween(direct, [1, 5], 9, all)).toBe(1);
    // With 5 down nothing of 1's gets to 9.
    expect(sendsBetween(direct, [1], 9, new Set([1, 9]))).toBe(Number.POSITIVE_INFINITY);
  });
});
