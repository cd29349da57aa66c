'use client';

import { ChevronDown, History } from 'lucide-react';
import { useMemo, useState } from 'react';
import type { AgeThresholds } from '@/lib/domain/kitchen-display';
import { useKeptQueries } from '@/lib/client/offline/use-kept-queries';
import { useScreenWorker } from '@/lib/client/offline/screen-worker';
import { RealtimeProvider } from '@/lib/client/realtime';
import { useDeviceSetting } from '@/lib/client/use-device-setting';
import { useKitchenSound } from '@/lib/client/use-kitchen-sound';
import { useKitchenTickets } from '@/lib/client/use-kitchen-tickets';
import type { TMeResponse } from '@/lib/schemas/session';
import { StaffMenu } from '../auth/staff-menu';
import { Button } from '../ui/button';
import { ConnectionDot } from '../ui/connection-dot';
import { ScreenLock } from '../auth/screen-lock';
import { ReconnectingBanner } from '../ui/reconnecting-banner';
import { UpdateReadyBanner } from '../ui/update-ready-banner';
import { AllDayStrip } from './all-day-strip';
import { RecallSheet } from './recall-sheet';
import { SoundToggle } from './sound-toggle';
import { StationSheet } from './station-sheet';
import { TicketRail } from './ticket-rail';
import { WallClock } from './wall-clock';

export type KitchenShellProps = {
  me: TMeResponse;
  stations: readonly { id: string; name: string }[];
  /** The station this screen was paired for; null: all stations (expo). */
  deviceStationId: string | null;
  thresholds: AgeThresholds;
};

const STATION_KEY = 'fynlo.kitchen.station';
const EXPO = 'all';

/** The kitchen display (dark theme, wall tablet): station and all-day counts, the tickets, recall and sound. */
export function KitchenShell(props: KitchenShellProps) {
  return (
    <RealtimeProvider>
      <KitchenDisplay {...props} />
    </RealtimeProvider>
  );
}

function KitchenDisplay({ me, stations, deviceStationId, thresholds }: KitchenShellProps) {
  const [stored, setStored] = useDeviceSetting(STATION_KEY);
  const [sheet, setSheet] = useState<'station' | 'recall' | null>(null);
  // A remembered station that has since been deleted falls back to the screen's own.
  const fallback = stations.some((station) => station.id === deviceStationId) ? deviceStationId : null;
  const stationId = stored === EXPO ? null : stations.some((station) => station.id === stored) ? stored : fallback;
  const stationNames = useMemo(() => new Map(stations.map((station) => [station.id, station.name])), [stations]);
  const title = stationId ? (stationNames.get(stationId) ?? 'Station') : 'All stations (expo)';
  const tickets = useKitchenTickets(stationId);
  // Opens offline with the tickets it last had; a new version waits for the next sign-in.
  const worker = useScreenWorker();
  useKeptQueries(me.location.id);
  const sound = useKitchenSound(stationId);
  const list = tickets.data?.tickets;

  return (
    <div
      data-theme="dark"
      className="grid h-dvh grid-cols-[minmax(0,1fr)] grid-rows-[auto_auto_minmax(0,1fr)_auto] bg-surface text-ink"
    >
      <div>
        <ReconnectingBanner />
        <UpdateReadyBanner show={worker.updateReady} />
      </div>
      <ScreenLock deviceName={me.device?.name ?? 'This screen'} locationName={me.location.name} />
      <header className="flex min-h-20 items-center gap-5 border-b border-line bg-surface-raised px-6 py-2">
        <h1 className="shrink-0">
          <Button
            variant="ghost"
            size="lg"
            className="-ml-3 text-2xl font-bold"
            aria-haspopup="dialog"
            onClick={() => setSheet('station')}
          >
            {title}
            <ChevronDown aria-hidden className="size-6" />
            <span className="sr-only">, change station</span>
          </Button>
        </h1>
        <AllDayStrip tickets={list ?? (tickets.isPending ? undefined : [])} />
        <p aria-live="polite" className="tabular shrink-0 text-lg font-semibold">
          {list ? `${list.length} ${list.length === 1 ? 'ticket' : 'tickets'}` : ''}
        </p>
        <ConnectionDot className="shrink-0 text-lg" />
        <WallClock />
      </header>
      <main className="min-h-0 min-w-0">
        <TicketRail
          tickets={list}
          isLoading={tickets.isPending}
          error={tickets.error}
          onRetry={() => void tickets.refetch()}
          thresholds={thresholds}
          stationNames={stationId === null ? stationNames : null}
        />
      </main>
      <footer className="flex min-h-20 items-center justify-between gap-4 border-t border-line bg-surface-raised px-6 py-2">
        <div className="flex gap-3">
          <Button variant="secondary" size="lg" aria-haspopup="dialog" onClick={() => setSheet('recall')}>
            <History aria-hidden className="size-5" /> Recall last
          </Button>
          <SoundToggle isOn={sound.isOn} isBlocked={sound.isBlocked} onToggle={sound.toggle} />
        </div>
        <StaffMenu name={me.user.name} role={me.role} idleLockSeconds={0} basePath="/kitchen" />
      </footer>
      {sheet === 'station' ? (
        <StationSheet
          stations={stations}
          selectedId={stationId}
          deviceStationId={fallback}
          onSelect={(chosen) => {
            setStored(chosen ?? EXPO);
            setSheet(null);
          }}
          onClose={() => setSheet(null)}
        />
      ) : null}
      {sheet === 'recall' ? <RecallSheet stationId={stationId} onClose={() => setSheet(null)} /> : null}
    </div>
  );
}
