import { preflightResponse } from "@/features/open-data/http-cache";
import { sitemapResponse } from "@/features/open-data/sitemaps";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ plik: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  return sitemapResponse(request, (await params).plik);
}

export function OPTIONS(): Response {
  return preflightResponse();
}
