-- CreateTable
CREATE TABLE "Receivable" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "customerId" INTEGER NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "dueOn" DATETIME NOT NULL,
    "paidCents" INTEGER NOT NULL DEFAULT 0,
    "paidOn" DATETIME,
    "source" TEXT NOT NULL,
    "recordedBy" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Receivable_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Receivable_customerId_paidOn_idx" ON "Receivable"("customerId", "paidOn");

-- CreateIndex
CREATE INDEX "Receivable_paidOn_dueOn_idx" ON "Receivable"("paidOn", "dueOn");
