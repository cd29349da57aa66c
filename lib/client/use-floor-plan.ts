'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFloorTable } from '@/lib/schemas/floor';
import type { TTablesResponse } from '@/lib/schemas/menu';
import { tablesQueryKey } from './order-cache';

/** Floor edits run one after another, so two quick moves of a table land in the order made. */
const FLOOR_MUTATION_SCOPE = { id: 'floor-plan' } as const;

/** The saved table put into the cached floor plan (in its area, out of any other). */
export function placeSavedTable(plan: TTablesResponse, saved: TFloorTable): TTablesResponse {
  const { areaId, ...table } = saved;
  return {
    areas: plan.areas.map((area) => {
      const others = area.tables.filter((candidate) => candidate.id !== saved.id);
      return { ...area, tables: area.id === areaId ? [...others, table] : others };
    }),
  };
}

/** What a floor edit answers: a saved table goes into the cached plan; anything else waits for the refetch. */
export type FloorAnswer = { table?: TFloorTable } & Record<string, unknown>;

/**
 * One mutation for every floor edit: it runs the edit's request (a `callApi` of a floor endpoint);
 * a table the server answers with goes straight into the cached plan, then the plan is read again.
 */
export function useSaveFloor() {
  const client = useQueryClient();
  return useMutation({
    scope: FLOOR_MUTATION_SCOPE,
    mutationFn: (request: () => Promise<FloorAnswer>) => request(),
    onSuccess: ({ table }) => {
      if (table)
        client.setQueryData<TTablesResponse>(tablesQueryKey, (plan) => (plan ? placeSavedTable(plan, table) : plan));
      return client.invalidateQueries({ queryKey: tablesQueryKey });
    },
  });
}
