import "server-only";
import { enqueueMail } from "@/features/mail/mutations";
import { paths } from "@/features/open-data/paths";
import { searchAllPracticeIds } from "@/features/search/run-search";
import type { SearchAlertFrequency } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { absoluteUrl } from "@/lib/public-url";
import { getCategoryNames, listChangedMatches } from "./data";
import { digestMail, searchDescription } from "./mail";
import { issueUnsubscribeUrl } from "./mutations";
import { alertParams } from "./schema";
import { FREQUENCIES, frequencyOfSlug, type FrequencySlug } from "./vocabulary";

// The periodic job of the alerts: every active alert whose period has passed gets the published
// practices of its search changed since its last digest, or nothing when there are none.
//
// Never twice: each alert is claimed in its own transaction with FOR UPDATE SKIP LOCKED and the
// due condition re-checked under the lock; its window moves on (last_digest_at) in the same
// transaction as the mail enters the outbox. A second instance running at the same moment skips
// the locked rows, and after the commit finds them no longer due.

/** Practices listed in one digest; the rest are behind the link to the search. */
export const DIGEST_LIST_SIZE = 20;
/** Alerts claimed per run; the next run takes the rest. */
const BATCH = 200;
/** Far more than the bank holds: the matches of one search held as ids. */
const MAX_MATCHES = 200_000;
/** A digest is due a little before its full period, so daily mail does not drift later each day. */
const SLACK_MINUTES = 30;
/**
 * A window ends this long before the run: a practice's updated_at is set by the writer before its
 * transaction commits, so a change committed just after the search read could carry a time inside
 * the window; the margin leaves it to the next window instead of losing it.
 */
const SETTLE_SECONDS = 120;

const periodMinutes = (frequency: SearchAlertFrequency) => FREQUENCIES[frequency].hours * 60 - SLACK_MINUTES;

export type DigestRun = { sent: number; empty: number };

export async function sendDueDigests(): Promise<DigestRun> {
  const due = await db.$queryRaw<{ id: number }[]>`
    SELECT id FROM search_alert
    WHERE status = 'aktywna' AND last_digest_at <= now() - make_interval(mins => CASE frequency
      WHEN 'codziennie' THEN ${periodMinutes("DAILY")}::int ELSE ${periodMinutes("WEEKLY")}::int END)
    ORDER BY last_digest_at, id
    LIMIT ${BATCH}`;
  const run: DigestRun = { sent: 0, empty: 0 };
  for (const { id } of due) {
    const outcome = await sendDigest(id);
    if (outcome !== "skipped") run[outcome] += 1;
  }
  return run;
}

type Claimed = { id: number; email: string; query: string; frequency: FrequencySlug; after: Date; until: Date };

async function sendDigest(id: number): Promise<"sent" | "empty" | "skipped"> {
  return db.$transaction(
    async (tx) => {
      const [alert] = await tx.$queryRaw<Claimed[]>`
        SELECT id, email, query, frequency::text AS frequency, last_digest_at AS after, now() - make_interval(secs => ${SETTLE_SECONDS}) AS until
        FROM search_alert
        WHERE id = ${id} AND status = 'aktywna' AND last_digest_at <= now() - make_interval(mins => CASE frequency
          WHEN 'codziennie' THEN ${periodMinutes("DAILY")}::int ELSE ${periodMinutes("WEEKLY")}::int END)
        FOR UPDATE SKIP LOCKED`;
      if (!alert) return "skipped";
      const params = alertParams(alert.query);
      // The same matches as the page and the feed of the search (words, filters, fallbacks).
      const { ids } = await searchAllPracticeIds(params, MAX_MATCHES);
      const changed = await listChangedMatches(ids, alert.after, alert.until, DIGEST_LIST_SIZE);
      if (changed.total > 0) {
        const unsubscribeUrl = await issueUnsubscribeUrl(tx, alert.id);
        const mail = digestMail({
          description: searchDescription(params, await getCategoryNames(params.kategoria)),
          frequencyAdjective: FREQUENCIES[frequencyOfSlug(alert.frequency)].adjective,
          practices: changed.practices.map((practice) => ({ title: practice.title, url: absoluteUrl(paths.practice(practice.slug)) })),
          total: changed.total,
          searchUrl: absoluteUrl(paths.search(alert.query)),
          unsubscribeUrl,
        });
        await enqueueMail(tx, {
          kind: "search-alert-digest",
          to: alert.email,
          ...mail,
          headers: { "List-Unsubscribe": `<${unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
        });
      }
      await tx.searchAlert.update({ where: { id: alert.id }, data: { lastDigestAt: alert.until } });
      return changed.total > 0 ? "sent" : "empty";
    },
    { timeout: 60_000 },
  );
}
