-- CreateTable
CREATE TABLE "PendingImport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "bytes" BLOB NOT NULL,
    "sha256" TEXT NOT NULL,
    "rows" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "resolvedAt" DATETIME,
    "outcome" TEXT,
    "auditId" INTEGER
);

-- CreateIndex
CREATE INDEX "PendingImport_personId_idx" ON "PendingImport"("personId");

-- CreateIndex
CREATE INDEX "PendingImport_expiresAt_idx" ON "PendingImport"("expiresAt");
