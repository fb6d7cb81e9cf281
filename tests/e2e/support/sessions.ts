import type { APIRequestContext, BrowserContext } from "@playwright/test";

export const SESSION_COOKIE = "__Host-bdp-sesja";

/** The session token the browser holds, read from its cookie jar. */
export async function sessionToken(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((item) => item.name === SESSION_COOKIE);
  if (!cookie) throw new Error("no session cookie");
  return cookie.value;
}

/** A GET with an explicit cookie (or none), redirects not followed. */
export function getAs(request: APIRequestContext, url: string, token: string | null, headers: Record<string, string> = {}) {
  return request.get(url, { maxRedirects: 0, headers: { ...headers, ...(token ? { cookie: `${SESSION_COOKIE}=${token}` } : {}) } });
}
