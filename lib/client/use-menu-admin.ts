'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TModifierGroupsResponse } from '@/lib/schemas/menu-admin';
import { apiFetch } from './api';
import { menuQueryKey } from './use-menu';

export const modifierGroupsQueryKey = ['menu', 'modifier-groups'] as const;

export function useModifierGroups() {
  return useQuery({
    queryKey: modifierGroupsQueryKey,
    queryFn: ({ signal }) => apiFetch<TModifierGroupsResponse>('/api/v1/menu/modifier-groups', { signal }),
  });
}

type Save = { method: 'POST' | 'PATCH'; path: string; body: unknown };

/** One mutation for every menu edit; on success the menu and groups are read again. */
export function useSaveMenu() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ method, path, body }: Save) => apiFetch<unknown>(path, { method, body }),
    onSuccess: () => client.invalidateQueries({ queryKey: menuQueryKey }),
  });
}
