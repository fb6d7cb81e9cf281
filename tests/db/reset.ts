import { db } from "../../src/lib/db";

/**
 * Empties every table except the migrations record and the search index version, so each test
 * file starts from nothing (the audit log too, past its trigger, as only the tables' owner can). The version only ever grows (truncating practice_search raises it):
 * facet counts cached before a reset can never pass for counts made after it.
 */
export async function resetDatabase(): Promise<void> {
  await db.$executeRaw`
    DO $$
    DECLARE tables text;
    BEGIN
      SELECT string_agg(format('%I', tablename), ', ') INTO tables
      FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'search_index_state');
      IF tables IS NOT NULL THEN
        -- The audit log refuses TRUNCATE; its owner may switch that off, and only inside this transaction.
        ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_truncate;
        EXECUTE 'TRUNCATE ' || tables || ' RESTART IDENTITY CASCADE';
        ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_truncate;
      END IF;
    END $$`;
}
