import 'server-only';
import { headers } from 'next/headers';
import { getDb } from '@/lib/db';
import type { TPermission } from '@/lib/schemas/permissions';
import type { TMeResponse } from '@/lib/schemas/session';
import { type Actor, loadActor } from '../auth/actor';
import { findCurrentDevice } from '../devices/find-current-device';
import { hasPermission } from '../permissions';
import { getMe } from './get-me';

export type PageSession = {
  actor: Actor | null;
  me: TMeResponse | null;
  device: Awaited<ReturnType<typeof findCurrentDevice>>;
};

/** For server components: who is signed in on this browser, and which device it is paired as. */
export async function getPageSession(): Promise<PageSession> {
  // headers() first: it marks the page dynamic, so the build never tries to reach a database.
  const cookieHeader = (await headers()).get('cookie');
  const db = getDb();
  const [actor, device] = await Promise.all([
    loadActor(db, cookieHeader),
    findCurrentDevice({ db, cookieHeader, now: new Date() }),
  ]);
  const me = actor ? await getMe({ db, actor }) : null;
  return { actor, me, device };
}

export function actorCan(actor: Actor | null, permission: TPermission): actor is Actor {
  return actor !== null && hasPermission(actor.role, permission);
}
