-- AlterTable
ALTER TABLE "Location" ADD COLUMN     "closedDates" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "openingHours" JSONB;

-- CreateTable
CREATE TABLE "SetupToken" (
    "id" TEXT NOT NULL DEFAULT 'setup',
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SetupToken_pkey" PRIMARY KEY ("id")
);
