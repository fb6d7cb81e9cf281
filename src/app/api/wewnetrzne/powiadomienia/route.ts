import { sendDueDigests } from "@/features/search-alerts/digest";
import { authorisedInternalCall } from "@/lib/internal-token";

// Called by the HTTP front (src/server/digest-scheduler.ts) every ALERT_DIGEST_INTERVAL_SECONDS:
// sends the search alerts' digests that are due. Private, like ../odswiez.

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  if (!authorisedInternalCall(request)) return new Response(null, { status: 404 });
  const run = await sendDueDigests();
  return Response.json(run);
}
