import { expect, test } from "./support/fixtures";

// Liveness and readiness as a load balancer reads them (src/server/health.ts); the 503 of an
// unreachable database is in database-outage.spec.ts.

test("/api/zdrowie and /api/gotowosc answer 200 JSON while the site can serve", async ({ request }) => {
  for (const path of ["/api/zdrowie", "/api/gotowosc"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/json");
    expect(response.headers()["cache-control"]).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });
  }
});
