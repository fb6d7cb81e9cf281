import type { IncomingMessage, ServerResponse } from "node:http";
import { isCandidateView, isPageResponse, practiceSlugOf } from "@/features/visits/classify";
import type { VisitRecorder } from "@/features/visits/recorder";

type Options = { recorder: VisitRecorder; trustProxy: boolean; onError: (error: unknown) => void };

/**
 * Counts the response as a page view if it turns out to be one. The end of the response is held
 * back until the view is committed, so every page a visitor received is already counted.
 */
export function countViewOnEnd(req: IncomingMessage, res: ServerResponse, pathname: string, options: Options): void {
  if (!isCandidateView({ method: req.method, pathname, headers: req.headers })) return;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.end = ((...args: unknown[]) => {
    res.end = end as ServerResponse["end"];
    const contentType = res.getHeader("content-type");
    if (!isPageResponse(res.statusCode, typeof contentType === "string" ? contentType : undefined, req.headers.accept)) {
      return end(...args);
    }
    options.recorder
      .record({
        at: new Date(),
        ip: clientAddress(req, options.trustProxy),
        userAgent: req.headers["user-agent"] ?? "",
        practiceSlug: practiceSlugOf(pathname),
      })
      // A page must never fail because counting did: the visitor gets it, the error gets logged.
      .catch(options.onError)
      .finally(() => end(...args));
    return res;
  }) as ServerResponse["end"];
}

function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers["x-forwarded-for"];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? "";
}
