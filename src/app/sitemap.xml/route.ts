import { preflightResponse } from "@/features/open-data/http-cache";
import { sitemapIndexResponse } from "@/features/open-data/sitemaps";

// A route handler rather than Next's app/sitemap.ts: see docs/decisions/008-open-data.md.
export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return sitemapIndexResponse(request);
}

export function OPTIONS(): Response {
  return preflightResponse();
}
