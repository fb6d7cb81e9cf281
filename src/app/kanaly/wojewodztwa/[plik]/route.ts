import { voivodeshipFeedResponse } from "@/features/open-data/feeds";
import { preflightResponse } from "@/features/open-data/http-cache";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ plik: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  return voivodeshipFeedResponse(request, (await params).plik);
}

export function OPTIONS(): Response {
  return preflightResponse();
}
