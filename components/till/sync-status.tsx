'use client';

import { CloudUpload, TriangleAlert } from 'lucide-react';
import { type ReactNode, useEffect, useState } from 'react';
import { deadLetterAdvice, describeChange } from '@/lib/client/offline/change-words';
import type { DeadLetter, OutboxEntry } from '@/lib/client/offline/local-db';
import { dismissDeadLetter, syncNow } from '@/lib/client/offline/outbox';
import { waitingSummary, waitingWords } from '@/lib/client/offline/outbox-rules';
import { readStorageHealth, type StorageHealth, storageHealthWords } from '@/lib/client/offline/storage-health';
import { useOutboxState } from '@/lib/client/offline/use-outbox-state';
import { useNow } from '@/lib/client/use-now';
import { Button } from '../ui/button';
import { useConnectionWord } from '../ui/connection-dot';
import { Notice } from '../ui/notice';
import { Sheet } from '../ui/sheet';

const clock = (ms: number) => new Date(ms).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/**
 * The connection word, and under it "3 to sync · 4 min" while anything waits (spoken as "3 changes
 * waiting to sync · oldest 4 min"), or a red "1 refused" when the server turned a change down.
 * One control with the connection, so the bottom bar fits an iPad; it opens the sync sheet, with
 * this device's health, whether or not anything waits.
 */
export function SyncStatus({ connection }: { connection: ReactNode }) {
  const state = useOutboxState();
  // A change being sent live is not "waiting": only those the till answered itself are.
  const waiting = state.waiting.filter((entry) => entry.queued);
  const { dead, syncing, lastSyncedAt } = state;
  const now = useNow();
  const [isOpen, setIsOpen] = useState(false);
  const connectionWord = useConnectionWord();
  const summary = waitingSummary(waiting, now);
  const hasNews = summary !== null || dead.length > 0;
  const words = dead.length
    ? `${dead.length} change${dead.length === 1 ? '' : 's'} refused by the server`
    : summary
      ? waitingWords(summary)
      : '';
  const age = summary && summary.oldestMinutes >= 1 ? `${summary.oldestMinutes} min` : 'now';
  return (
    <>
      <Button
        variant={hasNews ? 'secondary' : 'ghost'}
        size="lg"
        className={`shrink-0 whitespace-nowrap ${hasNews ? 'px-3' : 'px-2'} ${dead.length ? 'border-2 border-danger text-danger' : ''}`}
        // The visible word (Live, Offline…) starts the name, so voice control finds it (WCAG 2.5.3).
        aria-label={`${connectionWord}. ${hasNews ? words : 'Nothing waiting to sync'}. Open the sync sheet`}
        onClick={() => setIsOpen(true)}
      >
        {/* A button's insides are not read out: the connection's status is spoken from the copy below. */}
        <span aria-hidden className="flex flex-col items-start gap-0.5 leading-tight">
          {connection}
          {hasNews ? (
            <span className="flex items-center gap-1 text-sm">
              {dead.length ? (
                <TriangleAlert aria-hidden className="size-4" />
              ) : (
                <CloudUpload aria-hidden className="size-4" />
              )}
              {dead.length ? `${dead.length} refused` : `${summary?.count ?? 0} to sync · ${age}`}
            </span>
          ) : null}
        </span>
      </Button>
      <span className="sr-only">{connection}</span>
      {hasNews ? (
        <span role="status" className="sr-only" data-testid="sync-status">
          {words}
        </span>
      ) : null}
      {isOpen ? (
        <SyncSheet
          waiting={waiting}
          dead={dead}
          syncing={syncing}
          lastSyncedAt={lastSyncedAt}
          onClose={() => setIsOpen(false)}
        />
      ) : null}
    </>
  );
}

/** This device: when it last synced, and whether the browser keeps its data (issue 12). */
function DeviceHealth({ lastSyncedAt }: { lastSyncedAt: number | null }) {
  const [health, setHealth] = useState<StorageHealth | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void readStorageHealth().then((read) => {
      if (isCurrent) setHealth(read);
    });
    return () => {
      isCurrent = false;
    };
  }, []);
  const words = health ? storageHealthWords(health) : null;
  return (
    <section aria-label="This iPad" className="mt-6 flex flex-col gap-1 rounded-tile border border-line px-4 py-3">
      <h3 className="text-lg font-bold">This iPad</h3>
      <p>{lastSyncedAt === null ? 'Not synced since the till opened' : `Last synced ${clock(lastSyncedAt)}`}</p>
      <p className={health?.persisted === false ? 'font-semibold text-warning' : ''}>{words?.kept ?? 'Checking…'}</p>
      <p className="text-ink-muted">{words?.used ?? ''}</p>
    </section>
  );
}

function SyncSheet(props: {
  waiting: OutboxEntry[];
  dead: DeadLetter[];
  syncing: boolean;
  lastSyncedAt: number | null;
  onClose: () => void;
}) {
  const { waiting, dead, syncing, lastSyncedAt, onClose } = props;
  return (
    <Sheet
      title="Changes to sync"
      subtitle="Kept on this iPad until the server has them. Nothing here is lost if the page closes."
      onClose={onClose}
      placement="side"
      footer={
        <Button size="lg" className="w-full" busy={syncing} onClick={() => void syncNow({ force: true })}>
          {syncing ? 'Syncing…' : 'Sync now'}
        </Button>
      }
    >
      {dead.length ? (
        <section aria-label="Refused by the server" className="mb-6 flex flex-col gap-3">
          <h3 className="text-lg font-bold text-danger">Refused by the server</h3>
          {dead.map((letter) => (
            <Notice key={letter.id} tone="error">
              <p className="font-semibold">
                {describeChange(letter)} · made {clock(letter.createdAt)}
              </p>
              <p>The server said: {letter.message}</p>
              <p>{deadLetterAdvice(letter)}</p>
              <Button variant="secondary" className="mt-2" onClick={() => void dismissDeadLetter(letter.id)}>
                Dealt with
              </Button>
            </Notice>
          ))}
        </section>
      ) : null}
      <section aria-label="Waiting to sync" className="flex flex-col gap-2">
        <h3 className="text-lg font-bold">Waiting to sync</h3>
        {waiting.length === 0 ? <p className="text-ink-muted">Nothing is waiting.</p> : null}
        <ol className="flex flex-col gap-2">
          {waiting.map((entry) => (
            <li key={entry.id} className="rounded-tile border border-line px-4 py-3">
              <p className="font-semibold">{describeChange(entry)}</p>
              <p className="text-sm text-ink-muted">
                Made {clock(entry.createdAt)}
                {entry.attempts ? ` · tried ${entry.attempts} time${entry.attempts === 1 ? '' : 's'}` : ''}
              </p>
            </li>
          ))}
        </ol>
      </section>
      <DeviceHealth lastSyncedAt={lastSyncedAt} />
    </Sheet>
  );
}
