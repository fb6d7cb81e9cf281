import { SESSION_COOKIE, sessionTokenHash } from "@/features/auth/session-token";

// A first line in front of the admin: a read of any admin address (page, `.rsc` payload,
// prefetch…) without a live session never reaches Next, and gets a plain redirect to the sign-in
// page (or 401 for RSC requests) instead of a page whose redirect is inside its payload. It is
// not the authorization: every admin page, action and route handler checks the session itself.
// Other methods pass: server actions and route handlers answer them (a redirect to the sign-in
// page, 401) in a form the browser's page can follow.

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

function isRscRequest(facts: Facts): boolean {
  return (
    header(facts.headers, "rsc") !== "" ||
    header(facts.headers, "next-router-prefetch") !== "" ||
    header(facts.headers, "next-router-state-tree") !== "" ||
    /\.rsc$|\.segments?(?:\/|$)/.test(facts.pathname) ||
    /[?&]_rsc=/.test(facts.url)
  );
}

export async function adminGate(facts: Facts, isLiveSession: (tokenHash: string) => Promise<boolean>): Promise<GateAnswer> {
  if (!ADMIN_PATH.test(facts.pathname) || OPEN_PATH.test(facts.pathname)) return null;
  if (facts.method !== "GET" && facts.method !== "HEAD") return null;
  const tokenHash = sessionTokenHashOf(header(facts.headers, "cookie"));
  if (tokenHash && (await isLiveSession(tokenHash))) return null;
  if (isRscRequest(facts)) return { status: 401 };
  const returnTo = facts.url.startsWith("/admin") && !facts.url.startsWith("/admin.") ? facts.url : "/admin";
  return { status: 303, location: `/admin/logowanie?powrot=${encodeURIComponent(returnTo)}` };
}
