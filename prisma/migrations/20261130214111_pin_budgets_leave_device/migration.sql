-- PIN attempt budgets (per device and per location) live in the rate limiter (Redis when REDIS_URL
-- is set), where an approval checked inside a use case's transaction can spend them too.
-- AlterTable
ALTER TABLE "Device" DROP COLUMN "pinFailures",
DROP COLUMN "pinLockedUntil";
