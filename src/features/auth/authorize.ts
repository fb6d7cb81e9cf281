import "server-only";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { UserRole } from "@/generated/prisma/enums";
import { env } from "@/lib/env";
import { findLiveSession } from "./data";
import { touchSession } from "./mutations";
import { SESSION_COOKIE, sessionTokenHash } from "./session-token";

// Authorization, called by every admin page, layout, server action and route handler itself:
// nothing relies on a layout or on the HTTP front having checked before.

export type Editor = {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  /** The current session's token hash (to keep this session when signing out the others). */
  sessionTokenHash: string;
};

const TOUCH_INTERVAL_MS = 60_000;

export function sessionPolicy() {
  const { SESSION_IDLE_MINUTES, SESSION_MAX_HOURS } = env();
  return { idleMs: SESSION_IDLE_MINUTES * 60_000, lifetimeMs: SESSION_MAX_HOURS * 3_600_000 };
}

/** The signed-in editor of this request, or null; one lookup per request. */
export const getCurrentEditor = cache(async (): Promise<Editor | null> => {
  const tokenHash = sessionTokenHash((await cookies()).get(SESSION_COOKIE)?.value);
  if (!tokenHash) return null;
  const now = new Date();
  const session = await findLiveSession(tokenHash, { idleMs: sessionPolicy().idleMs, now });
  if (!session) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) await touchSession(tokenHash, now);
  const { id, email, name, role } = session.user;
  return { id, email, name, role, sessionTokenHash: tokenHash };
});

export function loginPath(returnTo?: string): string {
  return returnTo && returnTo !== "/admin" ? `/admin/logowanie?powrot=${encodeURIComponent(returnTo)}` : "/admin/logowanie";
}

/** The editor, or a redirect to the sign-in page (for pages, layouts and server actions). */
export async function requireEditor(returnTo?: string): Promise<Editor> {
  const editor = await getCurrentEditor();
  if (!editor) redirect(loginPath(returnTo));
  return editor;
}

/** An administrator; other editors get the 403 page. */
export async function requireAdministrator(returnTo?: string): Promise<Editor> {
  const editor = await requireEditor(returnTo);
  if (editor.role !== UserRole.ADMINISTRATOR) forbidden();
  return editor;
}

/** For route handlers: the editor, or the 401 response to send instead. */
export async function editorOrUnauthorized(): Promise<Editor | Response> {
  const editor = await getCurrentEditor();
  if (editor) return editor;
  return new Response("Zaloguj się, aby kontynuować.", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export function isAdministrator(editor: Editor): boolean {
  return editor.role === UserRole.ADMINISTRATOR;
}
