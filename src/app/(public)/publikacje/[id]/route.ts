import { downloadOf, fileNotFound } from "@/features/attachments/download";
import { getPublicationFile } from "@/features/publications/data";
import { countPublicationDownload } from "@/features/publications/mutations";
import { publicationIdSchema } from "@/features/publications/schema";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const id = publicationIdSchema.safeParse((await params).id);
  const publication = id.success ? await getPublicationFile(id.data) : null;
  const download = await downloadOf(publication, request);
  if (!publication || !download) return fileNotFound("Nie znaleziono dokumentu.");
  // Next answers HEAD with this handler too; only a real download counts.
  if (request.method === "GET") await countPublicationDownload(publication.id);
  return download;
}
