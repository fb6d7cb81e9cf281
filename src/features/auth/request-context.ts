import "server-only";
import { headers } from "next/headers";
import type { ChangedBy } from "@/features/audit/mutations";
import { CLIENT_ADDRESS_HEADER } from "@/lib/request-facts";

/** The client's address as the HTTP front saw it ("" when served some other way, e.g. in tests). */
export async function clientAddress(): Promise<string> {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) ?? "";
}

/** Who makes a change in this request, as the audit log records it. */
export async function changedBy(editor: { id: number; email: string }): Promise<ChangedBy> {
  return { actor: { id: editor.id, email: editor.email }, ip: await clientAddress() };
}

/**
 * For state-changing route handlers (server actions get the same check from Next): the request
 * must come from a page of this site. Browsers send Origin with every POST; its absence or a
 * foreign value means another site (or a script) is asking.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
