import { allowedMethods, isPageAddress, type RouteMethods } from "./route-methods";

// Requests the front answers itself because Next would answer them with a 500: a method the
// address does not serve (Next throws on TRACE, for one), and a server action sent from another
// site (Next refuses it by throwing "Invalid Server Actions request").

export type Refusal = { status: 403 | 405 | 411 | 413; message: string; headers?: Record<string, string> };

type Headers = Record<string, string | string[] | undefined>;
type Request = { method: string | undefined; pathname: string; headers: Headers };

export function methodRefusal(routes: RouteMethods[], { method, pathname }: Request): Refusal | null {
  const allowed = allowedMethods(routes, pathname);
  if (allowed.includes(method ?? "")) return null;
  return { status: 405, message: "Ta metoda HTTP nie jest obsługiwana pod tym adresem.", headers: { allow: allowed.join(", ") } };
}

function first(header: string | string[] | undefined): string | undefined {
  return (Array.isArray(header) ? header[0] : header)?.split(",")[0]?.trim() || undefined;
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null; // "null" (a sandboxed frame, a privacy-sensitive redirect) is no site at all
  }
}

/**
 * A POST to a page with an Origin of another host: Next would refuse it as a server action and
 * answer 500. Hosts are compared the way Next compares them (X-Forwarded-Host, else Host), so the
 * front refuses exactly what Next would. Without an Origin header Next lets it through, and so do we.
 */
export function crossOriginActionRefusal(routes: RouteMethods[], { method, pathname, headers }: Request): Refusal | null {
  if (method !== "POST" || !isPageAddress(routes, pathname)) return null;
  const origin = first(headers.origin);
  if (!origin) return null;
  const host = first(headers["x-forwarded-host"]) ?? first(headers.host);
  if (host !== undefined && hostOf(origin) === host) return null;
  return { status: 403, message: "Odrzucono formularz wysłany z innej witryny. Otwórz stronę w Banku Dobrych Praktyk i wyślij go jeszcze raz." };
}
