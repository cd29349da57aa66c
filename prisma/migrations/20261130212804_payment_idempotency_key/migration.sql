-- Before this release a payment retried after a crash could be taken twice under one
-- Idempotency-Key. Both payments stay (they are money the venue holds); the key stays on the first,
-- so the guard below can hold from now on.
UPDATE "Payment" AS p SET "idempotencyKey" = NULL
FROM "Payment" AS first
WHERE p."idempotencyKey" IS NOT NULL AND first."orderId" = p."orderId"
  AND first."idempotencyKey" = p."idempotencyKey"
  AND (first."createdAt", first."id") < (p."createdAt", p."id");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_orderId_idempotencyKey_key" ON "Payment"("orderId", "idempotencyKey");
