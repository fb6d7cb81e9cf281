import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "./log";
import { createSiteMetrics } from "./metrics";
import { requestObserver } from "./request-observer";

// The front's logging and metrics on a real HTTP server: the same calls http-front.ts makes,
// without Next and its database.

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function start(trustProxy: boolean) {
  const lines: string[] = [];
  const logger = createLogger({ write: (line: string) => void lines.push(line) }, "info");
  const metrics = createSiteMetrics({ viewsBuffered: () => 7, pools: () => new Map() });
  const observe = requestObserver({ logger, metrics, trustProxy });
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
    const id = observe(req, res, pathname);
    if (pathname === "/metrics") return void metrics.answer(res);
    res.writeHead(pathname.startsWith("/praktyki/") ? 200 : 404, { "content-type": "text/plain" }).end(`id ${id} seen as ${req.headers["x-request-id"]}`);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The line is written when the response closes, which may be just after the client has it.
  const lastLine = async () => {
    await expect.poll(() => lines.length).toBeGreaterThan(0);
    return JSON.parse(lines.at(-1)!) as Record<string, unknown>;
  };
  return { base, lines, lastLine };
}

describe("requestObserver", () => {
  it("logs one JSON line per request, without the query string, with the id it returns", async () => {
    const { base, lines, lastLine } = await start(false);
    const response = await fetch(`${base}/praktyki/rewitalizacja?q=jan+kowalski`, { headers: { "x-request-id": "planted-by-a-client" } });
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.text()).toBe(`id ${id} seen as ${id}`);
    const line = await lastLine();
    expect(lines).toHaveLength(1);
    expect(line).toMatchObject({ level: "info", component: "http", reqId: id, method: "GET", path: "/praktyki/rewitalizacja", route: "practice", status: 200 });
    expect(typeof line.ms).toBe("number");
    expect(typeof line.time).toBe("string");
    expect(JSON.stringify(line)).not.toContain("kowalski");
  });

  it("keeps a trusted proxy's id", async () => {
    const { base, lastLine } = await start(true);
    const response = await fetch(`${base}/nieznana`, { headers: { "x-request-id": "5d41402abc4b2a76b9719d911017c592" } });
    expect(response.headers.get("x-request-id")).toBe("5d41402abc4b2a76b9719d911017c592");
    expect(await lastLine()).toMatchObject({ reqId: "5d41402abc4b2a76b9719d911017c592", route: "other", status: 404 });
  });

  it("counts and times requests per route group in /metrics", async () => {
    const { base } = await start(false);
    await (await fetch(`${base}/praktyki/a`)).text();
    await (await fetch(`${base}/praktyki/b`)).text();
    await (await fetch(`${base}/nieznana`)).text();
    const metricsText = async () => (await fetch(`${base}/metrics`)).text();
    await expect.poll(async () => /bdp_http_requests_total\{route="practice",method="GET",status="2xx"\} 2\b/.test(await metricsText())).toBe(true);
    const text = await metricsText();
    expect(text).toMatch(/bdp_http_requests_total\{route="other",method="GET",status="4xx"\} 1\b/);
    expect(text).toMatch(/bdp_http_request_duration_seconds_count\{route="practice"\} 2\b/);
    expect(text).toMatch(/^bdp_visits_buffered 7$/m);
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
    expect(text).not.toContain("/praktyki/");
  });
});

describe("routeConsoleToLog", () => {
  it("turns console output into JSON lines without terminal colours", async () => {
    const { routeConsoleToLog } = await import("./log");
    const lines: string[] = [];
    const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error };
    try {
      routeConsoleToLog(createLogger({ write: (line: string) => void lines.push(line) }, "info"));
      console.warn("\u001b[33m⚠\u001b[39m cache %s", "miss");
    } finally {
      Object.assign(console, saved);
    }
    expect(lines.map((line) => JSON.parse(line))).toMatchObject([{ level: "warn", component: "console", msg: "⚠ cache miss" }]);
  });
});
