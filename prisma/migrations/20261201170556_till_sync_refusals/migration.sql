-- AlterTable
ALTER TABLE "Device" ADD COLUMN     "syncRefusals" JSONB NOT NULL DEFAULT '[]';
