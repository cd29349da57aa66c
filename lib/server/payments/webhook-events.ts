import 'server-only';
import type { DbOrTx } from '@/lib/db';

/**
 * Records a provider's delivery by its event id, once: true the first time, false for a repeat
 * (a provider retry, or the same event arriving twice at once). Webhooks and status reads call it
 * first, inside the transaction that applies the event, so a repeat changes nothing.
 */
export async function claimWebhookEvent(
  tx: DbOrTx,
  event: { provider: string; eventId: string; type: string; payload: unknown; now: Date },
): Promise<boolean> {
  const { provider, eventId, type, payload, now } = event;
  const [first] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "WebhookEvent" ("id", "provider", "eventId", "type", "payload", "receivedAt", "processedAt")
    VALUES (gen_random_uuid(), ${provider}, ${eventId}, ${type}, ${JSON.stringify(payload ?? null)}::jsonb, ${now}, ${now})
    ON CONFLICT ("provider", "eventId") DO NOTHING RETURNING "id"::text AS "id"`;
  return Boolean(first);
}
