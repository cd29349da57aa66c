-- CreateTable
CREATE TABLE "AuditChainHead" (
    "chainKey" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditChainHead_pkey" PRIMARY KEY ("chainKey")
);

-- Hand-written: start each existing chain's head at its newest row.
INSERT INTO "AuditChainHead" ("chainKey", "hash")
SELECT DISTINCT ON (COALESCE("locationId", "organisationId")) COALESCE("locationId", "organisationId")::text, "hash"
FROM "AuditLog"
ORDER BY COALESCE("locationId", "organisationId"), "seq" DESC;
