import { createHash } from "node:crypto";

// Conditional GET and CORS for every open-data response (API, CSV, feeds, sitemaps): validators
// let clients and caches revalidate with a 304 instead of downloading again, and any web page
// may read the data (GET only: nothing here changes anything).

export type Validators = { etag: string; lastModified: Date | null };

export const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  // ETag is not readable by scripts on other origins unless exposed.
  "access-control-expose-headers": "ETag, Last-Modified, Link, X-Total-Count",
} as const;

/** Weak: the same data may be sent compressed or not, byte-identical only after decoding. */
export function etagOf(...parts: string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\u0000");
  return `W/"${hash.digest("base64url").slice(0, 27)}"`;
}

/** HTTP dates have whole seconds. */
const second = (time: number) => Math.floor(time / 1000);

function opaqueTag(tag: string): string {
  return tag.trim().replace(/^W\//, "");
}

/** RFC 9110 §13.1.2 (weak comparison) and §13.1.3; If-Modified-Since only counts without If-None-Match. */
export function isNotModified(request: Request, validators: Validators): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch !== null) {
    if (ifNoneMatch.trim() === "*") return true;
    const wanted = opaqueTag(validators.etag);
    return ifNoneMatch.split(",").some((tag) => opaqueTag(tag) === wanted);
  }
  const ifModifiedSince = request.headers.get("if-modified-since");
  if (ifModifiedSince === null || validators.lastModified === null) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && second(validators.lastModified.getTime()) * 1000 <= since;
}

export type CacheableOptions = { contentType: string; cacheControl: string; headers?: Record<string, string> };

/**
 * HTTP dates have whole seconds. A date sent while its second lasts would also stand for a change
 * later in that second, and If-Modified-Since with it would get a stale 304: such a response
 * carries only its ETag.
 */
function validatorHeaders(validators: Validators): Record<string, string> {
  const { lastModified } = validators;
  const settled = lastModified !== null && second(lastModified.getTime()) < second(Date.now());
  return { etag: validators.etag, ...(settled ? { "last-modified": lastModified.toUTCString() } : {}) };
}

export function notModifiedResponse(validators: Validators, cacheControl: string): Response {
  return new Response(null, { status: 304, headers: { ...CORS_HEADERS, "cache-control": cacheControl, ...validatorHeaders(validators) } });
}

/**
 * The response, or a 304 when the client holds the same version. `body` may be a stream (then
 * `validators` must be known before it is produced) or text.
 */
export function cacheableResponse(
  request: Request,
  body: string | ReadableStream<Uint8Array>,
  validators: Validators,
  options: CacheableOptions,
): Response {
  if (isNotModified(request, validators)) {
    if (typeof body !== "string") void body.cancel();
    return notModifiedResponse(validators, options.cacheControl);
  }
  return new Response(body, {
    headers: {
      ...CORS_HEADERS,
      "cache-control": options.cacheControl,
      ...validatorHeaders(validators),
      ...options.headers,
      "content-type": options.contentType,
      "x-content-type-options": "nosniff",
    },
  });
}

/** A text response whose ETag is the hash of its content, with the catalogue's last change. */
export function textResponse(request: Request, text: string, lastModified: Date | null, options: CacheableOptions): Response {
  return cacheableResponse(request, text, { etag: etagOf(options.contentType, text), lastModified }, options);
}

/** The answer to a CORS preflight: only GET (and HEAD) are offered. */
export function preflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "access-control-allow-methods": "GET, HEAD, OPTIONS",
      "access-control-allow-headers": "If-None-Match, If-Modified-Since, Accept, Accept-Language",
      "access-control-max-age": "86400",
      allow: "GET, HEAD, OPTIONS",
    },
  });
}
