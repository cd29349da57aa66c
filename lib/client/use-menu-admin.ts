'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callApi } from './call-api';
import { menuQueryKey } from './use-menu';

export const modifierGroupsQueryKey = ['menu', 'modifier-groups'] as const;

export function useModifierGroups() {
  return useQuery({
    queryKey: modifierGroupsQueryKey,
    queryFn: ({ signal }) => callApi('listModifierGroups', { signal }),
  });
}

/**
 * One mutation for every menu edit: it runs the edit's request (a `callApi` of a menu endpoint),
 * and on success the menu and groups are read again.
 */
export function useSaveMenu() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: () => Promise<unknown>) => request(),
    onSuccess: () => client.invalidateQueries({ queryKey: menuQueryKey }),
  });
}
