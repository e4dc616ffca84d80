-- CreateIndex
CREATE INDEX "FollowUp_visitId_idx" ON "FollowUp"("visitId");
