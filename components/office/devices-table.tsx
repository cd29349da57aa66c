'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ApiError } from '@/lib/client/api-error';
import { callApi } from '@/lib/client/call-api';
import { deviceSyncWords } from '@/lib/client/device-sync-words';
import type { TDevice } from '@/lib/schemas/devices';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';
import { RenameDeviceForm } from './rename-device-form';

const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : '—';

const SYNC_TONE = { ok: 'text-ink-muted', warning: 'font-semibold text-warning', danger: 'font-semibold text-danger' };

/** A till's last report of its offline queue (issue 12): when it last synced and what it holds. */
function SyncCell({ device }: { device: TDevice }) {
  const words = deviceSyncWords(device.sync, (iso) => when(iso));
  if (!words) return <span className="text-ink-muted">—</span>;
  return (
    <span className="flex flex-col">
      <span>{words.last}</span>
      <span className={`text-sm ${SYNC_TONE[words.tone]}`}>{words.now}</span>
    </span>
  );
}

/**
 * Changes a till rung up offline that the server refused on sync (issue 12), as the till reported
 * them: what it was, the server's words, what to do. Cleared on the till's sync sheet once dealt with.
 */
function Refusals({ devices }: { devices: TDevice[] }) {
  const refused = devices.filter((device) => !device.revokedAt && device.sync && device.sync.refused > 0);
  if (refused.length === 0) return null;
  return (
    <section aria-labelledby="refused-changes" className="flex flex-col gap-3">
      <h2 id="refused-changes" className="text-xl font-bold text-danger">
        Changes the server refused
      </h2>
      <p className="text-ink-muted">
        Made on a till while it was offline and turned down when it synced. Nothing was applied. Each stays on its
        till&apos;s sync sheet until someone taps “Dealt with” there.
      </p>
      {refused.map((device) => {
        const { refused: count, refusals } = device.sync!;
        return (
          <Notice key={device.id} tone="error">
            <p className="font-semibold">
              {device.name}: {count === 1 ? '1 refused change' : `${count} refused changes`}
              {refusals.length === 0
                ? ' (this till does not send the details yet: see its sync sheet)'
                : count > refusals.length
                  ? ` (the newest ${refusals.length} below)`
                  : ''}
            </p>
            <ul className="mt-2 flex flex-col gap-2">
              {refusals.map((refusal) => (
                <li key={refusal.id}>
                  <p className="font-semibold">
                    {refusal.change}
                    {refusal.orderNumber === null ? '' : ` · order #${refusal.orderNumber}`} · made{' '}
                    {when(refusal.madeAt)}
                  </p>
                  <p>The server said: {refusal.message}</p>
                  <p>{refusal.advice}</p>
                </li>
              ))}
            </ul>
          </Notice>
        );
      })}
    </section>
  );
}

/** Paired devices: rename in place, when each was last seen, and a one-confirm revoke. */
export function DevicesTable({ devices }: { devices: TDevice[] }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function revoke(id: string) {
    setBusy(id);
    setError(null);
    try {
      await callApi('revokeDevice', { params: { id } });
      setConfirming(null);
      router.refresh();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Could not revoke the device.');
    } finally {
      setBusy(null);
    }
  }

  if (devices.length === 0)
    return (
      <Notice>
        No devices yet. Choose “Pair a new till” for a one-time code to type on the iPad or kitchen screen.
      </Notice>
    );

  return (
    <div className="flex flex-col gap-4">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <table className="w-full overflow-hidden rounded-tile bg-surface-raised text-left">
        <thead className="border-b border-line text-sm text-ink-muted">
          <tr>
            <th className="p-3 font-semibold">Name</th>
            <th className="p-3 font-semibold">Kind</th>
            <th className="p-3 font-semibold">Paired</th>
            <th className="p-3 font-semibold">Last seen</th>
            <th className="p-3 font-semibold">Sync</th>
            <th className="p-3 font-semibold">Status</th>
            <th className="p-3" />
          </tr>
        </thead>
        <tbody>
          {devices.map((device) => (
            <tr key={device.id} className="border-b border-line last:border-0">
              <td className="p-3 font-semibold text-ink">
                {renaming === device.id ? (
                  <RenameDeviceForm
                    device={device}
                    onCancel={() => setRenaming(null)}
                    onDone={() => {
                      setRenaming(null);
                      router.refresh();
                    }}
                  />
                ) : (
                  <span className="inline-flex items-center gap-2">
                    {device.name}
                    {device.revokedAt ? null : (
                      <Button
                        variant="ghost"
                        aria-label={`Rename ${device.name}`}
                        onClick={() => setRenaming(device.id)}
                      >
                        Rename
                      </Button>
                    )}
                  </span>
                )}
              </td>
              <td className="p-3 text-ink">{device.kind === 'TILL' ? 'Till' : 'Kitchen screen'}</td>
              <td className="p-3 text-ink">{when(device.pairedAt)}</td>
              <td className="p-3 text-ink">{when(device.lastSeenAt)}</td>
              <td className="p-3 text-ink">
                <SyncCell device={device} />
              </td>
              <td className="p-3">
                {device.revokedAt ? (
                  <span className="font-semibold text-state-void">Revoked {when(device.revokedAt)}</span>
                ) : device.pinLockedUntil ? (
                  <span className="font-semibold text-warning">PIN locked until {when(device.pinLockedUntil)}</span>
                ) : (
                  <span className="font-semibold text-state-ready">Active</span>
                )}
              </td>
              <td className="p-3 text-right">
                {device.revokedAt ? null : confirming === device.id ? (
                  <span className="inline-flex gap-2">
                    <Button variant="danger" busy={busy === device.id} onClick={() => void revoke(device.id)}>
                      Revoke {device.name}
                    </Button>
                    <Button variant="secondary" onClick={() => setConfirming(null)}>
                      Keep
                    </Button>
                  </span>
                ) : (
                  <Button variant="secondary" onClick={() => setConfirming(device.id)}>
                    Revoke…
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Refusals devices={devices} />
    </div>
  );
}
