-- CreateTable
CREATE TABLE "SandboxBankPayment" (
    "id" UUID NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "amountPence" INTEGER NOT NULL,
    "refundedPence" INTEGER NOT NULL DEFAULT 0,
    "payeeName" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "bankId" TEXT,
    "returnUrl" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "SandboxBankPayment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SandboxBankPayment_idempotencyKey_key" ON "SandboxBankPayment"("idempotencyKey");
