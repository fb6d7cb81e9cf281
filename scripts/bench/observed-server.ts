// A bare HTTP server for `npm run bench:observability`: answers every request with the same small
// page, with (`observed`) or without the site's request log and metrics, so that their own cost
// per request shows without Next's and the database's (whose noise on a shared machine hides it).
import { createServer } from "node:http";
import { z } from "zod";
import { createLogger } from "../../src/server/log";
import { createSiteMetrics } from "../../src/server/metrics";
import { observeNothing, requestObserver } from "../../src/server/request-observer";

const [port, mode] = z.tuple([z.coerce.number().int(), z.enum(["observed", "bare"])]).parse(process.argv.slice(2));
const logger = createLogger(undefined, "info");
const metrics = createSiteMetrics({ viewsBuffered: () => 0, pools: () => new Map() });
const observe = mode === "observed" ? requestObserver({ logger, metrics, trustProxy: false }) : observeNothing;
const page = `<!doctype html><title>O banku</title>${"<p>Bank Dobrych Praktyk</p>".repeat(200)}`;

createServer((req, res) => {
  observe(req, res, new URL(req.url ?? "/", "http://localhost").pathname);
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
}).listen(port, "127.0.0.1");
