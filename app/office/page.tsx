import type { Metadata } from 'next';
import { NotAllowed } from '@/components/office/not-allowed';
import { OfficeShell } from '@/components/office/office-shell';
import { SetupChecklist } from '@/components/office/setup-checklist';
import { LinkButton } from '@/components/ui/link-button';
import { findAuditLog } from '@/lib/server/audit/find-audit-log';
import { findDevices } from '@/lib/server/devices/find-devices';
import { pageContext } from '@/lib/server/http/page-context';
import { getMenu } from '@/lib/server/menu/get-menu';
import { getSetupChecklist } from '@/lib/server/setup/get-setup-checklist';
import { requireOfficeSession } from './require-office-session';

export const metadata: Metadata = { title: 'Back office' };

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function Stat({ label, value, note }: { label: string; value: string; note: string }) {
  return (
    <div className="flex flex-col gap-1 rounded-sheet border border-line bg-surface-raised p-6">
      <span className="text-sm font-semibold text-ink-muted">{label}</span>
      <span className="tabular text-4xl font-bold text-ink">{value}</span>
      <span className="text-sm text-ink-muted">{note}</span>
    </div>
  );
}

export default async function OfficeHomePage() {
  const { actor, allowed, shell } = await requireOfficeSession('/office', 'devices:manage');
  if (!allowed)
    return (
      <OfficeShell {...shell} title="Today">
        <NotAllowed role={actor.role} />
      </OfficeShell>
    );
  const { db } = await pageContext('/office');
  const [menu, devices, audit, checklist] = await Promise.all([
    getMenu({ db, actor }),
    findDevices({ db, actor }),
    findAuditLog({ db, actor, limit: 1 }),
    getSetupChecklist({ db, actor }),
  ]);
  const isReady = Object.values(checklist).every(Boolean);
  const itemCount = menu.categories.reduce((sum, category) => sum + category.items.length, 0);
  const live = devices.filter((device) => !device.revokedAt);
  const latest = audit.entries[0];
  return (
    <OfficeShell {...shell} title="Today" action={<LinkButton href="/pair?kind=TILL">Pair this browser</LinkButton>}>
      {isReady ? null : <SetupChecklist {...checklist} />}
      <section className="grid grid-cols-3 gap-4">
        <Stat label="Menu" value={String(itemCount)} note={`items in ${menu.categories.length} categories`} />
        <Stat
          label="Devices"
          value={String(live.length)}
          note={`${count(live.filter((d) => d.kind === 'TILL').length, 'till')}, ${count(live.filter((d) => d.kind === 'KITCHEN').length, 'kitchen screen')}`}
        />
        <Stat
          label="Last change"
          value={
            latest
              ? new Date(latest.createdAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })
              : '—'
          }
          note={latest ? `${latest.action} by ${latest.actor?.name ?? 'a device'}` : 'Nothing recorded yet'}
        />
      </section>
    </OfficeShell>
  );
}
