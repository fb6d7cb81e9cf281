import "server-only";
import { headers } from "next/headers";
import type { ChangedBy } from "@/features/audit/mutations";
import { env } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER, REQUEST_ORIGIN_HEADER } from "@/lib/request-facts";

/** The client's address as the HTTP front saw it ("" when served some other way, e.g. in tests). */
export async function clientAddress(): Promise<string> {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) ?? "";
}

/** Who makes a change in this request, as the audit log records it. */
export async function changedBy(editor: { id: number; email: string }): Promise<ChangedBy> {
  return { actor: { id: editor.id, email: editor.email }, ip: await clientAddress() };
}

/**
 * For state-changing route handlers (server actions get Next's own check): the request must come
 * from a page of this site. Browsers send Origin with every POST; its absence or a foreign value
 * means another site (or a script) is asking. Scheme, host and port must all agree, with the
 * origin the front saw the request addressed to (lib/request-facts.ts: X-Forwarded-* only behind
 * a trusted proxy) or with PUBLIC_ORIGIN.
 */
export function isSameOrigin(request: Request, publicOrigin = env().PUBLIC_ORIGIN): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const ownOrigins = [request.headers.get(REQUEST_ORIGIN_HEADER), publicOrigin];
  return ownOrigins.includes(origin.toLowerCase());
}
