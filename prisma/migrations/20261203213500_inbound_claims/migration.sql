-- AlterTable
ALTER TABLE "InboundEvent" ADD COLUMN "claimedAt" DATETIME;
ALTER TABLE "InboundEvent" ADD COLUMN "claimedBy" TEXT;

-- CreateIndex
CREATE INDEX "AuditLog_source_idx" ON "AuditLog"("source");
