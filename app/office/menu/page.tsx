import type { Metadata } from 'next';
import { MenuEditor } from '@/components/office/menu/menu-editor';
import { NotAllowed } from '@/components/office/not-allowed';
import { OfficeShell } from '@/components/office/office-shell';
import { requireOfficeSession } from '../require-office-session';

export const metadata: Metadata = { title: 'Menu' };

export default async function MenuPage() {
  const { actor, allowed, shell } = await requireOfficeSession('/office/menu', 'menu:manage');
  return (
    <OfficeShell {...shell} title="Menu">
      {allowed ? <MenuEditor /> : <NotAllowed role={actor.role} />}
    </OfficeShell>
  );
}
