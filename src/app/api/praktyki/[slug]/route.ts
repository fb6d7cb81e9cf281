import { practiceApiResponse } from "@/features/open-data/api";
import { preflightResponse } from "@/features/open-data/http-cache";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  return practiceApiResponse(request, (await params).slug);
}

export function OPTIONS(): Response {
  return preflightResponse();
}
