-- Wakes the mail worker (LISTEN outbox_mail) when a mail becomes due now: a new one, or one an
-- administrator sends again. A notification is delivered when its transaction commits, so the
-- worker never looks for a row before it is visible, and a rolled-back change wakes nobody.
-- The worker's own updates (sent, or retry later) do not match the condition: no wake-up loop.
CREATE FUNCTION "outbox_mail_wake"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('outbox_mail', '');
  RETURN NULL;
END
$$;

CREATE TRIGGER "outbox_mail_wake"
  AFTER INSERT OR UPDATE OF "status", "next_attempt_at" ON "outbox_mail"
  FOR EACH ROW WHEN (NEW."status" = 'oczekuje' AND NEW."next_attempt_at" <= now())
  EXECUTE FUNCTION "outbox_mail_wake"();
