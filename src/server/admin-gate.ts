import { SESSION_COOKIE, sessionTokenHash } from "@/features/auth/session-token";

// A first line in front of the admin: a request to any admin address (page, `.rsc` payload,
// prefetch, a POST with `RSC: 1`, a route handler…) without a live session never reaches Next,
// and gets a plain redirect to the sign-in page (or 401 for RSC and JSON requests) instead of a
// page whose redirect is inside its payload. It is not the authorization: every admin page,
// action and route handler checks the session itself. Server-action calls of the page's script
// (POST with `Next-Action`) pass: the action refuses them itself, in the answer form its page
// follows. A form posted without JavaScript carries no such header and is gated like a page.

const ADMIN_PATH = /^\/admin(?:[/.]|$)/;
const OPEN_PATH = /^\/admin\/logowanie(?:[/.]|$)/;

type Facts = { method: string | undefined; pathname: string; url: string; headers: Record<string, string | string[] | undefined> };

export type GateAnswer = { status: 303; location: string } | { status: 401 } | null;

function header(headers: Facts["headers"], name: string): string {
  const value = headers[name];
  return (Array.isArray(value) ? value.join(",") : value) ?? "";
}

function sessionTokenHashOf(cookieHeader: string): string | null {
  for (const pair of cookieHeader.split(";")) {
    const [name, ...value] = pair.trim().split("=");
    if (name === SESSION_COOKIE) return sessionTokenHash(value.join("="));
  }
  return null;
}

function wantsNoPage(facts: Facts): boolean {
  return (
    header(facts.headers, "accept").includes("application/json") ||
    header(facts.headers, "rsc") !== "" ||
    header(facts.headers, "next-router-prefetch") !== "" ||
    header(facts.headers, "next-router-state-tree") !== "" ||
    /\.rsc$|\.segments?(?:\/|$)/.test(facts.pathname) ||
    /[?&]_rsc=/.test(facts.url)
  );
}

/** Any address of the admin area, its sign-in page included. */
export function isAdminAddress(pathname: string): boolean {
  return ADMIN_PATH.test(pathname);
}

export async function adminGate(facts: Facts, isLiveSession: (tokenHash: string) => Promise<boolean>): Promise<GateAnswer> {
  if (!isAdminAddress(facts.pathname) || OPEN_PATH.test(facts.pathname)) return null;
  if (facts.method === "POST" && header(facts.headers, "next-action") !== "") return null;
  const tokenHash = sessionTokenHashOf(header(facts.headers, "cookie"));
  if (tokenHash && (await isLiveSession(tokenHash))) return null;
  if (wantsNoPage(facts)) return { status: 401 };
  const returnTo = facts.url.startsWith("/admin") && !facts.url.startsWith("/admin.") ? facts.url : "/admin";
  return { status: 303, location: `/admin/logowanie?powrot=${encodeURIComponent(returnTo)}` };
}
