import { searchFeedResponse } from "@/features/open-data/feeds";
import { preflightResponse } from "@/features/open-data/http-cache";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return searchFeedResponse(request);
}

export function OPTIONS(): Response {
  return preflightResponse();
}
