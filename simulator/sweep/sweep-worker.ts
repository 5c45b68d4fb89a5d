/** One worker of a sweep: runs the scenarios it is handed, one at a time, and sends back their results. */
import { parentPort } from 'node:worker_threads';
import { errorMessage } from '../../protocol/meshloom-error.ts';
import { runScenario } from '../scenario/run-scenario.ts';
import type { Scenario } from '../scenario/scenario.ts';

parentPort?.on('message', (task: { index: number; scenario: Scenario }) => {
  try {
    const result = runScenario(task.scenario);
    parentPort?.postMessage({
      index: task.index,
      result: { scenario: result.scenario, summary: result.summary, alerts: result.alerts, ledger: result.ledger },
    });
  } catch (err) {
    parentPort?.postMessage({ index: task.index, error: errorMessage(err) });
  }
});
