import { BROWSER_USER_AGENT } from "../../e2e/support/user-agents";

// A bounded stream of GETs through the balancer from a few concurrent clients, as browsers (so
// that each page served is a view the site must count). Every answer is read to its end: a page
// cut off midway is a failure, not a success.

export type LoadResult = {
  sent: number;
  byStatus: Record<string, number>;
  /** Requests that got no complete answer (refused, reset, cut off): `status` "error". */
  failures: string[];
  /** Complete 200 HTML pages: each is a view the site must have counted. */
  pagesServed: number;
};

type Options = {
  baseUrl: string;
  paths: string[];
  clients: number;
  /** Stops after this many requests, or when `until` resolves, whichever comes first. */
  maxRequests: number;
  until?: Promise<unknown>;
  /** Called after each completed request with the number sent so far. */
  onProgress?: (sent: number) => void;
};

export async function requestLoop({ baseUrl, paths, clients, maxRequests, until, onProgress }: Options): Promise<LoadResult> {
  const result: LoadResult = { sent: 0, byStatus: {}, failures: [], pagesServed: 0 };
  let done = false;
  void until?.then(() => (done = true));
  const client = async () => {
    while (!done && result.sent < maxRequests) {
      const path = paths[result.sent % paths.length]!;
      result.sent += 1;
      try {
        const response = await fetch(`${baseUrl}${path}`, { headers: { "user-agent": BROWSER_USER_AGENT, accept: "text/html" }, redirect: "manual" });
        await response.arrayBuffer();
        const key = String(response.status);
        result.byStatus[key] = (result.byStatus[key] ?? 0) + 1;
        if (response.status === 200 && (response.headers.get("content-type") ?? "").startsWith("text/html")) result.pagesServed += 1;
      } catch (error) {
        result.byStatus.error = (result.byStatus.error ?? 0) + 1;
        result.failures.push(`${new Date().toISOString()} ${path}: ${error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? "")}` : String(error)}`);
      }
      onProgress?.(result.sent);
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return result;
}
