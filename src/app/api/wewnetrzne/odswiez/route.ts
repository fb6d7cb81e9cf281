import { revalidatePath, revalidateTag } from "next/cache";
import { z } from "zod";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { authorisedInternalCall } from "@/lib/internal-token";

// Called by the HTTP front (src/server/figures-refresher.ts): `zakres=liczniki` when new views
// were saved, `zakres=wszystko` once at start. Private: it needs the token the front generated
// at start, and answers 404 to everybody else.

export const dynamic = "force-dynamic";

const scopeSchema = z.enum(["liczniki", "wszystko"]).catch("liczniki");

export async function POST(request: Request): Promise<Response> {
  if (!authorisedInternalCall(request)) return new Response(null, { status: 404 });
  const scope = scopeSchema.parse(new URL(request.url).searchParams.get("zakres"));
  // Expire at once: the next visitor of any page gets fresh figures, never stale ones.
  revalidateTag(CACHE_TAGS.visitFigures, { expire: 0 });
  if (scope === "wszystko") {
    revalidateTag(CACHE_TAGS.catalogue, { expire: 0 });
    revalidateTag(CACHE_TAGS.visitStatistics, { expire: 0 });
    revalidateTag(CACHE_TAGS.publications, { expire: 0 });
    revalidateTag(CACHE_TAGS.externalLinks, { expire: 0 });
    revalidatePath("/", "layout");
  }
  return new Response(null, { status: 204 });
}
