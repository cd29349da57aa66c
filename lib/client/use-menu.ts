'use client';

import { useQuery } from '@tanstack/react-query';
import type { TMenuResponse } from '@/lib/schemas/menu';
import { apiFetch } from './api';

export const menuQueryKey = ['menu'] as const;

export function useMenu() {
  return useQuery({
    queryKey: menuQueryKey,
    queryFn: ({ signal }) => apiFetch<TMenuResponse>('/api/v1/menu', { signal }),
  });
}
