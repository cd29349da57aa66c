'use client';

import { useEffect, useState } from 'react';
import { isAudioUnlocked, playBeep, unlockAudio } from './kitchen-beep';
import { useRealtimeEvents } from './realtime';
import { useDeviceSetting } from './use-device-setting';

const SOUND_KEY = 'fynlo.kitchen.sound';

/**
 * The kitchen's chime for new tickets on the station shown (any station in expo, `stationId`
 * null), switched on and off on this device. `isBlocked`: on, but the browser is waiting for a
 * first tap before it allows sound (after a reload); any tap on the screen then unblocks it.
 */
export function useKitchenSound(stationId: string | null) {
  const [setting, setSetting] = useDeviceSetting(SOUND_KEY);
  const isOn = setting === 'on';
  const [isUnlocked, setUnlocked] = useState(false);

  useEffect(() => {
    if (!isOn || isUnlocked) return;
    const unlock = () => void unlockAudio().then(setUnlocked);
    window.addEventListener('pointerdown', unlock);
    window.addEventListener('keydown', unlock);
    return () => {
      window.removeEventListener('pointerdown', unlock);
      window.removeEventListener('keydown', unlock);
    };
  }, [isOn, isUnlocked]);

  useRealtimeEvents((event) => {
    if (!isOn || event.type !== 'ticket.created') return;
    if (stationId === null || event.payload.stationId === stationId) playBeep();
  });

  /** Runs inside the toggle's tap, which is the gesture the browser needs; a chime confirms "on". */
  function toggle() {
    if (isOn) {
      setSetting('off');
      return;
    }
    setSetting('on');
    void unlockAudio().then((unlocked) => {
      setUnlocked(unlocked);
      if (unlocked) playBeep();
    });
  }

  return { isOn, isBlocked: isOn && !isUnlocked && !isAudioUnlocked(), toggle };
}
