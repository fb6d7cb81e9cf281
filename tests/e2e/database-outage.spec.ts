import pg from "pg";
import { expect, test } from "./support/fixtures";
import { e2eDatabaseUrl, postmasterCommand, startDatabase, stopDatabase } from "./support/postgres-control";
import { BYTOM_SPA } from "./support/reference-practices";
import { BROWSER_USER_AGENT } from "./support/user-agents";

// The site's database is stopped for 5 s (fast shutdown) under a bounded load and started again:
// every answer is a 200 or a 503 with a body, and every page a visitor received is counted
// (docs/decisions/016-database-outage.md). The figures are printed for the record.

const REQUESTS = 600;
const CONCURRENCY = 6;
const STOP_AT_REQUEST = 100;
const OUTAGE_MS = 5_000;
const PAGES = ["/", "/o-banku", `/praktyki/${BYTOM_SPA.slug}`, "/kategorie/uslugi-spoleczne", "/szukaj?q=rewitalizacja", "/statystyki"];
const API = ["/api/praktyki", "/api/kategorie"];

type Answer = { path: string; status: number; type: string; retryAfter: string | null; body: string; at: number };

async function pageViews(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ views: number }>("SELECT coalesce(sum(page_views), 0)::int AS views FROM daily_visits");
  return rows[0]!.views;
}

/** What the front counts: a browser's GET of a page answered 200 with HTML. */
function isCountedView(answer: Answer): boolean {
  return answer.status === 200 && answer.type.startsWith("text/html") && !answer.path.startsWith("/api/");
}

test("a database outage under load: no 500s, and every page served is counted", async ({ baseURL }) => {
  test.setTimeout(480_000);
  const command = postmasterCommand();
  const pool = new pg.Pool({ connectionString: e2eDatabaseUrl(), max: 1 });
  pool.on("error", () => {});
  const before = await pageViews(pool);
  await pool.end();

  const answers: Answer[] = [];
  let next = 0;
  let outage: Promise<{ stoppedAt: number; startedAt: number; readyAfterMs: number }> | undefined;
  const worker = async () => {
    while (next < REQUESTS) {
      const index = next++;
      if (index === STOP_AT_REQUEST) {
        outage = (async () => {
          await stopDatabase();
          const stoppedAt = Date.now();
          await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
          await startDatabase(command);
          const startedAt = Date.now();
          // Ready again: the database answers and its migrations are this build's.
          await expect.poll(async () => (await fetch(new URL("/api/gotowosc", baseURL))).status, { timeout: 30_000, intervals: [100] }).toBe(200);
          return { stoppedAt, startedAt, readyAfterMs: Date.now() - startedAt };
        })();
      }
      const all = [...PAGES, ...API];
      const path = all[index % all.length]!;
      const response = await fetch(new URL(path, baseURL), { headers: { "user-agent": BROWSER_USER_AGENT, accept: "text/html,application/json" } });
      answers.push({ path, status: response.status, type: response.headers.get("content-type") ?? "", retryAfter: response.headers.get("retry-after"), body: await response.text(), at: Date.now() });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const { stoppedAt, startedAt, readyAfterMs } = await outage!;

  const served = answers.filter(isCountedView).length;
  const check = new pg.Pool({ connectionString: e2eDatabaseUrl(), max: 1 });
  // Views kept in memory during the outage are written within the recorder's retry interval.
  await expect.poll(async () => (await pageViews(check)) - before, { timeout: 30_000, intervals: [250] }).toBe(served);
  const countedAfterMs = Date.now() - Math.max(startedAt, answers.at(-1)!.at);
  await check.end();

  const byStatus = Object.fromEntries([...new Set(answers.map((answer) => answer.status))].map((status) => [status, answers.filter((answer) => answer.status === status).length]));
  const during = answers.filter((answer) => answer.at >= stoppedAt && answer.at <= startedAt);
  console.log(
    `database outage: ${answers.length} requests, statuses ${JSON.stringify(byStatus)}, ${during.length} answered while stopped; ` +
      `${served} page views served and counted (0 lost); ready ${readyAfterMs} ms after the database started; every view written ${countedAfterMs} ms after the last response`,
  );

  expect(answers.length).toBe(REQUESTS);
  expect(during.length, "requests answered while the database was stopped").toBeGreaterThan(0);
  // Pages this instance read from the shared cache before the outage are still served from its copies.
  expect(during.filter(isCountedView).length, "cached pages served while the database was stopped").toBeGreaterThan(0);
  for (const answer of answers) {
    expect([200, 503], `${answer.path} answered ${answer.status}`).toContain(answer.status);
    if (answer.status !== 503) continue;
    expect(answer.retryAfter, `${answer.path}: Retry-After`).toMatch(/^\d+$/);
    if (answer.path.startsWith("/api/")) {
      expect(answer.type).toBe("application/problem+json");
      expect(JSON.parse(answer.body)).toMatchObject({ status: 503, title: "Serwis chwilowo niedostępny", type: expect.stringMatching(/\/api\/problemy\/serwis-niedostepny$/) });
    } else {
      expect(answer.type).toContain("text/html");
      expect(answer.body).toContain("<h1>Serwis chwilowo niedostępny</h1>");
      expect(answer.body, "the outage page needs no JavaScript").not.toContain("<script");
    }
  }
});
