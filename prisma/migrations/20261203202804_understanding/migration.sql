-- AlterTable
ALTER TABLE "PendingIntent" ADD COLUMN "source" TEXT;

-- CreateTable
CREATE TABLE "CustomerNameChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "customerId" INTEGER NOT NULL
);

-- CreateIndex
CREATE INDEX "PendingIntent_source_idx" ON "PendingIntent"("source");
-- Every write path (chat, import, merge, undo, raw SQL) records which customer's names changed.
CREATE TRIGGER "customer_name_inserted" AFTER INSERT ON "Customer"
BEGIN INSERT INTO "CustomerNameChange" ("customerId") VALUES (NEW."id"); END;
CREATE TRIGGER "customer_name_updated" AFTER UPDATE OF "name" ON "Customer"
BEGIN INSERT INTO "CustomerNameChange" ("customerId") VALUES (NEW."id"); END;
CREATE TRIGGER "customer_name_deleted" AFTER DELETE ON "Customer"
BEGIN INSERT INTO "CustomerNameChange" ("customerId") VALUES (OLD."id"); END;
CREATE TRIGGER "customer_alias_inserted" AFTER INSERT ON "CustomerAlias"
BEGIN INSERT INTO "CustomerNameChange" ("customerId") VALUES (NEW."customerId"); END;
CREATE TRIGGER "customer_alias_updated" AFTER UPDATE ON "CustomerAlias"
BEGIN
  INSERT INTO "CustomerNameChange" ("customerId") VALUES (OLD."customerId");
  INSERT INTO "CustomerNameChange" ("customerId") VALUES (NEW."customerId");
END;
CREATE TRIGGER "customer_alias_deleted" AFTER DELETE ON "CustomerAlias"
BEGIN INSERT INTO "CustomerNameChange" ("customerId") VALUES (OLD."customerId"); END;
