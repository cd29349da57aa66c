import 'server-only';
import type { DbOrTx } from '@/lib/db';

/** A fresh install: no organisation yet, so the only way in is the setup link. */
export async function isSetupNeeded(db: DbOrTx): Promise<boolean> {
  return (await db.organisation.count()) === 0;
}
