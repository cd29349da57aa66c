-- AlterTable
ALTER TABLE "Location" ADD COLUMN     "businessDayStartHour" INTEGER NOT NULL DEFAULT 4;

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "firedCourse" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "mergedIntoId" UUID;

-- AlterTable
ALTER TABLE "OrderLine" ADD COLUMN     "stationId" UUID;

-- CreateTable
CREATE TABLE "OrderCounter" (
    "locationId" UUID NOT NULL,
    "businessDate" DATE NOT NULL,
    "lastNumber" INTEGER NOT NULL,

    CONSTRAINT "OrderCounter_pkey" PRIMARY KEY ("locationId","businessDate")
);

-- AddForeignKey
ALTER TABLE "OrderCounter" ADD CONSTRAINT "OrderCounter_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
