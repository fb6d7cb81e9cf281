-- Wakes the mail worker (LISTEN outbox_mail) when mail becomes due now: new mail (always due at
-- once), or failed mail an administrator sends again. A notification is delivered when its
-- transaction commits, so the worker never looks for a row before it is visible, and a
-- rolled-back change wakes nobody. The conditions are on the change, not on next_attempt_at:
-- Prisma fills `@default(now())` with the application's clock, a moment after the database's
-- now() of the same transaction. The worker's own updates (sent; retry later; given up) leave
-- the status as it was or move it away from 'oczekuje': they wake nobody.
CREATE FUNCTION "outbox_mail_wake"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('outbox_mail', '');
  RETURN NULL;
END
$$;

CREATE TRIGGER "outbox_mail_wake_insert"
  AFTER INSERT ON "outbox_mail"
  FOR EACH STATEMENT EXECUTE FUNCTION "outbox_mail_wake"();

CREATE TRIGGER "outbox_mail_wake_resend"
  AFTER UPDATE OF "status" ON "outbox_mail"
  FOR EACH ROW WHEN (NEW."status" = 'oczekuje' AND OLD."status" <> 'oczekuje')
  EXECUTE FUNCTION "outbox_mail_wake"();
