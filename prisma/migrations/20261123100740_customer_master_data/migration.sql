-- AlterTable
ALTER TABLE "Contact" ADD COLUMN "normalizedEmail" TEXT;
ALTER TABLE "Contact" ADD COLUMN "normalizedPhone" TEXT;

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN "badReason" TEXT;
ALTER TABLE "Customer" ADD COLUMN "flaggedAt" DATETIME;
ALTER TABLE "Customer" ADD COLUMN "formerOwnerId" INTEGER;
ALTER TABLE "Customer" ADD COLUMN "gradedAt" DATETIME;
ALTER TABLE "Customer" ADD COLUMN "inPoolSince" DATETIME;
ALTER TABLE "Customer" ADD COLUMN "previousGrade" TEXT;
ALTER TABLE "Customer" ADD COLUMN "rfmFrequency" INTEGER;
ALTER TABLE "Customer" ADD COLUMN "rfmMonetary" INTEGER;
ALTER TABLE "Customer" ADD COLUMN "rfmRecency" INTEGER;

-- CreateTable
CREATE TABLE "Sale" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "customerId" INTEGER NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "occurredOn" DATETIME NOT NULL,
    "source" TEXT NOT NULL,
    "recordedBy" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Sale_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CustomerCollaborator" (
    "customerId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "addedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("customerId", "personId"),
    CONSTRAINT "CustomerCollaborator_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssignmentRule" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "position" INTEGER NOT NULL,
    "region" TEXT,
    "industry" TEXT,
    "size" TEXT,
    "grade" TEXT,
    "ownerId" INTEGER NOT NULL,
    "createdBy" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "PoolClaim" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" INTEGER NOT NULL,
    "customerId" INTEGER NOT NULL,
    "claimedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "Sale_customerId_occurredOn_idx" ON "Sale"("customerId", "occurredOn");

-- CreateIndex
CREATE INDEX "CustomerCollaborator_personId_idx" ON "CustomerCollaborator"("personId");

-- CreateIndex
CREATE INDEX "AssignmentRule_position_idx" ON "AssignmentRule"("position");

-- CreateIndex
CREATE INDEX "PoolClaim_personId_claimedAt_idx" ON "PoolClaim"("personId", "claimedAt");

-- CreateIndex
CREATE INDEX "Contact_normalizedPhone_idx" ON "Contact"("normalizedPhone");

-- CreateIndex
CREATE INDEX "Contact_normalizedEmail_idx" ON "Contact"("normalizedEmail");

-- CreateIndex
CREATE INDEX "Customer_inPoolSince_idx" ON "Customer"("inPoolSince");
