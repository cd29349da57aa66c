import { Bell, BellOff } from 'lucide-react';
import { Button } from '../ui/button';

export type SoundToggleProps = { isOn: boolean; isBlocked: boolean; onToggle: () => void };

/** The new-ticket chime on or off; says so when the browser still waits for a first tap. */
export function SoundToggle({ isOn, isBlocked, onToggle }: SoundToggleProps) {
  return (
    <Button variant="secondary" size="lg" role="switch" aria-checked={isOn} aria-label="Sound" onClick={onToggle}>
      {isOn ? <Bell aria-hidden className="size-5" /> : <BellOff aria-hidden className="size-5" />}
      {isOn ? 'Sound on' : 'Sound off'}
      {isBlocked ? <span className="text-base font-normal text-ink-muted">· tap anywhere to allow</span> : null}
    </Button>
  );
}
