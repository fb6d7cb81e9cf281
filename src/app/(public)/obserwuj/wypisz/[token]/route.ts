import { alertPaths } from "@/features/search-alerts/paths";
import { unsubscribe } from "@/features/search-alerts/mutations";

// The List-Unsubscribe address of every digest. POST unsubscribes at once, with no confirmation
// (RFC 8058 one-click: mail programs post "List-Unsubscribe=One-Click"); the page's button posts
// here too and is sent on to a page saying so. GET changes nothing (mail scanners open links): it
// leads to a page with that button.

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string }> };

const seeOther = (path: string) => new Response(null, { status: 303, headers: { location: path, "cache-control": "no-store" } });

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { token } = await params;
  return seeOther(alertPaths.unsubscribePage(token));
}

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { token } = await params;
  const form = await request.formData().catch(() => null);
  // Unsubscribing twice (a mail program's retry) is still a success: the alert is gone.
  await unsubscribe(token);
  if (form?.get("List-Unsubscribe") === "One-Click") {
    return new Response("Wypisano z powiadomień.", { status: 200, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
  return seeOther(alertPaths.unsubscribed);
}
