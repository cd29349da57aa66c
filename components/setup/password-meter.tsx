import { passwordStrength } from '@/lib/client/password-strength';

const BAR_TONES = ['bg-danger', 'bg-danger', 'bg-warning', 'bg-success', 'bg-success'] as const;

/** Four bars and a word ("Fair"), never colour alone; read out politely as the password changes. */
export function PasswordMeter({ password, id }: { password: string; id: string }) {
  const { score, label, hint } = passwordStrength(password);
  return (
    <div id={id} className="flex flex-col gap-1.5" aria-live="polite">
      <div aria-hidden className="grid grid-cols-4 gap-1.5">
        {[1, 2, 3, 4].map((bar) => (
          <span
            key={bar}
            className={`h-2 rounded-full ${password && score >= bar ? BAR_TONES[score] : 'bg-surface-sunken'}`}
          />
        ))}
      </div>
      <p className="text-sm text-ink">
        <span className="font-semibold">Strength: {password ? label : '—'}</span>
        <span className="text-ink-muted"> · {password ? hint : 'At least 10 characters'}</span>
      </p>
    </div>
  );
}
