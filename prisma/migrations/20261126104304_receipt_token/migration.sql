-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "receiptToken" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Order_receiptToken_key" ON "Order"("receiptToken");
