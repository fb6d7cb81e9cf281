-- TRUNCATE empties a table without firing row triggers, so the audit log's UPDATE/DELETE trigger
-- never saw it: a statement trigger refuses it too. The table's owner can still switch the trigger
-- off or drop it (the tests switch it off inside the transaction that empties every table):
-- append-only holds against the application and its SQL, not against the database's owner.
CREATE TRIGGER "audit_event_no_truncate"
BEFORE TRUNCATE ON "audit_event"
FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();
