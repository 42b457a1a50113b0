import { laadConfig } from '@ketenbeeld/platform';
import { gatewayConfigSchema } from './gateway.config';
import { startGateway } from './gateway';

(async () => {
  const config = laadConfig('gateway', gatewayConfigSchema);
  const gw = await startGateway(config);
  const stop = () => void gw.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
})().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
