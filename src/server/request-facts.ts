import type { IncomingMessage } from "node:http";
import type { TLSSocket } from "node:tls";
import { CLIENT_ADDRESS_HEADER, FRONT_ONLY_HEADERS, REQUEST_ORIGIN_HEADER } from "@/lib/request-facts";

function lastValue(header: string | string[] | undefined): string | undefined {
  const joined = Array.isArray(header) ? header.join(",") : header;
  return joined?.split(",").at(-1)?.trim() || undefined;
}

const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** scheme://host[:port] for a Host header, or undefined for anything that is not just a host. */
function originOf(https: boolean, host: string | undefined): string | undefined {
  if (!host || !HOST.test(host)) return undefined;
  try {
    return new URL(`${https ? "https" : "http"}://${host}`).origin;
  } catch {
    return undefined;
  }
}

/**
 * Tells Next's code what only the front knows (lib/request-facts.ts), replacing whatever a client
 * sent under the same names, and says whether the client reached us over HTTPS (for HSTS). Behind
 * a trusted proxy the address is the last X-Forwarded-For entry, the one our proxy added: earlier
 * entries are whatever the client claimed. Without one, X-Forwarded-* headers are anybody's words
 * and count for nothing.
 */
export function applyRequestFacts(req: IncomingMessage, trustProxy: boolean): { https: boolean } {
  for (const name of FRONT_ONLY_HEADERS) delete req.headers[name];
  const address = (trustProxy && lastValue(req.headers["x-forwarded-for"])) || req.socket.remoteAddress || "";
  const https =
    (req.socket as TLSSocket).encrypted === true || (trustProxy && lastValue(req.headers["x-forwarded-proto"])?.toLowerCase() === "https");
  req.headers[CLIENT_ADDRESS_HEADER] = address;
  const origin = originOf(https, (trustProxy && lastValue(req.headers["x-forwarded-host"])) || req.headers.host);
  if (origin) req.headers[REQUEST_ORIGIN_HEADER] = origin;
  return { https };
}
