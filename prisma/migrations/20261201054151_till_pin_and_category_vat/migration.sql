-- AlterEnum
ALTER TYPE "AccountTokenKind" ADD VALUE 'TILL_PIN';

-- AlterTable
ALTER TABLE "Category" ADD COLUMN     "takeawayVatRateBps" INTEGER,
ADD COLUMN     "vatRateBps" INTEGER;
