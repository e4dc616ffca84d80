-- CreateTable
CREATE TABLE "Minutes" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "visitId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "content" TEXT NOT NULL,
    "provenance" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "remindedAt" DATETIME,
    "confirmedAt" DATETIME,
    "confirmedBy" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Minutes_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MinutesVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "minutesId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "provenance" TEXT NOT NULL,
    "change" TEXT NOT NULL,
    "changedBy" INTEGER,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MinutesVersion_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Report" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "personId" INTEGER,
    "teamId" INTEGER,
    "content" TEXT NOT NULL,
    "narrative" TEXT NOT NULL,
    "writtenBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "visitId" INTEGER NOT NULL,
    "managerId" INTEGER NOT NULL,
    "kinds" TEXT NOT NULL,
    "excerpt" TEXT NOT NULL,
    "detectedBy" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "acknowledgedAt" DATETIME,
    "forwardedTo" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Alert_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Minutes_visitId_key" ON "Minutes"("visitId");

-- CreateIndex
CREATE INDEX "Minutes_status_dueAt_idx" ON "Minutes"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Minutes_authorId_status_idx" ON "Minutes"("authorId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "MinutesVersion_minutesId_version_key" ON "MinutesVersion"("minutesId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Report_key_key" ON "Report"("key");

-- CreateIndex
CREATE INDEX "Report_teamId_day_idx" ON "Report"("teamId", "day");

-- CreateIndex
CREATE INDEX "Alert_managerId_status_idx" ON "Alert"("managerId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Alert_visitId_key" ON "Alert"("visitId");
