import { unknownApiPathResponse } from "@/features/open-data/api";
import { preflightResponse } from "@/features/open-data/http-cache";

// Unknown API addresses answer in the API's own terms (problem+json), not with the HTML 404 page.

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  return unknownApiPathResponse(request);
}

export function OPTIONS(): Response {
  return preflightResponse();
}
