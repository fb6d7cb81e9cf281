import { randomBytes } from "node:crypto";

// Security headers of every response, set by the HTTP front before Next answers (so static files,
// errors and the front's own answers carry them too).
//
// Public pages are prerendered and cached (ISR): one HTML serves everybody, so it cannot carry a
// per-request nonce, and Next's inline bootstrap scripts need 'unsafe-inline' there. They render
// no HTML from editors (Markdown without raw HTML) and set no cookies. The admin renders per
// request and gets a strict policy: scripts only with this response's nonce ('strict-dynamic').

export const ADMIN_PATH = /^\/admin(?:[/.]|$)/;
/**
 * Pages whose address holds a secret (a submission's private link, a confirmation link): their
 * address is never sent to another site as a referrer. Not "no-referrer": with it, browsers send
 * `Origin: null` with the pages' own form posts, which the origin checks rightly refuse.
 */
const SECRET_LINK_PATH = /^\/(?:zgloszenie|zglos-praktyke\/potwierdz)\//;

type Options = { pathname: string; https: boolean; dev: boolean };

export type SecurityHeaders = { response: Record<string, string>; nonce: string | null };

function policy(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}

export function securityHeaders({ pathname, https, dev }: Options): SecurityHeaders {
  const admin = ADMIN_PATH.test(pathname);
  const nonce = admin ? randomBytes(18).toString("base64") : null;
  // Next's development server evaluates code and reloads over a WebSocket.
  const devScript = dev ? ["'unsafe-eval'"] : [];
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'", ...devScript] : ["'self'", "'unsafe-inline'", ...devScript],
    "style-src": nonce && !dev ? ["'self'", `'nonce-${nonce}'`] : ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": dev ? ["'self'", "ws:", "wss:"] : ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
    ...(https ? { "upgrade-insecure-requests": [] } : {}),
  };
  const response: Record<string, string> = {
    "content-security-policy": policy(directives),
    "x-content-type-options": "nosniff",
    "referrer-policy": admin || SECRET_LINK_PATH.test(pathname) ? "same-origin" : "strict-origin-when-cross-origin",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  };
  if (admin) response["cross-origin-resource-policy"] = "same-origin";
  // Only over HTTPS: sent over plain HTTP it would be ignored, and it must not pin a site that has no certificate.
  if (https) response["strict-transport-security"] = "max-age=31536000";
  return { response, nonce };
}
