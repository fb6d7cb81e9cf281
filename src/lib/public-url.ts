import { env } from "./env";

// Absolute addresses for what leaves the site's pages: API responses, feeds, sitemaps, CSV.
// Pages themselves use relative links; their metadata is resolved against the same origin
// (metadataBase in the root layout).

export function publicOrigin(): string {
  return env().PUBLIC_ORIGIN;
}

/** "/praktyki/x" → "https://bdp.example.pl/praktyki/x". */
export function absoluteUrl(path: string): string {
  return new URL(path, publicOrigin()).toString();
}
