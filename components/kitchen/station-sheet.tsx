'use client';

import { ChoiceButton } from '../ui/choice-button';
import { Sheet } from '../ui/sheet';

export type StationSheetProps = {
  stations: readonly { id: string; name: string }[];
  /** null: all stations (expo). */
  selectedId: string | null;
  /** The station this screen was paired for, if any. */
  deviceStationId: string | null;
  onSelect: (stationId: string | null) => void;
  onClose: () => void;
};

/** Which tickets this screen shows: one station, or every station (expo). Remembered on this device. */
export function StationSheet({ stations, selectedId, deviceStationId, onSelect, onClose }: StationSheetProps) {
  return (
    <Sheet title="Show tickets for" subtitle="This screen remembers the choice." onClose={onClose}>
      <div role="radiogroup" aria-label="Station" className="grid grid-cols-2 gap-3">
        {stations.map((station) => (
          <ChoiceButton
            key={station.id}
            kind="radio"
            selected={station.id === selectedId}
            onSelect={() => onSelect(station.id)}
          >
            {station.name}
            {station.id === deviceStationId ? <span className="font-normal"> (this screen)</span> : null}
          </ChoiceButton>
        ))}
        <ChoiceButton
          kind="radio"
          selected={selectedId === null}
          onSelect={() => onSelect(null)}
          className="col-span-2"
        >
          All stations (expo)
        </ChoiceButton>
      </div>
    </Sheet>
  );
}
