import { formatPence } from '@/lib/domain/money';
import type { TPayment } from '@/lib/schemas/payments';

/** The café's clock: the back office shows when money arrived in UK time, summer or winter. */
const TIME_ZONE = 'Europe/London';

const METHOD_WORDS: Record<TPayment['method'], string> = {
  CASH: 'Cash',
  CARD: 'Card',
  WALLET: 'Apple Pay or Google Pay',
  OPEN_BANKING: 'Pay by bank',
};

const PROVIDER_WORDS: Record<string, string> = {
  stripe: 'Stripe',
  truelayer: 'TrueLayer',
  sandbox: 'test bank',
};

const providerWords = (provider: string) => PROVIDER_WORDS[provider] ?? provider;

/** How the money came, as its two parts: { method: "Pay by bank", through: "test bank" }. */
export function paidByParts(method: TPayment['method'], provider: string | null) {
  return { method: METHOD_WORDS[method], through: provider ? providerWords(provider) : null };
}

/** How the money came, in plain words: "Pay by bank (test bank)", "Card (Stripe)", "Cash". */
export function paidByWords(method: TPayment['method'], provider: string | null): string {
  const parts = paidByParts(method, provider);
  return parts.through ? `${parts.method} (${parts.through})` : parts.method;
}

const DESTINATION: Record<TPayment['method'], string> = {
  OPEN_BANKING: 'the customer’s bank account',
  CARD: 'the customer’s card',
  WALLET: 'the customer’s card',
  CASH: 'the customer, in cash',
};

/** Where a refund of this payment ends up, said to the person about to send it. */
export function goesBackTo(method: TPayment['method'], provider: string | null): string {
  if (!provider) return DESTINATION[method];
  const through = provider === 'sandbox' ? 'the test bank' : providerWords(provider);
  return `${DESTINATION[method]}, through ${through}`;
}

/** Where a card or bank refund lands, in the few words a cashier reads at a glance. */
const LANDS_IN: Record<Exclude<TPayment['method'], 'CASH'>, string> = {
  OPEN_BANKING: 'the customer’s bank',
  CARD: 'the customer’s card',
  WALLET: 'the customer’s card',
};

const NOTHING_FROM_THE_DRAWER = 'nothing from the drawer';

/**
 * Where the money of a refund from this payment goes, said on the till before the cashier confirms
 * it: only a cash payment is refunded from the drawer; card and bank refunds go through their
 * provider, and a cashier who also paid out cash would pay the customer twice.
 */
export function refundRouteWords(method: TPayment['method']): string {
  switch (method) {
    case 'CASH':
      return 'Cash from this till’s drawer';
    case 'OPEN_BANKING':
      return `Back to the customer’s bank — ${NOTHING_FROM_THE_DRAWER}`;
    case 'CARD':
    case 'WALLET':
      return `Back to their card — ${NOTHING_FROM_THE_DRAWER}`;
  }
}

export type RefundOutcome = {
  /** The colour it is shown in; the words say the same (status by colour and word). */
  tone: 'success' | 'info' | 'error';
  /** One or two words for the state: "Paid out", "On its way", "Refused". */
  state: string;
  text: string;
};

/**
 * What the till says after a refund, honest about where it stands: cash is given back there and
 * then; a card or bank refund is PENDING until its provider pays it out (or refuses it), and the
 * till says so as the provider's answer arrives.
 */
export function refundOutcomeWords(refund: {
  method: TPayment['method'];
  amountPence: number;
  status: TPayment['refunds'][number]['status'];
}): RefundOutcome {
  const amount = formatPence(refund.amountPence);
  if (refund.method === 'CASH') {
    return {
      tone: 'success',
      state: 'Give it back',
      text: `Refunded ${amount} in cash — give it to the customer from this till’s drawer.`,
    };
  }
  const landsIn = LANDS_IN[refund.method];
  switch (refund.status) {
    case 'PENDING':
      return {
        tone: 'info',
        state: 'On its way',
        text: `Refund of ${amount} sent to ${landsIn} — on its way. Give nothing from the drawer.`,
      };
    case 'SUCCEEDED':
      return {
        tone: 'success',
        state: 'Paid out',
        text: `Refund of ${amount} paid out to ${landsIn}. Give nothing from the drawer.`,
      };
    case 'FAILED':
      return {
        tone: 'error',
        state: 'Refused',
        text: `Refund of ${amount} to ${landsIn} was refused — nothing went back. Try the refund again.`,
      };
  }
}

const DATE = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: TIME_ZONE,
});
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });

/** When a payment arrived, as the café's clock showed it: { date: "Wed 1 Jul 2026", time: "14:32" }. */
export function arrivedWords(iso: string): { date: string; time: string } {
  const at = new Date(iso);
  return { date: DATE.format(at).replace(',', ''), time: TIME.format(at) };
}
