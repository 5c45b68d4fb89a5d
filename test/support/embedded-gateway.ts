/** A gateway on the embedded neighbourhood in a data folder, its log lines collected: for start-up behaviour tests. */
import { startGateway, type RunningGateway } from '../../gateway/service/start-gateway.ts';
import type { EngineOptions } from '../../protocol/engine/engine-types.ts';
import { eventually } from './eventually.ts';

export async function startEmbeddedGateway(dataDir: string, lines: string[] = [], engine?: Partial<EngineOptions>): Promise<RunningGateway> {
  const gateway = await startGateway({
    dataDir,
    label: 'Mill Lane',
    httpHost: '127.0.0.1',
    httpPort: 0,
    embedded: { activityMs: 0 },
    ...(engine ? { engine } : {}),
    logger: { level: 'info', stream: { write: (line: string) => lines.push(line) } },
  });
  await eventually('the engine', () => gateway.gateway.engine !== undefined);
  return gateway;
}
