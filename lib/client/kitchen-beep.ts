'use client';

// The new-ticket chime, made with the Web Audio API (no audio files). Browsers start an
// AudioContext suspended until someone taps the page, so `unlockAudio` runs inside a tap.
let context: AudioContext | null = null;

function audioContext(): AudioContext | null {
  if (context) return context;
  if (typeof window === 'undefined' || typeof window.AudioContext !== 'function') return null;
  context = new window.AudioContext();
  return context;
}

/** Call from a tap (the sound toggle, or any tap on the screen); resolves true once beeps can play. */
export async function unlockAudio(): Promise<boolean> {
  const audio = audioContext();
  if (!audio) return false;
  await audio.resume().catch(() => undefined);
  return audio.state === 'running';
}

/** True once the browser lets this page make sound. */
export function isAudioUnlocked(): boolean {
  return context?.state === 'running';
}

/** Two short rising tones, about a third of a second in all. */
export function playBeep() {
  const audio = audioContext();
  if (!audio || audio.state !== 'running') return;
  const start = audio.currentTime;
  for (const [offset, frequency] of [
    [0, 880],
    [0.16, 1320],
  ] as const) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    // A quick fade in and out, so the tone does not click.
    gain.gain.setValueAtTime(0.0001, start + offset);
    gain.gain.exponentialRampToValueAtTime(0.35, start + offset + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.15);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(start + offset);
    oscillator.stop(start + offset + 0.16);
  }
}
