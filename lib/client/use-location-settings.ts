'use client';

import { useMutation } from '@tanstack/react-query';
import { type ApiBody, callApi } from './call-api';

export type LocationSettingsPatch = ApiBody<'updateSettings'>;

/**
 * Saves some of the location's settings. Tills and kitchen screens hear about it over the realtime
 * channel and read them again, so nothing else here needs refreshing.
 */
export function useUpdateLocationSettings() {
  return useMutation({
    mutationFn: (patch: LocationSettingsPatch) => callApi('updateSettings', { body: patch }),
  });
}
