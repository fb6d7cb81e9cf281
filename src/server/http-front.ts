import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import next from "next";
import pg from "pg";
import { createLiveSessionCheck } from "@/features/auth/session-check";
import { createCategoryCheck } from "@/features/category/slug-check";
import { createPublishedPracticeCheck } from "@/features/practice/published-slugs";
import { createVisitStore } from "@/features/visits/mutations";
import { VisitRecorder } from "@/features/visits/recorder";
import { env, requireDatabaseUrl, setProcessEnv } from "@/lib/env";
import { readLocalMigrations } from "@/lib/migrations";
import { registeredPools, registerPool } from "@/lib/pool-registry";
import { adminGate, isAdminAddress, type GateAnswer } from "./admin-gate";
import { AttachmentTextWorker } from "./attachment-text-worker";
import { bodyRefusal } from "./body-limit";
import { countViewOnEnd } from "./count-views";
import { DigestScheduler } from "./digest-scheduler";
import { categoryViewUrl } from "./category-view";
import { FiguresRefresher } from "./figures-refresher";
import { stopServing } from "./graceful-stop";
import { answerHealth, HEALTH_PATHS, readinessProblem } from "./health";
import { errorLogger, lineLogger, logger, routeConsoleToLog } from "./log";
import { startMailWorker } from "./mail-worker";
import { metricsAccess } from "./metrics-access";
import { createSiteMetrics } from "./metrics";
import { closeSharedCache } from "./next-cache-handler.mjs";
import { CATEGORY_ROUTE, PRACTICE_ROUTE, RecordGate } from "./record-gate";
import { applyRequestFacts } from "./request-facts";
import { observeNothing, requestObserver } from "./request-observer";
import { loggedPath } from "./route-group";
import { crossOriginActionRefusal, methodRefusal, type Refusal } from "./request-refusal";
import { readRouteMethods } from "./route-methods";
import { searchViewUrl } from "./search-view";
import { securityHeaders } from "./security-headers";
import { replaceServerErrors } from "./server-error-guard";
import { answerUnavailable } from "./unavailable";

// The site's HTTP server: Next.js behind a thin front that counts page views. Counting lives here,
// not in a proxy.ts, because only here can a response be held until its view is committed, and a
// proxy on every path costs about 40% of a cached page's throughput (see docs/decisions/001).

export type Front = { server: Server; url: string; close(): Promise<void> };

/** `log`: sentences about the site's life (start, stop); everything else goes to the structured log (./log.ts). */
type Options = { dev: boolean; port: number; hostname: string; log: (line: string) => void };

const REFRESH_INTERVAL_MS = 5_000;
// Group commit writes one batch at a time and slug checks are single-row lookups: few connections.
const FRONT_POOL_SIZE = 4;
// With the database away, a connection attempt is refused at once; one that hangs (a network
// fault) must not hold a page or the readiness check for longer than this.
const CONNECT_TIMEOUT_MS = 2_000;
// On SIGTERM: requests in flight get this long to finish, and views waiting for an unreachable
// database as long again to be written, before the process gives up on them.
const SHUTDOWN_REQUESTS_MS = 10_000;
const SHUTDOWN_VIEWS_MS = 10_000;

export async function startFront({ dev, port, hostname, log }: Options): Promise<Front> {
  routeConsoleToLog(logger);
  const token = randomBytes(32).toString("hex");
  setProcessEnv("BDP_INTERNAL_TOKEN", token);
  const app = next({ dev, hostname, port, dir: process.cwd() });
  await app.prepare();
  const handle = app.getRequestHandler();

  const url = `http://${hostname === "0.0.0.0" ? "127.0.0.1" : hostname}:${port}`;
  // Counting, slug checks and the figures refresher never fail a request; their errors are logged.
  const onError = errorLogger(logger, "front");
  const refresher = new FiguresRefresher({ baseUrl: url, token, intervalMs: REFRESH_INTERVAL_MS, onError });
  const pool = new pg.Pool({ connectionString: requireDatabaseUrl(), max: FRONT_POOL_SIZE, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  pool.on("error", onError); // an idle connection dropped by the server must not crash the site
  registerPool("front", pool);
  const recorder = new VisitRecorder(createVisitStore(pool), { onSaved: () => refresher.markChanged(), log: lineLogger(logger, "visits", "warn") });
  const gate = new RecordGate([
    { pattern: PRACTICE_ROUTE, exists: createPublishedPracticeCheck(pool) },
    { pattern: CATEGORY_ROUTE, exists: createCategoryCheck(pool) },
  ]);
  const { TRUST_PROXY: trustProxy, SESSION_IDLE_MINUTES: idleMinutes, ALERT_DIGEST_INTERVAL_SECONDS: digestSeconds, METRICS_ALLOW, BDP_BENCH_NO_OBSERVATION } = env();
  // Served by the front, before Next: the figures stay readable while the database is away.
  const metrics = createSiteMetrics({ viewsBuffered: () => recorder.buffered, pools: registeredPools });
  const mayReadMetrics = metricsAccess(METRICS_ALLOW, trustProxy);
  const observe = BDP_BENCH_NO_OBSERVATION ? observeNothing : requestObserver({ logger, metrics, trustProxy });
  const isLiveSession = createLiveSessionCheck(pool, idleMinutes);
  const routes = readRouteMethods();
  const migrations = await readLocalMigrations();

  const server = createServer((req, res) => {
    const pathname = pathnameOf(req.url);
    const requestId = observe(req, res, pathname);
    const { https } = applyRequestFacts(req, trustProxy);
    secureResponse(req, res, pathname ?? "/", https, dev);
    if (pathname === null) {
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("Nieprawidłowy adres.");
      return;
    }
    // Anyone else asking is handed to Next like any unknown address: the same 404 page.
    if (pathname === "/metrics" && (req.method === "GET" || req.method === "HEAD") && mayReadMetrics(req)) {
      metrics.answer(res).catch(onError);
      return;
    }
    const facts = { method: req.method, pathname, headers: req.headers };
    // An admin address names its methods only to a signed-in editor: the gate answers strangers
    // first (sign-in page or 401), as it does for every other request there.
    const adminAddress = isAdminAddress(pathname);
    const refusal =
      (adminAddress ? null : methodRefusal(routes, facts)) ?? crossOriginActionRefusal(routes, facts) ?? bodyRefusal(req.method, pathname, req.headers);
    if (refusal) {
      refuseBody(req, res, refusal);
      return;
    }
    if (HEALTH_PATHS.has(pathname) && (req.method === "GET" || req.method === "HEAD")) {
      void answerHealth(res, pathname, () => readinessProblem(pool, migrations));
      return;
    }
    // The headers set so far (security) stay on a replaced answer; Next's own go.
    const frontHeaders = new Set(res.getHeaderNames());
    replaceServerErrors(res, (status) => {
      logger.warn({ component: "front", reqId: requestId, path: loggedPath(pathname), status }, `Next answered ${status}; replaced by 503.`);
      answerUnavailable(res, req.url ?? pathname, pathname, frontHeaders);
    });
    countViewOnEnd(req, res, pathname, { recorder, trustProxy, onError });
    adminGate({ method: req.method, pathname, url: req.url ?? "/", headers: req.headers }, isLiveSession)
      .then(async (answer) => {
        if (answer) return answerFromGate(req, res, answer);
        const lateRefusal = adminAddress ? methodRefusal(routes, facts) : null;
        if (lateRefusal) return refuseBody(req, res, lateRefusal);
        req.url = searchViewUrl(pathname, categoryViewUrl(pathname, await gate.urlFor(pathname, req.url ?? "/")));
        return handle(req, res);
      })
      .catch((error: unknown) => {
        onError(error);
        if (res.headersSent) res.end();
        else answerUnavailable(res, req.url ?? pathname, pathname, frontHeaders);
      });
  });
  server.keepAliveTimeout = 65_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => {
      server.off("error", reject);
      resolve();
    });
  });
  // Pages prerendered by the build (or cached by an earlier run) may hold another database's
  // data: expire them all as soon as the server can take the call, before start-up is announced.
  await refresher.refreshEverything();
  const mail = await startMailWorker(lineLogger(logger, "mail"), errorLogger(logger, "mail"));
  const digests = new DigestScheduler({ baseUrl: url, token, intervalMs: digestSeconds * 1000, onError });
  const attachmentText = new AttachmentTextWorker({ onError: errorLogger(logger, "attachment-text") });

  return {
    server,
    url,
    async close() {
      // The background jobs call this server, which is about to stop answering.
      digests.stop();
      refresher.stop();
      await stopServing(server, SHUTDOWN_REQUESTS_MS, log);
      await recorder.flush(SHUTDOWN_VIEWS_MS);
      await attachmentText.stop();
      await mail.stop();
      await app.close();
      await Promise.all([pool.end(), closeSharedCache()]);
    },
  };
}

// A client still sending a refused body may not read an answer that comes first: the connection
// closes under it and it sees a reset, not the 413. Bodies up to this size are read and dropped
// before the answer; a larger one gets the answer at once and the connection is cut.
const DRAINED_BODY_MAX_BYTES = 8 * 1024 * 1024;

function refuseBody(req: IncomingMessage, res: ServerResponse, refusal: Refusal): void {
  const answer = () => {
    const headers = { ...refusal.headers, "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", connection: "close" };
    if (!res.headersSent) res.writeHead(refusal.status, headers).end(refusal.message);
  };
  const declared = Number(req.headers["content-length"]);
  if (!(declared <= DRAINED_BODY_MAX_BYTES)) return answer();
  req.on("end", answer);
  req.on("error", () => res.destroy());
  req.resume();
}

function answerFromGate(req: IncomingMessage, res: ServerResponse, answer: NonNullable<GateAnswer>): void {
  res.setHeader("cache-control", "no-store");
  // A refused POST's body (up to a whole upload) is not worth reading: the connection goes instead.
  if (req.method !== "GET" && req.method !== "HEAD") res.setHeader("connection", "close");
  if (answer.status === 303) res.writeHead(303, { location: answer.location }).end();
  else res.writeHead(401, { "content-type": "text/plain; charset=utf-8" }).end("Zaloguj się, aby kontynuować.");
}

/**
 * Security headers on the response; for the admin, the CSP (with its nonce) also on the request,
 * where Next reads the nonce to put on its scripts. Headers of those names sent by the client go.
 */
function secureResponse(req: IncomingMessage, res: ServerResponse, pathname: string, https: boolean, dev: boolean): void {
  delete req.headers["content-security-policy"];
  delete req.headers["content-security-policy-report-only"];
  // Next's internal header that once let requests skip middleware (CVE-2025-29927); no client sends it.
  delete req.headers["x-middleware-subrequest"];
  const { response, nonce } = securityHeaders({ pathname, https, dev });
  for (const [name, value] of Object.entries(response)) res.setHeader(name, value);
  if (nonce) req.headers["content-security-policy"] = response["content-security-policy"];
}

function pathnameOf(rawUrl: string | undefined): string | null {
  try {
    return decodeURI(new URL(rawUrl ?? "/", "http://localhost").pathname);
  } catch {
    return null;
  }
}
