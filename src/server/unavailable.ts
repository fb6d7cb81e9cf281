import type { ServerResponse } from "node:http";
import { PROBLEM_TYPES, problemTypeUri } from "@/features/open-data/problem";

// The answer when the site cannot serve a request, mostly because its database is unreachable:
// status 503 with Retry-After, and a body a reader (or a client of the API) can act on. The page is
// complete on its own (no scripts, no styles from the build, no database), so it renders whatever
// else is down.

/** Seconds a client is asked to wait; an outage of the database is usually a restart. */
export const RETRY_AFTER_SECONDS = 30;

const PAGE = `<!doctype html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Serwis chwilowo niedostępny – Bank Dobrych Praktyk</title>
<style>
body{margin:0;font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff}
main{max-width:40rem;margin:0 auto;padding:3rem 1.25rem}
h1{font-size:1.75rem;margin:0 0 1rem}
a{color:#0b4f8a}
</style>
</head>
<body>
<main>
<p>Bank Dobrych Praktyk</p>
<h1>Serwis chwilowo niedostępny</h1>
<p>Nie możemy teraz wyświetlić tej strony, ponieważ serwis ma chwilową awarię albo trwają prace serwisowe.</p>
<p>Spróbuj ponownie za kilka minut: <a href="">odśwież stronę</a> albo przejdź na <a href="/">stronę główną</a>.</p>
</main>
</body>
</html>
`;

function problem(instance: string, detail: string): string {
  const type = PROBLEM_TYPES.unavailable;
  return JSON.stringify({ type: problemTypeUri(type), title: type.title, status: type.status, detail, instance });
}

const API_PATH = /^\/api(?:\/|$)/;

/**
 * Writes the 503 answer for `pathname` (problem+json under /api, the page elsewhere). Headers a
 * handler set before it gave up (its type, length, caching) are removed first; `keep` names those
 * that stay (the security headers of every response).
 */
export function answerUnavailable(res: ServerResponse, url: string, pathname: string, keep: ReadonlySet<string> = new Set()): void {
  for (const name of res.getHeaderNames()) if (!keep.has(name)) res.removeHeader(name);
  const api = API_PATH.test(pathname);
  const body = api ? problem(url, "Serwis chwilowo nie może odpowiedzieć. Ponów zapytanie za chwilę.") : PAGE;
  res.writeHead(503, {
    "content-type": api ? "application/problem+json" : "text/html; charset=utf-8",
    "content-language": "pl",
    "retry-after": String(RETRY_AFTER_SECONDS),
    "cache-control": "no-store",
    "content-length": Buffer.byteLength(body),
  });
  res.end(body);
}

/** The readiness check's refusal: problem+json with the reason. */
export function notReadyBody(detail: string): string {
  return problem("/api/gotowosc", detail);
}
