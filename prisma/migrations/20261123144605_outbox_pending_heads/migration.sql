-- DropIndex
DROP INDEX "OutboxMessage_platform_conversation_status_idx";

-- CreateIndex
CREATE INDEX "OutboxMessage_platform_status_conversation_idx" ON "OutboxMessage"("platform", "status", "conversation");
