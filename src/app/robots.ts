import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/public-url";

// Rendered per request: the public origin is configuration of the running site, not of the build.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    // /szukaj.csv: every export reads a whole search; people download it, crawlers need not.
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/api/wewnetrzne", "/szukaj.csv"] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
