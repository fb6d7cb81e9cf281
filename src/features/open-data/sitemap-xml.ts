import { xmlText, XML_DECLARATION } from "./xml";

// sitemaps.org documents: a sitemap index and sitemaps of at most 50,000 addresses each.

export const MAX_URLS_PER_SITEMAP = 50_000;
const NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

export type SitemapUrl = { url: string; lastModified?: Date | null };

function lastmod(date: Date | null | undefined): string {
  return date ? `<lastmod>${date.toISOString()}</lastmod>` : "";
}

export function sitemapIndexXml(sitemaps: SitemapUrl[]): string {
  const items = sitemaps.map((item) => `  <sitemap><loc>${xmlText(item.url)}</loc>${lastmod(item.lastModified)}</sitemap>\n`);
  return `${XML_DECLARATION}<sitemapindex xmlns="${NAMESPACE}">\n${items.join("")}</sitemapindex>\n`;
}

export const SITEMAP_OPEN = `${XML_DECLARATION}<urlset xmlns="${NAMESPACE}">\n`;
export const SITEMAP_CLOSE = "</urlset>\n";

export function sitemapUrlXml(item: SitemapUrl): string {
  return `  <url><loc>${xmlText(item.url)}</loc>${lastmod(item.lastModified)}</url>\n`;
}
