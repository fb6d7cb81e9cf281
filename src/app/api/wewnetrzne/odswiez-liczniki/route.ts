import { timingSafeEqual } from "node:crypto";
import { revalidateTag } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { env } from "@/lib/env";

// Called by the HTTP front (src/server/figures-refresher.ts) when new views were saved. Private:
// it needs the token the front generated at start, and answers 404 to everybody else.

export const dynamic = "force-dynamic";

function authorised(header: string | null): boolean {
  const token = env().BDP_INTERNAL_TOKEN;
  if (!token || !header?.startsWith("Bearer ")) return false;
  const given = Buffer.from(header.slice("Bearer ".length));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function POST(request: Request): Promise<Response> {
  if (!authorised(request.headers.get("authorization"))) return new Response(null, { status: 404 });
  // Expire at once: the next visitor of any page gets freshly counted figures, never stale ones.
  revalidateTag(CACHE_TAGS.visitFigures, { expire: 0 });
  return new Response(null, { status: 204 });
}
