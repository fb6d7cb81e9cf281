// Which requests are real page views. Decided in two steps: the request (before Next handles it)
// and the response (once its status and type are known), so that 404s, redirects and assets never count.

export type RequestFacts = {
  method: string | undefined;
  pathname: string;
  headers: Record<string, string | string[] | undefined>;
};

// Crawlers, link unfurlers, monitors, HTTP libraries and automated browsers.
const BOT_PATTERN =
  /bot\b|bot\/|crawl|spider|slurp|mediapartners|facebookexternalhit|embedly|preview|pinterest|vkshare|validator|lighthouse|pagespeed|headless|phantomjs|curl\/|wget\/|python-|httpclient|okhttp|go-http-client|java\/|axios\/|node-fetch|undici|libwww|scrapy|uptime|monitor|feedfetcher|ahrefs|semrush|yandex|baidu|petalbot|bytespider|gptbot|claudebot|ccbot/i;

const NOT_PAGES = /^\/(?:_next|api|admin)(?:\/|$)/;
const HAS_EXTENSION = /\.[a-z0-9]{1,8}$/i;
const ATTACHMENT_DOWNLOAD = /^\/praktyki\/[^/]+\/zalaczniki\/[^/]+$/;
const PUBLICATION_DOWNLOAD = /^\/publikacje\/[^/]+$/;

function header(facts: RequestFacts, name: string): string {
  const value = facts.headers[name];
  return (Array.isArray(value) ? value.join(",") : value ?? "").trim();
}

function isBot(userAgent: string): boolean {
  return userAgent === "" || BOT_PATTERN.test(userAgent);
}

function isPrefetch(facts: RequestFacts): boolean {
  const purpose = `${header(facts, "purpose")} ${header(facts, "sec-purpose")}`.toLowerCase();
  return (
    purpose.includes("prefetch") ||
    header(facts, "next-router-prefetch") !== "" ||
    header(facts, "next-router-segment-prefetch") !== ""
  );
}

/** True when the request could be a counted page view; the response still has to agree. */
export function isCandidateView(facts: RequestFacts): boolean {
  if (facts.method !== "GET") return false;
  if (NOT_PAGES.test(facts.pathname) || HAS_EXTENSION.test(facts.pathname)) return false;
  if (ATTACHMENT_DOWNLOAD.test(facts.pathname) || PUBLICATION_DOWNLOAD.test(facts.pathname)) return false;
  if (isPrefetch(facts)) return false;
  return !isBot(header(facts, "user-agent"));
}

/**
 * A page was shown: a successful HTML document, the RSC payload of a client-side navigation, or a
 * browser's conditional request for a page it already holds (304, which carries no content type).
 */
export function isPageResponse(statusCode: number, contentType: string | undefined, accept = ""): boolean {
  if (statusCode === 304) return accept.includes("text/html");
  if (statusCode !== 200 || !contentType) return false;
  return contentType.startsWith("text/html") || contentType.startsWith("text/x-component");
}

const PRACTICE_PATH = /^\/praktyki\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/(?:prezentacja|zalaczniki))?\/?$/;

/** Each of a practice's three views counts as a view of that practice. */
export function practiceSlugOf(pathname: string): string | null {
  return PRACTICE_PATH.exec(pathname)?.[1] ?? null;
}
