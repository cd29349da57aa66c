'use client';

import { Pencil, Plus } from 'lucide-react';
import { useState } from 'react';
import { ApiError } from '@/lib/client/api-error';
import { callApi } from '@/lib/client/call-api';
import { newId } from '@/lib/client/new-id';
import { type FloorAnswer, useSaveFloor } from '@/lib/client/use-floor-plan';
import { useTables } from '@/lib/client/use-orders';
import { firstFreeCell, nextTableName, type Placement, tableLabel } from '@/lib/domain/floor-plan';
import { Button } from '../../ui/button';
import { Notice } from '../../ui/notice';
import { Skeleton, SkeletonGroup } from '../../ui/skeleton';
import { AreaSheet } from './area-sheet';
import { FloorGrid } from './floor-grid';
import { type TableEdit, TablePanel } from './table-panel';
import { Tabs } from '../../ui/tabs';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };
type AreaSheetState = { mode: 'add' } | { mode: 'rename'; areaId: string } | null;

const messageOf = (error: unknown) => (error instanceof ApiError ? error.message : 'The server could not be reached');

/**
 * The back office's floor plan: areas as tabs, each a grid on which tables are dragged (or moved
 * with the arrow keys). Every drop saves at once; a refused move goes back where it was and says
 * why. The till's Tables view reads the same plan.
 */
export function FloorEditor() {
  const plan = useTables();
  const save = useSaveFloor();
  const [areaId, setAreaId] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<Record<string, Placement>>({});
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [areaSheet, setAreaSheet] = useState<AreaSheetState>(null);
  const [areaError, setAreaError] = useState<string | null>(null);

  if (plan.isError)
    return <Notice tone="error">The floor plan could not be loaded. Reload the page to try again.</Notice>;
  if (!plan.data) return <FloorSkeleton />;
  const areas = plan.data.areas;
  const area = areas.find((candidate) => candidate.id === areaId) ?? areas[0];
  const tables = (area?.tables ?? []).map((table) => ({ ...table, ...drafts[table.id] }));
  const selected = tables.find((table) => table.id === selectedId) ?? null;
  const forgetDraft = (tableId: string) => setDrafts(({ [tableId]: _dropped, ...rest }) => rest);

  /** Runs one table edit: shown at once, saved, and put back as it was if the server refuses it. */
  function saveTable(tableId: string, refusal: string, request: () => Promise<FloorAnswer>) {
    setSaveState({ kind: 'saving' });
    save.mutate(request, {
      onSuccess: () => setSaveState({ kind: 'saved' }),
      onError: (error) => setSaveState({ kind: 'error', message: `${refusal} ${messageOf(error)}` }),
      onSettled: () => forgetDraft(tableId),
    });
  }

  function moveTable(tableId: string, placement: Placement) {
    const table = tables.find((candidate) => candidate.id === tableId);
    setDrafts((current) => ({ ...current, [tableId]: placement }));
    saveTable(tableId, `${table ? tableLabel(table.name) : 'The table'} is back where it was.`, () =>
      callApi('updateTable', {
        params: { id: tableId },
        body: { x: placement.x, y: placement.y },
        idempotencyKey: newId(),
      }),
    );
  }

  function editTable(tableId: string, changes: Partial<TableEdit>) {
    saveTable(tableId, 'The table was not changed.', () =>
      callApi('updateTable', { params: { id: tableId }, body: changes, idempotencyKey: newId() }),
    );
  }

  function addTable() {
    if (!area) return;
    const cell = firstFreeCell(tables);
    if (!cell) return setSaveState({ kind: 'error', message: `${area.name} is full: make room or add another area` });
    const name = nextTableName(areas.flatMap((candidate) => candidate.tables.map((table) => table.name)));
    setSaveState({ kind: 'saving' });
    save.mutate(
      () => callApi('createTable', { body: { areaId: area.id, name, seats: 2, ...cell }, idempotencyKey: newId() }),
      {
        onSuccess: ({ table }) => {
          setSaveState({ kind: 'saved' });
          if (table) setSelectedId(table.id);
        },
        onError: (error) => setSaveState({ kind: 'error', message: `No table was added. ${messageOf(error)}` }),
      },
    );
  }

  function removeTable(tableId: string) {
    saveTable(tableId, 'The table was not removed.', async () => {
      const answer = await callApi('deleteTable', { params: { id: tableId }, idempotencyKey: newId() });
      setSelectedId(null);
      return { removed: answer.table.id };
    });
  }

  function saveArea(name: string) {
    setAreaError(null);
    const sheet = areaSheet;
    save.mutate(
      () =>
        sheet?.mode === 'rename'
          ? callApi('updateArea', { params: { id: sheet.areaId }, body: { name }, idempotencyKey: newId() })
          : callApi('createArea', { body: { name }, idempotencyKey: newId() }).then((answer) => {
              setAreaId(answer.area.id);
              return answer;
            }),
      { onSuccess: () => setAreaSheet(null), onError: (error) => setAreaError(messageOf(error)) },
    );
  }

  function removeArea(id: string) {
    setAreaError(null);
    save.mutate(() => callApi('deleteArea', { params: { id }, idempotencyKey: newId() }), {
      onSuccess: () => {
        setAreaSheet(null);
        setAreaId(null);
      },
      onError: (error) => setAreaError(messageOf(error)),
    });
  }

  const renaming = areaSheet?.mode === 'rename' ? areas.find((candidate) => candidate.id === areaSheet.areaId) : null;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-2">
        <Tabs
          label="Areas"
          options={areas.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
          selected={area?.id}
          onSelect={(id) => {
            setAreaId(id);
            setSelectedId(null);
          }}
        />
        {area ? (
          <Button variant="ghost" onClick={() => setAreaSheet({ mode: 'rename', areaId: area.id })}>
            <Pencil aria-hidden className="size-4" /> Rename {area.name}
          </Button>
        ) : null}
        <Button variant="secondary" onClick={() => setAreaSheet({ mode: 'add' })}>
          <Plus aria-hidden className="size-5" /> Add area
        </Button>
        <div className="ml-auto flex items-center gap-3">
          <SaveStatus state={saveState} />
          {area ? (
            <Button onClick={addTable} busy={save.isPending && saveState.kind === 'saving'}>
              <Plus aria-hidden className="size-5" /> Add table
            </Button>
          ) : null}
        </div>
      </div>

      {saveState.kind === 'error' ? <Notice tone="error">{saveState.message}</Notice> : null}

      {area ? (
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
          <div className="flex flex-col gap-2">
            <FloorGrid
              areaName={area.name}
              tables={tables}
              selectedId={selected?.id ?? null}
              onSelect={setSelectedId}
              onMove={moveTable}
            />
            <p className="text-sm text-ink-muted">
              Drag a table to move it, or select it and use the arrow keys. Each move is saved at once and shows on
              every till.
            </p>
          </div>
          {selected ? (
            <TablePanel
              key={selected.id}
              table={selected}
              isSaving={save.isPending}
              onSave={(changes) => editTable(selected.id, changes)}
              onRemove={() => removeTable(selected.id)}
            />
          ) : (
            <p className="rounded-sheet border border-dashed border-line p-5 text-base text-ink-muted">
              Select a table to change its name, seats, shape or size.
            </p>
          )}
        </div>
      ) : (
        <Notice tone="info">No areas yet. Add one (Inside, Terrace…) and then put tables on it.</Notice>
      )}

      {areaSheet ? (
        <AreaSheet
          area={renaming ? { name: renaming.name, tableCount: renaming.tables.length } : undefined}
          error={areaError}
          isSaving={save.isPending}
          onSave={saveArea}
          onRemove={renaming ? () => removeArea(renaming.id) : undefined}
          onClose={() => {
            setAreaSheet(null);
            setAreaError(null);
          }}
        />
      ) : null}
    </div>
  );
}

function SaveStatus({ state }: { state: SaveState }) {
  const words = { idle: '', saving: 'Saving…', saved: 'Saved', error: 'Not saved' }[state.kind];
  return (
    <span role="status" aria-live="polite" className="min-w-20 text-right text-base font-semibold text-ink-muted">
      {words}
    </span>
  );
}

function FloorSkeleton() {
  return (
    <SkeletonGroup label="Loading the floor plan" className="flex flex-col gap-4">
      <div className="flex gap-2">
        <Skeleton className="h-11 w-28" />
        <Skeleton className="h-11 w-28" />
      </div>
      <Skeleton className="aspect-[3/2] w-full" />
    </SkeletonGroup>
  );
}
