import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache-tags";

/**
 * After a change the public can see (a published practice changed, published, unpublished or
 * deleted, or its attachments): every cached public page is expired at once, since each shows
 * the category tree with its counts, and the next visitor of any page gets it fresh. The HTTP
 * front's record gate looks new slugs up in the database, so a newly published practice is
 * reachable at once too.
 */
export function revalidatePublicPages(): void {
  revalidateTag(CACHE_TAGS.catalogue, { expire: 0 });
  revalidatePath("/", "layout");
}
