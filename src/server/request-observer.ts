import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import type { SiteMetrics } from "./metrics";
import { REQUEST_ID_HEADER, requestIdOf } from "./request-id";
import { loggedPath, routeGroupOf } from "./route-group";

// One log line and one metrics observation per request, when its response is done. Written when
// the connection's response closes, so a page held back for its view's commit is timed to the
// moment it was really sent, and a request the client gave up on is logged too (`aborted`).

type Options = { logger: Logger; metrics: SiteMetrics; trustProxy: boolean };

/** Gives the request its id (on the request for Next, on the response for the client) and returns it. */
export type ObserveRequest = (req: IncomingMessage, res: ServerResponse, pathname: string | null) => string;

export function requestObserver({ logger, metrics, trustProxy }: Options): ObserveRequest {
  const requests = logger.child({ component: "http" });
  return (req, res, pathname) => {
    const started = process.hrtime.bigint();
    const id = requestIdOf(req.headers[REQUEST_ID_HEADER], trustProxy);
    // Next's code sees our id, never one a client made up.
    req.headers[REQUEST_ID_HEADER] = id;
    res.setHeader(REQUEST_ID_HEADER, id);
    res.once("close", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeGroupOf(pathname);
      metrics.observeRequest(route, req.method, res.statusCode, seconds);
      requests.info({
        reqId: id,
        method: req.method,
        path: loggedPath(pathname),
        route,
        status: res.statusCode,
        ms: Math.round(seconds * 10_000) / 10,
        ...(res.writableFinished ? {} : { aborted: true }),
      });
    });
    return id;
  };
}

/** For the benchmark of their cost (BDP_BENCH_NO_OBSERVATION): no id, no line, no metrics. */
export const observeNothing: ObserveRequest = () => "";
