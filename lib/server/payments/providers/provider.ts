import 'server-only';
import type { PaymentStatus, RefundStatus } from '@/lib/domain/payment-state';

/** A provider's report about one payment, once its signature has been checked. */
export type VerifiedPaymentEvent = {
  /** The provider's id for this delivery: retries of the same delivery share it. */
  eventId: string;
  eventType: string;
  providerPaymentId: string;
  status: PaymentStatus;
  payload: unknown;
};

export type WebhookVerification = { ok: true; event: VerifiedPaymentEvent | null } | { ok: false; reason: string };

/**
 * Pay by bank, whoever the provider is (design.md §6): create a payment and send the customer to
 * approve it, read its status, refund it, and check that a webhook really came from the provider.
 * Amounts are pence. The return redirect is never proof of payment: only `verifyWebhook` or
 * `getStatus` may move a payment.
 */
export type OpenBankingProvider = {
  name: string;
  createPayment(input: {
    /** Our Payment id: a retried create with the same key returns the same provider payment. */
    idempotencyKey: string;
    amountPence: number;
    payeeName: string;
    reference: string;
    /** Absolute URL the customer returns to after their bank. */
    returnUrl: string;
    /** A bank the customer already chose, when the provider lets us pass it. */
    bankId?: string;
  }): Promise<{ providerPaymentId: string; redirectUrl: string }>;
  getStatus(providerPaymentId: string): Promise<PaymentStatus>;
  /** Asks the provider to call off a payment the customer has not approved (expired checkout). */
  cancel(providerPaymentId: string): Promise<void>;
  refund(input: {
    providerPaymentId: string;
    amountPence: number;
    idempotencyKey: string;
    reference: string;
  }): Promise<{ providerRefundId: string }>;
  /** Whether a refund was paid out (SUCCEEDED), refused (FAILED) or is still on its way (PENDING). */
  getRefundStatus(input: { providerPaymentId: string; providerRefundId: string }): Promise<RefundStatus>;
  /**
   * Checks a delivery to `path` (our webhook's path, which the provider signs). `event` is null for
   * a genuine delivery about something we do not track (acknowledged).
   */
  verifyWebhook(rawBody: string, headers: Headers, path: string): Promise<WebhookVerification>;
};

/**
 * What reconciling and refunding need from whichever provider holds a payment: the pay-by-bank
 * providers (the test bank, TrueLayer) and Stripe all have it.
 */
export type PaymentProvider = Pick<OpenBankingProvider, 'name' | 'getStatus' | 'cancel' | 'refund' | 'getRefundStatus'>;
