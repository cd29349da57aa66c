-- AlterTable
ALTER TABLE "Refund" ADD COLUMN     "lineIds" UUID[] DEFAULT ARRAY[]::UUID[];
