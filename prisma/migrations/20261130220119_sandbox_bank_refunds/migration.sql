-- CreateTable
CREATE TABLE "SandboxBankRefund" (
    "id" UUID NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "paymentId" UUID NOT NULL,
    "amountPence" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'executed',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SandboxBankRefund_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SandboxBankRefund_idempotencyKey_key" ON "SandboxBankRefund"("idempotencyKey");

-- CreateIndex
CREATE INDEX "SandboxBankRefund_paymentId_idx" ON "SandboxBankRefund"("paymentId");

-- AddForeignKey
ALTER TABLE "SandboxBankRefund" ADD CONSTRAINT "SandboxBankRefund_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "SandboxBankPayment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
