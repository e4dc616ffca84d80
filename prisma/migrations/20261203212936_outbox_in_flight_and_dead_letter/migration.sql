-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "claimedAt" DATETIME;
ALTER TABLE "OutboxMessage" ADD COLUMN "maybeSentAt" DATETIME;
ALTER TABLE "OutboxMessage" ADD COLUMN "requeuedAt" DATETIME;
