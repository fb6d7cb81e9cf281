import { SESSION_COOKIE, sessionTokenHash } from "@/features/auth/session-token";

// A first, cheap line in front of the admin: a read of any admin address (page, `.rsc` payload,
// prefetch…) by a browser that holds no session cookie at all never reaches Next. It is not the
// authorization: every admin page, action and route handler checks the session itself, and this
// gate does not look the token up. Other methods pass: server actions and route handlers answer
// them (a redirect to the sign-in page, 401) so that the browser's page can follow.

const ADMIN_PATH = /^\/admin(?:[/.]|$)/;
const OPEN_PATH = /^\/admin\/logowanie(?:[/.]|$)/;

type Facts = { method: string | undefined; pathname: string; url: string; headers: Record<string, string | string[] | undefined> };

export type GateAnswer = { status: 303; location: string } | { status: 401 } | null;

function header(headers: Facts["headers"], name: string): string {
  const value = headers[name];
  return (Array.isArray(value) ? value.join(",") : value) ?? "";
}

function hasSessionCookie(cookieHeader: string): boolean {
  return cookieHeader.split(";").some((pair) => {
    const [name, ...value] = pair.trim().split("=");
    return name === SESSION_COOKIE && sessionTokenHash(value.join("=")) !== null;
  });
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

export function adminGate(facts: Facts): GateAnswer {
  if (!ADMIN_PATH.test(facts.pathname) || OPEN_PATH.test(facts.pathname)) return null;
  if (facts.method !== "GET" && facts.method !== "HEAD") return null;
  if (hasSessionCookie(header(facts.headers, "cookie"))) return null;
  if (isRscRequest(facts)) return { status: 401 };
  const returnTo = facts.url.startsWith("/admin") && !facts.url.startsWith("/admin.") ? facts.url : "/admin";
  return { status: 303, location: `/admin/logowanie?powrot=${encodeURIComponent(returnTo)}` };
}
