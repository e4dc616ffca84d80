-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "platform" TEXT NOT NULL,
    "conversation" TEXT NOT NULL,
    "op" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "cardKey" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "ref" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Push" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "personId" INTEGER,
    "chat" TEXT,
    "kind" TEXT NOT NULL,
    "cards" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" DATETIME
);
INSERT INTO "new_Push" ("cards", "createdAt", "deliveredAt", "id", "key", "kind", "personId") SELECT "cards", "createdAt", "deliveredAt", "id", "key", "kind", "personId" FROM "Push";
DROP TABLE "Push";
ALTER TABLE "new_Push" RENAME TO "Push";
CREATE UNIQUE INDEX "Push_key_key" ON "Push"("key");
CREATE INDEX "Push_personId_deliveredAt_idx" ON "Push"("personId", "deliveredAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "OutboxMessage_platform_status_nextAttemptAt_idx" ON "OutboxMessage"("platform", "status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_platform_conversation_status_idx" ON "OutboxMessage"("platform", "conversation", "status");

-- CreateIndex
CREATE INDEX "OutboxMessage_platform_cardKey_idx" ON "OutboxMessage"("platform", "cardKey");
