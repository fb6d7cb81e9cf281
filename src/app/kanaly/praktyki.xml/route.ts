import { bankFeedResponse } from "@/features/open-data/feeds";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return bankFeedResponse(request);
}
