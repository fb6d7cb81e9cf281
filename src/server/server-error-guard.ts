import type { ServerResponse } from "node:http";

// Next answers a request it could not serve (the database away, a cache read that failed) with a
// 500 whose body may be empty or a bare error shell. The guard watches the moment the status is
// fixed, the response's first writeHead, write, flushHeaders or end: a 5xx is not sent, `replace`
// writes the front's own answer instead, and whatever Next writes after is dropped. A response
// whose headers already went out (a stream that failed midway) cannot be changed.
//
// Installed before countViewOnEnd, which wraps `end` again and restores the guard's on its call.

type Method = (...args: unknown[]) => unknown;

export function replaceServerErrors(res: ServerResponse, replace: (status: number) => void): void {
  const target = res as unknown as Record<"writeHead" | "write" | "end" | "flushHeaders", Method>;
  const real = { writeHead: target.writeHead, write: target.write, end: target.end, flushHeaders: target.flushHeaders };
  let state: "undecided" | "passing" | "dropping" = "undecided";
  let replacing = false;

  /** True when the caller's output is to be dropped. */
  const dropping = (status: number): boolean => {
    if (replacing) return false;
    if (state === "undecided") {
      state = status >= 500 && !res.headersSent ? "dropping" : "passing";
      if (state === "dropping") {
        replacing = true;
        try {
          replace(status);
        } finally {
          replacing = false;
        }
      }
    }
    return state === "dropping";
  };

  target.writeHead = (...args) => (dropping(Number(args[0])) ? res : real.writeHead.apply(res, args));
  target.flushHeaders = (...args) => (dropping(res.statusCode) ? undefined : real.flushHeaders.apply(res, args));
  target.write = (...args) => {
    if (!dropping(res.statusCode)) return real.write.apply(res, args);
    callbackOf(args)?.();
    return true;
  };
  target.end = (...args) => {
    if (!dropping(res.statusCode)) return real.end.apply(res, args);
    callbackOf(args)?.();
    return res;
  };
}

function callbackOf(args: unknown[]): (() => void) | undefined {
  const last = args.at(-1);
  return typeof last === "function" ? (last as () => void) : undefined;
}
