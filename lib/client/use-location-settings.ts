'use client';

import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { TLocationSettings, ZUpdateLocationSettingsBody } from '@/lib/schemas/settings';
import { apiFetch } from './api';

export type LocationSettingsPatch = z.input<typeof ZUpdateLocationSettingsBody>;

/**
 * Saves some of the location's settings. Tills and kitchen screens hear about it over the realtime
 * channel and read them again, so nothing else here needs refreshing.
 */
export function useUpdateLocationSettings() {
  return useMutation({
    mutationFn: (patch: LocationSettingsPatch) =>
      apiFetch<{ settings: TLocationSettings }>('/api/v1/settings', { method: 'PATCH', body: patch }),
  });
}
