import { searchApiResponse } from "@/features/open-data/api";
import { preflightResponse } from "@/features/open-data/http-cache";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return searchApiResponse(request);
}

export function OPTIONS(): Response {
  return preflightResponse();
}
