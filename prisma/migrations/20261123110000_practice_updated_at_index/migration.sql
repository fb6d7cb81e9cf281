-- Open data: the newest change of the catalogue (Last-Modified, validators of cached exports) and
-- the feeds of recently published and updated practices both read practices by updated_at.
CREATE INDEX "practice_updated_at_idx" ON "practice"("updated_at" DESC);
