-- Approved adoption reports ("Wdrożyliśmy to u siebie") per published practice, kept in its
-- search row: the sort "najczęściej wdrażane" orders by it and the filter "wdrozone=tak" tests it.
-- How it stays exact: the review of a report (features/adoptions/mutations.ts) recounts the
-- practice's approved reports in the transaction that changes the status, after locking the
-- practice row (two reviews of one practice take turns, each counting the other's commit); a row
-- (re)written into the index (publishing, a reindex) is counted by the trigger below. An upsert
-- of an existing row leaves the column as it was.
ALTER TABLE "practice_search" ADD COLUMN "adoption_count" INTEGER NOT NULL DEFAULT 0;

-- The sort, and the filter's range (adoption_count > 0) for counting.
-- CreateIndex
CREATE INDEX "practice_search_adoption_count_entered_on_idx" ON "practice_search"("adoption_count" DESC, "entered_on" DESC);

CREATE FUNCTION "practice_search_adoption_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.adoption_count := (SELECT count(*) FROM adoption_report WHERE practice_id = NEW.practice_id AND status = 'zatwierdzone');
  RETURN NEW;
END $$;

CREATE TRIGGER "practice_search_adoption_count"
BEFORE INSERT ON "practice_search"
FOR EACH ROW EXECUTE FUNCTION "practice_search_adoption_count"();
