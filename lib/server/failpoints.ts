import 'server-only';
import { getEnv } from '@/lib/env';

export type Failpoint = 'crash-after-commit';

/**
 * Test-only crash points (FYNLO_FAILPOINT, refused when NODE_ENV=production): the process dies at
 * once, as under `kill -9`, so tests can prove what a crash between two lines leaves behind.
 * `crash-after-commit:/api/v1/orders/{id}/payments` dies right after that endpoint's change commits,
 * before its answer is sent.
 */
export function crashIfFailpoint(failpoint: Failpoint, endpointPath: string | undefined): void {
  const armed = getEnv().FYNLO_FAILPOINT;
  if (!armed || !endpointPath || armed !== `${failpoint}:${endpointPath}`) return;
  process.kill(process.pid, 'SIGKILL');
}
