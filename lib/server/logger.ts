import 'server-only';
import pino from 'pino';
import { getEnv } from '@/lib/env';

let root: pino.Logger | undefined;

/** The process logger (JSON lines). Request handlers use a child carrying the requestId. */
export function getLogger(): pino.Logger {
  root ??= pino({
    level: getEnv().LOG_LEVEL,
    base: { service: 'fynlo-web' },
    redact: ['pin', 'password', '*.pin', '*.password'],
  });
  return root;
}
