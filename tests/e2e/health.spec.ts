import { expect, test } from "./support/fixtures";
import { BYTOM_SPA } from "./support/reference-practices";

// Liveness and readiness as a load balancer reads them (src/server/health.ts); the 503 of an
// unreachable database is in database-outage.spec.ts. Metrics as Prometheus reads them from this
// host (src/server/metrics.ts; the refusal of other addresses is in metrics-access.test.ts), and
// the request id every answer carries (the JSON log line itself: request-observer.test.ts).

test("/api/zdrowie and /api/gotowosc answer 200 JSON while the site can serve", async ({ request }) => {
  for (const path of ["/api/zdrowie", "/api/gotowosc"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/json");
    expect(response.headers()["cache-control"]).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });
  }
});

/** The value of one series in Prometheus's text format, 0 when it is not there yet. */
function sample(metrics: string, series: string): number {
  const line = metrics.split("\n").find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

test("/metrics, read from this host, counts and times a page request by its route group", async ({ request }) => {
  const read = async () => {
    const response = await request.get("/metrics");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.headers()["cache-control"]).toBe("no-store");
    return response.text();
  };
  const requests = 'bdp_http_requests_total{route="practice",method="GET",status="2xx"}';
  const timed = 'bdp_http_request_duration_seconds_count{route="practice"}';
  const before = await read();

  const page = await request.get(`/praktyki/${BYTOM_SPA.slug}`);
  expect(page.status()).toBe(200);
  await expect.poll(async () => sample(await read(), requests)).toBeGreaterThanOrEqual(sample(before, requests) + 1);

  const after = await read();
  expect(sample(after, timed)).toBeGreaterThanOrEqual(sample(before, timed) + 1);
  expect(after).toMatch(/^bdp_visits_buffered \d+$/m);
  expect(after).toMatch(/^bdp_db_pool_connections\{pool="front"\} \d+$/m);
  expect(after).toMatch(/^bdp_db_pool_waiting\{pool="front"\} \d+$/m);
  expect(after).toMatch(/^process_resident_memory_bytes \d+/m);
  // Groups, never paths, as labels.
  expect(after).not.toContain(BYTOM_SPA.slug);
});

test("every answer carries a request id of its own; one sent by a client without a trusted proxy is replaced", async ({ request }) => {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const page = await request.get("/o-banku", { headers: { "x-request-id": "zmyslony-identyfikator" } });
  expect(page.status()).toBe(200);
  expect(page.headers()["x-request-id"]).toMatch(uuid);
  const missing = await request.get("/nie-ma-takiej-strony");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["x-request-id"]).toMatch(uuid);
  expect(missing.headers()["x-request-id"]).not.toBe(page.headers()["x-request-id"]);
});
