-- AlterTable
ALTER TABLE "FollowUp" ADD COLUMN "escalatedAt" DATETIME;
ALTER TABLE "FollowUp" ADD COLUMN "remindedAt" DATETIME;
