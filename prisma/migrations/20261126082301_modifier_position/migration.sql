-- AlterTable
ALTER TABLE "OrderLineModifier" ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0;
