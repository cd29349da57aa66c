import { redirect } from 'next/navigation';
import type { TPermission } from '@/lib/schemas/permissions';
import { actorCan, getPageSession } from '@/lib/server/session/get-page-session';

/** Back-office pages: a signed-in person whose role holds `permission`, else sign-in or a refusal. */
export async function requireOfficeSession(path: string, permission: TPermission) {
  const { actor, me } = await getPageSession();
  if (!actor || !me) redirect(`/login?next=${encodeURIComponent(path)}`);
  return { actor, me, allowed: actorCan(actor, permission) };
}
