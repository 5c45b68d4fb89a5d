/** Scenarios: checked before a run, placed the same way every time, and run with the real engine on gateways. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { betweenness, mostCentral } from '../../../simulator/scenario/centrality.ts';
import { layoutNodes } from '../../../simulator/scenario/layout.ts';
import { buildScenario, runScenario } from '../../../simulator/scenario/run-scenario.ts';
import { loadScenario, parseScenario } from '../../../simulator/scenario/scenario.ts';
import { ledgerSentences, writeReport } from '../../../simulator/report/write-report.ts';

const examples = new URL('../../../simulator/scenarios/', import.meta.url).pathname;

describe('reading a scenario', () => {
  it('names every problem with its path', () => {
    let message = '';
    try {
      parseScenario({ name: 'x', durationMinutes: -1, preset: 'LONG_FASTER', layout: { kind: 'grid', rows: 2 }, traffic: { txt: {} } });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('durationMinutes: must be > 0');
    expect(message).toMatch(/preset: must be equal to one of the allowed values \(one of SHORT_TURBO/);
    expect(message).toContain("layout: must have required property 'columns'");
    expect(message).toContain('traffic: must NOT have additional properties "txt"');
  });

  it('suggests the key a misspelt one meant', () => {
    expect(() => parseScenario({ name: 'x', durationMinutes: 1, hopLimitt: 3, nodes: [{ id: 4, x: 0, y: 0 }] })).toThrow(
      'must NOT have additional properties "hopLimitt" (did you mean "hopLimit"?)',
    );
    expect(() => parseScenario({ name: 'x', duration: 1, nodes: [{ id: 4, x: 0, y: 0 }] })).toThrow('"duration" (did you mean "durationMinutes"?)');
  });

  it('reports a JSON mistake as JSON, with its line, and a YAML one as YAML', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshloom-scenario-'));
    try {
      writeFileSync(join(dir, 'comma.json'), '{\n  "name": "x",\n  "durationMinutes": 1,\n}\n');
      expect(() => loadScenario(join(dir, 'comma.json'))).toThrow(
        /is not valid JSON: .* at line 4, column 1 \(a comma before a closing bracket: JSON allows none\)/,
      );
      writeFileSync(join(dir, 'tabs.yaml'), 'name: x\n  durationMinutes: [1\n');
      expect(() => loadScenario(join(dir, 'tabs.yaml'))).toThrow(/is not valid YAML/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('asks for nodes when there are none', () => {
    expect(() => parseScenario({ name: 'empty', durationMinutes: 1 })).toThrow(/give nodes, or a layout/);
  });

  it('reads every example in simulator/scenarios', () => {
    for (const name of ['two-hoods-bridge-fails.yaml', 'meshtasticator-default.yaml', 'partition-heals.json']) {
      expect(loadScenario(join(examples, name)).name.length).toBeGreaterThan(0);
    }
  });
});

describe('layouts', () => {
  it('place nodes the same way for the same seed', () => {
    const scenario = parseScenario({ name: 'r', durationMinutes: 1, seed: 4, layout: { kind: 'random', count: 20, widthM: 1000, heightM: 1000 } });
    expect(layoutNodes(scenario)).toEqual(layoutNodes(scenario));
    expect(layoutNodes({ ...scenario, seed: 5 })).not.toEqual(layoutNodes(scenario));
  });

  it('number generated nodes after the listed ones', () => {
    const scenario = parseScenario({
      name: 'g',
      durationMinutes: 1,
      nodes: [{ id: 7, x: 0, y: 0 }],
      layout: { kind: 'grid', columns: 2, rows: 2, spacingM: 100 },
    });
    expect(layoutNodes(scenario).map((n) => n.id)).toEqual([7, 8, 9, 10, 11]);
  });

  it('number generated nodes from 4, and refuse the node numbers the firmware reserves', () => {
    const generated = parseScenario({ name: 'g', durationMinutes: 1, layout: { kind: 'line', count: 3, spacingM: 100 } });
    expect(layoutNodes(generated).map((n) => n.id)).toEqual([4, 5, 6]);
    expect(() => parseScenario({ name: 'r', durationMinutes: 1, nodes: [{ id: 1, x: 0, y: 0 }] })).toThrow(
      /nodes\.0\.id: must be >= 4 \(node numbers 0-3 are reserved by the Meshtastic firmware\)/,
    );
    expect(() => parseScenario({ name: 'r', durationMinutes: 1, nodes: [{ id: 4, x: 0, y: 0 }], gateways: [1] })).toThrow(/gateways\.0: must be >= 4/);
  });
});

describe('betweenness', () => {
  it('puts the middle of a line first and the bridge of two triangles first', () => {
    const line = new Map([
      [1, [2]],
      [2, [1, 3]],
      [3, [2, 4]],
      [4, [3, 5]],
      [5, [4]],
    ]);
    const scores = betweenness([1, 2, 3, 4, 5], (n) => line.get(n) ?? []);
    expect(mostCentral(scores, 1)).toEqual([3]);
    expect(scores.get(1)).toBe(0);
    const bowtie = new Map([
      [1, [2, 3]],
      [2, [1, 3]],
      [3, [1, 2, 4]],
      [4, [3, 5, 6]],
      [5, [4, 6]],
      [6, [4, 5]],
    ]);
    expect(
      mostCentral(
        betweenness([1, 2, 3, 4, 5, 6], (n) => bowtie.get(n) ?? []),
        2,
      ).sort(),
    ).toEqual([3, 4]);
  });
});

describe('running a scenario', () => {
  it('an honest run rejects nothing: the alert text copy for stock apps is text on air, not a meshloom message', () => {
    const result = runScenario(loadScenario(new URL('../../../simulator/scenarios/two-hoods-bridge-fails.yaml', import.meta.url).pathname));
    expect(result.alerts[0]?.reachedGateways).toBe(2);
    expect(result.ledger?.rejections).toEqual([]);
    expect(result.ledger?.rejected).toBe(0);
    expect(result.byKind.text?.packets).toBeGreaterThan(0);
  });

  it('is deterministic under a seed', () => {
    const scenario = loadScenario(join(examples, 'partition-heals.json'));
    const a = runScenario({ ...scenario, durationMinutes: 10 });
    const b = runScenario({ ...scenario, durationMinutes: 10 });
    expect({ ...a.summary, wallSeconds: 0, eventsPerSecond: 0 }).toEqual({ ...b.summary, wallSeconds: 0, eventsPerSecond: 0 });
  });

  it('a partition stops the ledgers from agreeing, and once healed they converge', () => {
    const result = runScenario(loadScenario(join(examples, 'partition-heals.json')));
    expect(result.ledger?.entriesSubmitted).toBeGreaterThan(0);
    const heal = result.ledger?.afterHeal[0];
    expect(heal?.healedAtMinute).toBe(20);
    expect(heal?.secondsToConverge).not.toBeNull();
    // While cut, packets could reach only their own side.
    expect(result.summary.reachableShare).toBeLessThan(0.95);
  });

  it('says when the first packet crossed the mended link, as a trace of the air sees it', () => {
    const scenario = loadScenario(join(examples, 'partition-heals.json'));
    const { sim, convergence, endMs } = buildScenario(scenario);
    const healMs = 20 * 60_000;
    let crossedAtMs: number | undefined;
    // Both ends record entries while cut, so each lacks what the other holds.
    sim.traces.deliver.connect((d) => {
      const across = (d.node === 4 && d.from === 11) || (d.node === 11 && d.from === 4);
      if (d.kind === 'meshloom' && across && sim.nowMs >= healMs) crossedAtMs ??= sim.nowMs;
    });
    sim.run(endMs);
    const heal = convergence[0];
    expect(crossedAtMs).toBeDefined();
    expect(heal?.contactAtMs).toBe(crossedAtMs);
    expect(heal?.convergedAtMs).toBeGreaterThanOrEqual(crossedAtMs as number);
  });

  it('an ideal air (collisions: false) loses nothing to collisions, and the result says it was ideal', () => {
    const scenario = { ...loadScenario(join(examples, 'meshtasticator-default.yaml')), durationMinutes: 10 };
    const real = runScenario(scenario);
    const ideal = runScenario({ ...scenario, collisions: false });
    expect(real.summary.collisions).toBeGreaterThan(0);
    expect(real.scenario.collisions).toBe(true);
    expect(ideal.summary.collisions).toBe(0);
    expect(ideal.scenario.collisions).toBe(false);
    expect(ideal.summary.deliveryRatio as number).toBeGreaterThan(real.summary.deliveryRatio as number);
    expect(() => parseScenario({ ...scenario, collisions: 'no' })).toThrow('collisions: must be boolean');
  });

  it('with perfect knowledge at the heal, the gateways send what the others lack at once, in turn', () => {
    const scenario = loadScenario(join(examples, 'partition-heals.json'));
    const heal = (result: ReturnType<typeof runScenario>) => result.ledger?.afterHeal[0];
    const protocol = heal(runScenario(scenario));
    const yardstick = heal(runScenario(scenario, { perfectKnowledgeAtHeal: true }));
    // The protocol waits for some packet to cross first; the yardstick's first send crosses a 6-hop street.
    expect(protocol?.secondsToFirstContact).toBeGreaterThan(60);
    expect(yardstick?.secondsToFirstContact).toBeLessThan(20);
    expect(yardstick?.secondsToConverge).toBeLessThan(protocol?.secondsToConverge as number);
    expect(yardstick?.missingEntries).toBe(protocol?.missingEntries);
  });

  it('a node that is down neither sends nor receives', () => {
    const result = runScenario(
      parseScenario({
        name: 'one down',
        durationMinutes: 20,
        nodes: [0, 1, 2].map((i) => ({ id: i + 4, x: i * 400, y: 0 })),
        shadowingDb: 0,
        traffic: { text: { everySeconds: 60 } },
        failures: [{ kind: 'off', nodes: [5], atMinute: 0 }],
      }),
    );
    const middle = result.nodes.find((n) => n.id === 5);
    expect(middle).toMatchObject({ sent: 0, relayed: 0, txAirtimeSeconds: 0, deliveryRatio: null, upAtEnd: false });
    expect(result.summary.hops.slice(1).every((n) => n === 0)).toBe(true);
  });

  it('a node that comes back announces itself as the firmware does: node info 30 s after boot, position 15 s later', () => {
    const built = buildScenario(
      parseScenario({
        name: 'one reboots',
        durationMinutes: 4,
        nodes: [0, 1, 2].map((i) => ({ id: i + 4, x: i * 400, y: 0 })),
        shadowingDb: 0,
        traffic: { nodeinfo: { everySeconds: 10_800 }, position: { everySeconds: 86_400 } },
        failures: [{ kind: 'off', nodes: [5], atMinute: 1, untilMinute: 2 }],
      }),
    );
    const sent: { kind: string; atMs: number }[] = [];
    built.sim.traces.onAir.connect((node, packet) => {
      if (node === 5 && packet.from === 5) sent.push({ kind: packet.kind, atMs: built.sim.nowMs });
    });
    built.sim.run(built.endMs);
    const firstAfterBoot = (kind: string) => sent.find((s) => s.kind === kind && s.atMs >= 120_000)?.atMs;
    // Sent when due; on air once the channel is free (a few seconds at most here).
    expect(firstAfterBoot('nodeinfo')).toBeGreaterThanOrEqual(150_000);
    expect(firstAfterBoot('nodeinfo')).toBeLessThan(155_000);
    expect(firstAfterBoot('position')).toBeGreaterThanOrEqual(165_000);
    expect(firstAfterBoot('position')).toBeLessThan(170_000);
    built.gateways?.close();
  });

  it('says when no path of links joins the gateways, and judges each group on its own', () => {
    const result = runScenario(
      parseScenario({
        name: 'too far apart',
        durationMinutes: 10,
        nodes: [
          { id: 4, x: 0, y: 0 },
          { id: 5, x: 30_000, y: 0 },
        ],
        gateways: [4, 5],
        traffic: { ledgerEntriesPerHour: 30 },
        failures: [{ kind: 'off', nodes: [5], atMinute: 2, untilMinute: 4 }],
      }),
    );
    const ledger = result.ledger as NonNullable<typeof result.ledger>;
    expect(ledger.gatewayGroups).toEqual([[4], [5]]);
    const sentences = ledgerSentences(ledger);
    expect(sentences[0]).toBe('no paths of links within the hop limit join these groups of gateways both ways, so each is judged on its own: 4 | 5');
    expect(sentences.at(-1)).toBe('at the end of the run: the gateways of each group hold the same ledger');
  });

  it('writes JSON, CSV and a self-contained HTML report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshloom-sim-'));
    try {
      const result = runScenario({ ...loadScenario(join(examples, 'two-hoods-bridge-fails.yaml')), durationMinutes: 34 });
      writeReport(result, dir);
      expect(JSON.parse(readFileSync(join(dir, 'result.json'), 'utf8')).scenario.nodes).toBe(result.scenario.nodes);
      expect(readFileSync(join(dir, 'nodes.csv'), 'utf8').split('\n')[0]).toMatch(/^id,x,y,role,gateway,upAtEnd/);
      const html = readFileSync(join(dir, 'report.html'), 'utf8');
      expect(html).toContain('<svg');
      expect(html).not.toMatch(/(src|href)="https?:/);
      // Charts with their axes and units; the bridge's time down shaded on the time charts.
      expect(html).toContain('delivered of reachable, by minute sent (%)');
      expect(html).toContain('minute of the run');
      expect(html).toContain('hops travelled');
      expect(html).toMatch(/<rect [^>]*><title>node 6 down: minute 10\.0 to 30\.0<\/title>/);
      // Node ids on the topology, and every node in the table.
      expect(html).toMatch(/<text x="[\d.]+" y="[\d.]+">6<\/text>/);
      expect(html).toContain('<th>Received of reachable broadcasts</th>');
      // Why reachable nodes missed packets, per kind.
      expect(html).toContain('<h2>Why reachable nodes missed packets</h2>');
      expect(html).toContain('<th>lost on the way</th>');
      expect((html.match(/<tr><td>\d+<\/td><td>(CLIENT|ROUTER)/g) ?? []).length).toBe(result.scenario.nodes);
      // The ledger said the way the terminal says it: after the heal, and at the end, each named.
      for (const line of ledgerSentences(result.ledger as NonNullable<typeof result.ledger>)) expect(html).toContain(line);
      expect(html).toContain('after the link came back at minute 30');
      // Each heal's sync cost beside the least the wire format allows for it.
      const heal = result.ledger?.afterHeal[0];
      expect(html).toContain('<th>Least the format allows</th>');
      expect(html).toContain(`<td>${heal?.syncCostRatio}</td><td>${heal?.syncCostFloor}</td></tr>`);
      expect(html).toContain('at the end of the run:');
      writeFileSync(join(dir, 'ok'), '');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
