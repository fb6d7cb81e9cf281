import type { IncomingMessage, ServerResponse } from "node:http";
import { isCandidateView, isPageResponse, practiceSlugOf } from "@/features/visits/classify";
import type { VisitRecorder } from "@/features/visits/recorder";
import { CLIENT_ADDRESS_HEADER } from "@/lib/request-facts";

type Options = { recorder: VisitRecorder; onError: (error: unknown) => void };

/**
 * Counts the response as a page view if it turns out to be one. Nothing of a page leaves until its
 * view is committed: not its end, and not its headers or first chunks either (a render Next
 * streams is held whole). So every page a visitor received is already counted, and an instance
 * that dies before that has sent nothing, which a load balancer can retry on another one
 * (docs/deploy.md; measured by tests/cluster). A page is at most a few hundred kilobytes.
 */
export function countViewOnEnd(req: IncomingMessage, res: ServerResponse, pathname: string, options: Options): void {
  if (!isCandidateView({ method: req.method, pathname, headers: req.headers })) return;
  // The methods as installed so far. They are called, never put back: Next's compression wraps
  // the response after this and writes through these wrappers, so putting the originals back at
  // the first write would unhook the compression from everything written after it.
  const original = { write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  const call = <K extends keyof typeof original>(method: K, args: unknown[]) => (original[method] as (...args: unknown[]) => unknown).apply(res, args);
  const held: unknown[][] = [];
  // Decided when the response first writes (status and type are set by then), or at its end.
  let page: boolean | undefined;
  const isPage = () => {
    const contentType = res.getHeader("content-type");
    return (page ??= isPageResponse(res.statusCode, typeof contentType === "string" ? contentType : undefined, req.headers.accept));
  };

  res.flushHeaders = () => {
    if (!isPage()) call("flushHeaders", []); // a page's headers are sent with the page
  };
  res.write = ((...args: unknown[]) => {
    if (!isPage()) return call("write", args);
    held.push(args);
    return true; // no backpressure: the page is in memory until it goes out whole
  }) as ServerResponse["write"];
  res.end = ((...args: unknown[]) => {
    if (!isPage()) return call("end", args);
    options.recorder
      .record({ at: new Date(), ip: clientAddress(req), userAgent: req.headers["user-agent"] ?? "", practiceSlug: practiceSlugOf(pathname) })
      // A page must never fail because counting did: the visitor gets it, the error gets logged.
      .catch(options.onError)
      .finally(() => {
        res.cork();
        for (const args of held) call("write", args);
        call("end", args);
      });
    return res;
  }) as ServerResponse["end"];
}

// The address the front worked out (server/request-facts.ts): behind a trusted proxy the last
// X-Forwarded-For entry, the one the proxy added. The first entry is whatever the client claimed
// (nginx's $proxy_add_x_forwarded_for keeps it), so a visitor could pose as many unique visitors.
function clientAddress(req: IncomingMessage): string {
  const address = req.headers[CLIENT_ADDRESS_HEADER];
  return typeof address === "string" && address !== "" ? address : (req.socket.remoteAddress ?? "");
}
