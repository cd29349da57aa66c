-- CreateEnum
CREATE TYPE "TableShape" AS ENUM ('SQUARE', 'ROUND');

-- AlterTable
ALTER TABLE "Table" ADD COLUMN     "removedAt" TIMESTAMPTZ(3),
ADD COLUMN     "shape" "TableShape" NOT NULL DEFAULT 'SQUARE',
ALTER COLUMN "areaId" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Area_locationId_name_key" ON "Area"("locationId", "name");
