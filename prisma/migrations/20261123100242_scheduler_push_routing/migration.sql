-- CreateTable
CREATE TABLE "JobRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "job" TEXT NOT NULL,
    "slot" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "leaseUntil" DATETIME NOT NULL,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "outcome" TEXT
);

-- CreateTable
CREATE TABLE "Push" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "personId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "cards" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" DATETIME
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedBy" INTEGER,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "RoutingRule" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "position" INTEGER NOT NULL,
    "category" TEXT,
    "region" TEXT,
    "grade" TEXT,
    "customerOwnerId" INTEGER,
    "targetPersonId" INTEGER,
    "targetTeamId" INTEGER,
    "strategy" TEXT NOT NULL DEFAULT 'least_loaded',
    "lastAssignedId" INTEGER,
    "createdBy" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Complaint" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "customerId" INTEGER NOT NULL,
    "reporterId" INTEGER NOT NULL,
    "ownerId" INTEGER,
    "category" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "description" TEXT NOT NULL,
    "ackDueAt" DATETIME NOT NULL,
    "resolveDueAt" DATETIME NOT NULL,
    "acknowledgedAt" DATETIME,
    "escalationLevel" INTEGER NOT NULL DEFAULT 0,
    "resolution" TEXT,
    "resolvedAt" DATETIME,
    "satisfaction" TEXT,
    "satisfactionComment" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Complaint_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Complaint_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Complaint_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Complaint" ("ackDueAt", "category", "createdAt", "customerId", "description", "id", "ownerId", "reporterId", "resolution", "resolveDueAt", "resolvedAt", "satisfaction", "satisfactionComment", "severity", "status") SELECT "ackDueAt", "category", "createdAt", "customerId", "description", "id", "ownerId", "reporterId", "resolution", "resolveDueAt", "resolvedAt", "satisfaction", "satisfactionComment", "severity", "status" FROM "Complaint";
DROP TABLE "Complaint";
ALTER TABLE "new_Complaint" RENAME TO "Complaint";
CREATE INDEX "Complaint_customerId_status_idx" ON "Complaint"("customerId", "status");
CREATE INDEX "Complaint_ownerId_status_idx" ON "Complaint"("ownerId", "status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "JobRun_job_slot_key" ON "JobRun"("job", "slot");

-- CreateIndex
CREATE UNIQUE INDEX "Push_key_key" ON "Push"("key");

-- CreateIndex
CREATE INDEX "Push_personId_deliveredAt_idx" ON "Push"("personId", "deliveredAt");

-- CreateIndex
CREATE INDEX "RoutingRule_position_idx" ON "RoutingRule"("position");
