import { unitSuggestionsResponse } from "@/features/units/suggestions";

export function GET(request: Request): Response {
  return unitSuggestionsResponse(request);
}
