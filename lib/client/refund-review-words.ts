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
