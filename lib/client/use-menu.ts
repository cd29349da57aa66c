'use client';

import { useQuery } from '@tanstack/react-query';
import { callApi } from './call-api';

export const menuQueryKey = ['menu'] as const;

export function useMenu() {
  return useQuery({
    queryKey: menuQueryKey,
    queryFn: ({ signal }) => callApi('menu', { signal }),
  });
}
