import {
  Ban,
  CircleCheck,
  Hourglass,
  Landmark,
  type LucideIcon,
  QrCode,
  Smartphone,
  Timer,
  TriangleAlert,
} from 'lucide-react';
import { checkoutLook, countdownTone, countdownWords, formatCountdown } from '@/lib/client/checkout-status';
import type { CheckoutStatus } from '@/lib/domain/checkout';
import { formatPence } from '@/lib/domain/money';
import type { TCheckout } from '@/lib/schemas/checkout';
import { Skeleton } from '../ui/skeleton';

const ICONS: Record<CheckoutStatus, LucideIcon> = {
  CREATED: QrCode,
  OPENED: Smartphone,
  AT_BANK: Landmark,
  PAID: CircleCheck,
  FAILED: TriangleAlert,
  EXPIRED: Hourglass,
  CANCELED: Ban,
};

const TONES = {
  waiting: 'border-brand bg-brand-soft text-ink',
  progress: 'border-brand bg-brand text-ink-inverse',
  success: 'border-success bg-success text-ink-inverse',
  problem: 'border-danger bg-danger-soft text-danger',
  ended: 'border-line bg-surface-sunken text-ink',
} as const;

/**
 * The checkout's status in words and colour. Always the same element, whatever the status, so
 * VoiceOver announces each change ("At their bank", "Paid ✓") as it happens.
 */
export function CheckoutStatusBox({ status, isBusy }: { status: CheckoutStatus; isBusy: boolean }) {
  const look = checkoutLook(status);
  const Icon = ICONS[status];
  return (
    <p
      role="status"
      aria-live="polite"
      data-testid="checkout-status"
      className={`flex min-h-20 items-center gap-3 rounded-tile border-2 px-5 py-3 text-3xl font-bold ${TONES[look.tone]}`}
    >
      <Icon aria-hidden className={`size-9 shrink-0 ${isBusy ? 'motion-safe:animate-pulse' : ''}`} />
      {look.words}
    </p>
  );
}

/** Time left on the QR as mm:ss, amber under two minutes. Not a live region: it would talk every second. */
export function CheckoutCountdown({ remainingMs }: { remainingMs: number }) {
  const tone = countdownTone(remainingMs);
  return (
    <p
      role="timer"
      aria-label={`QR expires: ${countdownWords(remainingMs)}`}
      className={`flex w-fit items-center gap-3 rounded-tile px-4 py-2 text-xl font-semibold ${
        tone === 'ok' ? 'bg-surface-raised text-ink' : 'bg-warning-soft text-warning'
      }`}
    >
      <Timer aria-hidden className="size-7 shrink-0" />
      <span>{tone === 'over' ? 'Expired' : 'Expires in'}</span>
      <span data-testid="checkout-countdown" className="tabular text-4xl font-bold">
        {formatCountdown(remainingMs)}
      </span>
    </p>
  );
}

const CARD_BOX = 'flex min-h-[432px] w-[392px] flex-col items-center justify-center gap-3 text-center';
const CARD = `${CARD_BOX} rounded-sheet`;

/**
 * The left half: the QR while the customer can still use it, a big tick once paid, and otherwise
 * no code at all, so nobody scans one that is dead.
 */
export function QrCodeCard({
  checkout,
  venueName,
  status,
  isMaking,
}: {
  checkout: TCheckout;
  venueName: string;
  status: CheckoutStatus;
  isMaking: boolean;
}) {
  if (isMaking) {
    return (
      <Skeleton shape="sheet" className={CARD_BOX}>
        <QrCode aria-hidden className="size-24 text-ink-muted" />
        <p role="status" className="text-xl font-semibold text-ink">
          Making a new QR…
        </p>
      </Skeleton>
    );
  }
  if (status === 'PAID') {
    return (
      <div className={`${CARD} border-4 border-success bg-success-soft text-success`}>
        <CircleCheck aria-hidden className="size-40" strokeWidth={2.25} />
        <p className="tabular text-5xl font-black">{formatPence(checkout.amountPence)}</p>
        <p className="text-2xl font-bold">paid on their phone</p>
      </div>
    );
  }
  if (status === 'EXPIRED' || status === 'CANCELED') {
    return (
      <div className={`${CARD} border-2 border-dashed border-line bg-surface-sunken px-10`}>
        {status === 'EXPIRED' ? (
          <Hourglass aria-hidden className="size-20 text-ink-muted" />
        ) : (
          <Ban aria-hidden className="size-20 text-ink-muted" />
        )}
        <p className="text-2xl font-bold text-ink">
          {status === 'EXPIRED' ? 'This QR has expired' : 'This QR is cancelled'}
        </p>
        <p className="text-lg text-ink-muted">It no longer takes payments. Make a new one to try again.</p>
      </div>
    );
  }
  return (
    <figure className={`${CARD} bg-white p-6 shadow-sheet`}>
      <p className="text-2xl font-bold text-black">{venueName}</p>
      <div
        role="img"
        aria-label={`QR code for the customer to pay ${formatPence(checkout.amountPence)}`}
        className="size-[344px] [&>svg]:size-full"
        // Our own server's SVG (the qrcode library's output for the pay URL), never user input.
        dangerouslySetInnerHTML={{ __html: checkout.qrSvg }}
      />
      <figcaption className="tabular text-lg font-semibold text-black">
        Scan with your phone camera to pay {formatPence(checkout.amountPence)}
      </figcaption>
    </figure>
  );
}
