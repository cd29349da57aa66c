import { redirect } from 'next/navigation';
import type { OfficeShellProps } from '@/components/office/office-shell';
import type { TPermission } from '@/lib/schemas/permissions';
import { actorCan, getPageSession } from '@/lib/server/session/get-page-session';

/**
 * Back-office pages: a signed-in person whose role holds `permission`, else sign-in or a refusal.
 * `shell` is the page's frame (its place in the navigation, who is signed in, where).
 */
export async function requireOfficeSession(path: OfficeShellProps['current'], permission: TPermission) {
  const { actor, me } = await getPageSession();
  if (!actor || !me) redirect(`/login?next=${encodeURIComponent(path)}`);
  const shell = {
    current: path,
    userName: me.user.name,
    locationName: me.location.name,
    canRefund: actorCan(actor, 'payments:refund'),
  };
  return { actor, me, allowed: actorCan(actor, permission), shell };
}
