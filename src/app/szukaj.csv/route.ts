import { searchCsvResponse } from "@/features/open-data/csv-export";
import { preflightResponse } from "@/features/open-data/http-cache";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return searchCsvResponse(request);
}

export function OPTIONS(): Response {
  return preflightResponse();
}
