import { categoryFeedResponse } from "@/features/open-data/feeds";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ plik: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  return categoryFeedResponse(request, (await params).plik);
}
