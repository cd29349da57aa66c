-- Every row carries its location (child rows too), so a sharded PostgreSQL keyed by location is a
-- migration, not a redesign. Child rows take their parent's location; then the column is required.
-- AlterTable
ALTER TABLE "Modifier" ADD COLUMN "locationId" UUID;
UPDATE "Modifier" c SET "locationId" = g."locationId" FROM "ModifierGroup" g WHERE g."id" = c."groupId";
ALTER TABLE "Modifier" ALTER COLUMN "locationId" SET NOT NULL;

-- AlterTable
ALTER TABLE "ItemModifierGroup" ADD COLUMN "locationId" UUID;
UPDATE "ItemModifierGroup" c SET "locationId" = i."locationId" FROM "Item" i WHERE i."id" = c."itemId";
ALTER TABLE "ItemModifierGroup" ALTER COLUMN "locationId" SET NOT NULL;

-- AlterTable
ALTER TABLE "OrderLine" ADD COLUMN "locationId" UUID;
UPDATE "OrderLine" c SET "locationId" = o."locationId" FROM "Order" o WHERE o."id" = c."orderId";
ALTER TABLE "OrderLine" ALTER COLUMN "locationId" SET NOT NULL;

-- AlterTable
ALTER TABLE "OrderLineModifier" ADD COLUMN "locationId" UUID;
UPDATE "OrderLineModifier" c SET "locationId" = l."locationId" FROM "OrderLine" l WHERE l."id" = c."lineId";
ALTER TABLE "OrderLineModifier" ALTER COLUMN "locationId" SET NOT NULL;

-- AlterTable
ALTER TABLE "Discount" ADD COLUMN "locationId" UUID;
UPDATE "Discount" c SET "locationId" = o."locationId" FROM "Order" o WHERE o."id" = c."orderId";
ALTER TABLE "Discount" ALTER COLUMN "locationId" SET NOT NULL;

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "deviceId" UUID;

-- AlterTable
ALTER TABLE "Refund" ADD COLUMN     "deviceId" UUID;

-- AlterTable
ALTER TABLE "CashMovement" ADD COLUMN "locationId" UUID;
UPDATE "CashMovement" c SET "locationId" = s."locationId" FROM "CashSession" s WHERE s."id" = c."cashSessionId";
ALTER TABLE "CashMovement" ALTER COLUMN "locationId" SET NOT NULL;

-- Never written: webhook failures are logged, and a failed delivery is retried by its provider.
ALTER TABLE "WebhookEvent" DROP COLUMN "error";

-- CreateIndex
CREATE INDEX "Device_pairedById_idx" ON "Device"("pairedById");

-- CreateIndex
CREATE INDEX "Device_revokedById_idx" ON "Device"("revokedById");

-- CreateIndex
CREATE INDEX "Modifier_locationId_idx" ON "Modifier"("locationId");

-- CreateIndex
CREATE INDEX "ItemModifierGroup_locationId_idx" ON "ItemModifierGroup"("locationId");

-- CreateIndex
CREATE INDEX "Order_mergedIntoId_idx" ON "Order"("mergedIntoId");

-- CreateIndex
CREATE INDEX "OrderLine_locationId_idx" ON "OrderLine"("locationId");

-- CreateIndex
CREATE INDEX "OrderLine_stationId_idx" ON "OrderLine"("stationId");

-- CreateIndex
CREATE INDEX "OrderLine_voidedById_idx" ON "OrderLine"("voidedById");

-- CreateIndex
CREATE INDEX "OrderLine_approvedById_idx" ON "OrderLine"("approvedById");

-- CreateIndex
CREATE INDEX "OrderLineModifier_locationId_idx" ON "OrderLineModifier"("locationId");

-- CreateIndex
CREATE INDEX "OrderLineModifier_modifierId_idx" ON "OrderLineModifier"("modifierId");

-- CreateIndex
CREATE INDEX "Discount_locationId_idx" ON "Discount"("locationId");

-- CreateIndex
CREATE INDEX "Discount_createdById_idx" ON "Discount"("createdById");

-- CreateIndex
CREATE INDEX "Discount_approvedById_idx" ON "Discount"("approvedById");

-- CreateIndex
CREATE INDEX "Payment_createdById_idx" ON "Payment"("createdById");

-- CreateIndex
CREATE INDEX "Payment_deviceId_idx" ON "Payment"("deviceId");

-- CreateIndex
CREATE INDEX "Refund_createdById_idx" ON "Refund"("createdById");

-- CreateIndex
CREATE INDEX "Refund_approvedById_idx" ON "Refund"("approvedById");

-- CreateIndex
CREATE INDEX "Refund_deviceId_idx" ON "Refund"("deviceId");

-- CreateIndex
CREATE INDEX "CheckoutSession_createdById_idx" ON "CheckoutSession"("createdById");

-- CreateIndex
CREATE INDEX "CashSession_openedById_idx" ON "CashSession"("openedById");

-- CreateIndex
CREATE INDEX "CashSession_closedById_idx" ON "CashSession"("closedById");

-- CreateIndex
CREATE INDEX "CashSession_approvedById_idx" ON "CashSession"("approvedById");

-- CreateIndex
CREATE INDEX "CashMovement_locationId_idx" ON "CashMovement"("locationId");

-- CreateIndex
CREATE INDEX "CashMovement_createdById_idx" ON "CashMovement"("createdById");

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_pairedById_fkey" FOREIGN KEY ("pairedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Modifier" ADD CONSTRAINT "Modifier_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemModifierGroup" ADD CONSTRAINT "ItemModifierGroup_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Station"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_voidedById_fkey" FOREIGN KEY ("voidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLineModifier" ADD CONSTRAINT "OrderLineModifier_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLineModifier" ADD CONSTRAINT "OrderLineModifier_modifierId_fkey" FOREIGN KEY ("modifierId") REFERENCES "Modifier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Discount" ADD CONSTRAINT "Discount_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Discount" ADD CONSTRAINT "Discount_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Discount" ADD CONSTRAINT "Discount_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckoutSession" ADD CONSTRAINT "CheckoutSession_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CashSession" ADD CONSTRAINT "CashSession_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CashSession" ADD CONSTRAINT "CashSession_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CashSession" ADD CONSTRAINT "CashSession_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CashSession" ADD CONSTRAINT "CashSession_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CashMovement" ADD CONSTRAINT "CashMovement_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CashMovement" ADD CONSTRAINT "CashMovement_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
