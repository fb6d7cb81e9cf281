import { readFile } from "node:fs/promises";
import { expect, test as base } from "@playwright/test";
import { createAccount, signIn } from "../e2e/support/admin";
import { SESSION_COOKIE } from "../e2e/support/sessions";
import { BROWSER_USER_AGENT } from "../e2e/support/user-agents";
import { AdminPracticeForm } from "../e2e/pages/AdminPracticeForm";
import { type Cluster, PUBLIC_ORIGIN, startCluster } from "./support/cluster";
import { type LoadResult, requestLoop } from "./support/load";

// Issue 15 §2: two instances of one build, each from its own folder, on one PostgreSQL, behind
// nginx with the repository's proxy settings (deploy/nginx). Each test prints its figures
// ("[cluster] …") for the issue's note; docs/deploy.md quotes a run.

const test = base.extend<object, { cluster: Cluster }>({
  cluster: [
    async ({}, use) => {
      const cluster = await startCluster((line) => console.log(`[cluster] ${line}`));
      await use(cluster);
      await cluster.stop();
    },
    { scope: "worker", timeout: 900_000 },
  ],
});
test.describe.configure({ mode: "serial" });

const figure = (line: string) => console.log(`[cluster] ${line}`);

type Practice = { id: number; slug: string; title: string };

async function publishedPractices(cluster: Cluster, count: number): Promise<Practice[]> {
  const { rows } = await cluster.pool.query<Practice>(
    `SELECT id, slug, title FROM practice WHERE status = 'published' AND deleted_at IS NULL ORDER BY id LIMIT $1`,
    [count],
  );
  expect(rows).toHaveLength(count);
  return rows;
}

async function pageViews(cluster: Cluster): Promise<number> {
  const { rows } = await cluster.pool.query<{ views: string }>("SELECT COALESCE(sum(page_views), 0) AS views FROM daily_visits");
  return Number(rows[0]!.views);
}

async function getPage(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const response = await fetch(url, { headers: { "user-agent": BROWSER_USER_AGENT, ...headers }, redirect: "manual" });
  return { status: response.status, body: await response.text() };
}

function describe(result: LoadResult): string {
  return `${result.sent} requests, statuses ${JSON.stringify(result.byStatus)}, ${result.pagesServed} pages served`;
}

test("an edit through one instance is shown through the balancer and by both instances within 1 s", async ({ cluster, browser }) => {
  const [a, b] = cluster.instances;
  const [practice] = await publishedPractices(cluster, 1);
  const targets = { balancer: cluster.balancerUrl, [a.name]: a.url, [b.name]: b.url };
  // Cached everywhere first: what is measured is invalidation, not a first render.
  for (const base of Object.values(targets)) expect((await getPage(`${base}/praktyki/${practice!.slug}`)).status).toBe(200);

  const editor = await createAccount(cluster.pool, "redaktor");
  const context = await browser.newContext({ baseURL: `http://localhost:${a.port}` });
  const page = await context.newPage();
  await signIn(page, editor, `/admin/praktyki/${practice!.id}`);
  const marker = `poprawka ${Date.now()}`;
  const newTitle = `${practice!.title} (${marker})`;
  const form = new AdminPracticeForm(page);
  await form.field("Tytuł").fill(newTitle);
  const saved = page.waitForResponse((response) => response.request().method() === "POST");
  await form.save("Zapisz i opublikuj zmiany");
  await saved;
  const savedAt = Date.now();
  await expect(page.getByRole("status").filter({ hasText: "Zapisano zmiany." })).toBeVisible();

  const staleness: Record<string, number> = {};
  await Promise.all(
    Object.entries(targets).map(async ([name, base]) => {
      while (Date.now() - savedAt < 10_000) {
        const asked = Date.now();
        const { body } = await getPage(`${base}/praktyki/${practice!.slug}`);
        if (body.includes(marker)) {
          staleness[name] = asked - savedAt;
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }),
  );
  figure(`(a) edit visible after (ms from the save's response): ${JSON.stringify(staleness)}`);
  await context.close();
  for (const name of Object.keys(targets)) expect(staleness[name], `new title through ${name}`).toBeLessThanOrEqual(1_000);
});

test("views through the balancer are counted exactly", async ({ cluster }) => {
  const [, practice] = await publishedPractices(cluster, 2);
  const practiceViews = async () =>
    Number((await cluster.pool.query<{ n: number }>("SELECT view_count AS n FROM practice WHERE id = $1", [practice!.id])).rows[0]!.n);
  const [viewsBefore, totalBefore] = [await practiceViews(), await pageViews(cluster)];
  const result = await requestLoop({ baseUrl: cluster.balancerUrl, paths: [`/praktyki/${practice!.slug}`], clients: 4, maxRequests: 200 });
  const [viewsAfter, totalAfter] = [await practiceViews(), await pageViews(cluster)];
  figure(`(b) ${describe(result)}; practice views +${viewsAfter - viewsBefore}, site views +${totalAfter - totalBefore}`);
  expect(result.byStatus).toEqual({ 200: 200 });
  expect(viewsAfter - viewsBefore).toBe(result.pagesServed);
  expect(totalAfter - totalBefore).toBe(result.pagesServed);
});

test("an editor's session works on both instances", async ({ cluster, browser }) => {
  const [a, b] = cluster.instances;
  const editor = await createAccount(cluster.pool, "redaktor");
  const context = await browser.newContext({ baseURL: PUBLIC_ORIGIN });
  const page = await context.newPage();
  await signIn(page, editor, "/admin");
  const token = (await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE)?.value;
  expect(token, "session cookie").toBeTruthy();
  for (const base of [a.url, b.url, cluster.balancerUrl]) {
    const signedIn = await getPage(`${base}/admin`, { cookie: `${SESSION_COOKIE}=${token}` });
    expect(signedIn.status, `/admin on ${base}`).toBe(200);
    expect(signedIn.body).toContain(editor.name);
    const stranger = await getPage(`${base}/admin`);
    expect(stranger.status, `/admin without the cookie on ${base}`).toBe(303);
  }
  figure(`(c) one session answered as signed in by ${a.name}, ${b.name} and the balancer`);
  await context.close();
});

test("an attachment uploaded through one instance downloads through the other", async ({ cluster, browser }) => {
  const [a, b] = cluster.instances;
  const [, , practice] = await publishedPractices(cluster, 3);
  const editor = await createAccount(cluster.pool, "redaktor");
  const context = await browser.newContext({ baseURL: `http://localhost:${a.port}` });
  const page = await context.newPage();
  await signIn(page, editor, "/admin");
  const token = (await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE)!.value;
  await context.close();

  const file = await readFile("tests/fixtures/uploads/valid.pdf");
  const form = new FormData();
  form.append("pliki", new Blob([file], { type: "application/pdf" }), "plan-dzialan.pdf");
  const upload = await fetch(`${a.url}/admin/praktyki/${practice!.id}/zalaczniki/wyslij`, {
    method: "POST",
    body: form,
    headers: { cookie: `${SESSION_COOKIE}=${token}`, origin: a.url, accept: "application/json", "user-agent": BROWSER_USER_AGENT },
  });
  expect(upload.status, await upload.clone().text()).toBe(200);
  const { rows } = await cluster.pool.query<{ id: number }>("SELECT id FROM attachment WHERE practice_id = $1 ORDER BY id DESC LIMIT 1", [practice!.id]);
  const download = await fetch(`${b.url}/praktyki/${practice!.slug}/zalaczniki/${rows[0]!.id}`, { headers: { "user-agent": BROWSER_USER_AGENT } });
  expect(download.status).toBe(200);
  expect(Buffer.from(await download.arrayBuffer()).equals(file)).toBe(true);
  figure(`(d) ${file.byteLength} bytes uploaded through ${a.name}, downloaded identical through ${b.name}`);
});

// The caches each instance keeps in its own memory (docs/deploy.md, "What each instance keeps"):
// the record gate's known slugs, the facet counts per word, the shared cache's local copies. A
// change made through one instance must not be outlived by any of them on the other.
test("a practice moved to the bin through one instance is gone from the other's pages and searches within 1 s", async ({ cluster, browser }) => {
  const [a, b] = cluster.instances;
  const [, , , practice] = await publishedPractices(cluster, 4);
  const search = `/szukaj?q=${encodeURIComponent(`"${practice!.title}"`)}`;
  const link = `href="/praktyki/${practice!.slug}"`;
  // Known to both gates, counted and cached on both.
  for (const base of [a.url, b.url]) {
    expect((await getPage(`${base}/praktyki/${practice!.slug}`)).status).toBe(200);
    expect((await getPage(`${base}${search}`)).body).toContain(link);
  }
  const editor = await createAccount(cluster.pool, "redaktor");
  const context = await browser.newContext({ baseURL: `http://localhost:${a.port}` });
  const page = await context.newPage();
  await signIn(page, editor, `/admin/praktyki/${practice!.id}/usun`);
  await page.getByRole("button", { name: "Tak, przenieś do kosza" }).click();
  await expect(page).toHaveURL(/przeniesiono-do-kosza=1/);
  const movedAt = Date.now();
  await context.close();

  const gone: Record<string, number> = {};
  await Promise.all(
    [b.url, cluster.balancerUrl].map(async (base) => {
      while (Date.now() - movedAt < 10_000) {
        const asked = Date.now();
        const [record, results] = await Promise.all([getPage(`${base}/praktyki/${practice!.slug}`), getPage(`${base}${search}`)]);
        if (record.status === 404 && !results.body.includes(link)) {
          gone[base] = asked - movedAt;
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }),
  );
  figure(`(g) moved to the bin through ${a.name}; gone from the page and the search when asked (ms after the move): ${JSON.stringify(gone)}`);
  for (const base of [b.url, cluster.balancerUrl]) expect(gone[base], `gone through ${base}`).toBeLessThanOrEqual(1_000);
});

// A mix of cached pages: what visitors mostly ask for.
async function pagePaths(cluster: Cluster): Promise<string[]> {
  const practices = await publishedPractices(cluster, 3);
  const { rows } = await cluster.pool.query<{ slug: string }>("SELECT slug FROM category ORDER BY id LIMIT 1");
  return ["/", "/o-banku", ...practices.map((practice) => `/praktyki/${practice.slug}`), `/kategorie/${rows[0]!.slug}`];
}

test("killing an instance under load loses no request and no view", async ({ cluster }) => {
  const [a] = cluster.instances;
  const paths = await pagePaths(cluster);
  const viewsBefore = await pageViews(cluster);
  const mark = await cluster.nginx.logMark();
  let killed: Promise<unknown> = Promise.resolve();
  const result = await requestLoop({
    baseUrl: cluster.balancerUrl,
    paths,
    clients: 6,
    maxRequests: 600,
    onProgress: (sent) => {
      if (sent === 150) killed = a.stop("SIGKILL");
    },
  });
  await killed;
  const counted = (await pageViews(cluster)) - viewsBefore;
  figure(
    `(e) SIGKILL of ${a.name} after the 150th request: ${describe(result)}; retried by nginx ${await cluster.nginx.retriedSince(mark)}; views counted ${counted}, ` +
      `lost ${Math.max(0, result.pagesServed - counted)}, counted twice ${Math.max(0, counted - result.pagesServed)}; failures ${JSON.stringify(result.failures.slice(0, 5))}`,
  );
  expect(result.failures).toEqual([]);
  expect(result.byStatus).toEqual({ 200: result.sent });
  expect(counted).toBeGreaterThanOrEqual(result.pagesServed);

  a.start();
  figure(`(e) ${a.name} started again, ready in ${await a.waitReady()} ms`);
});

test("a rolling restart of both instances under load serves only 200s", async ({ cluster }) => {
  const paths = await pagePaths(cluster);
  const mark = await cluster.nginx.logMark();
  let restarted!: () => void;
  const finished = new Promise<void>((resolve) => (restarted = resolve));
  const load = requestLoop({ baseUrl: cluster.balancerUrl, paths, clients: 4, maxRequests: 100_000, until: finished });
  const timings: string[] = [];
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  for (const instance of cluster.instances) {
    const stopping = Date.now();
    const code = await instance.stop("SIGTERM");
    timings.push(`${instance.name} stopped in ${Date.now() - stopping} ms (exit ${code})`);
    instance.start();
    timings.push(`ready in ${await instance.waitReady()} ms`);
    // nginx's fail_timeout (deploy/nginx): it takes the instance back only then (docs/deploy.md).
    await new Promise((resolve) => setTimeout(resolve, 6_000));
  }
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  restarted();
  const result = await load;
  const non200 = result.sent - (result.byStatus["200"] ?? 0);
  figure(`(f) rolling restart: ${timings.join(", ")}; ${describe(result)}; retried by nginx ${await cluster.nginx.retriedSince(mark)}; non-200 ${non200}; failures ${JSON.stringify(result.failures.slice(0, 5))}`);
  expect(result.failures).toEqual([]);
  expect(non200).toBe(0);
});
