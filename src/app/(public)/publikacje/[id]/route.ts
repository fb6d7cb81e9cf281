import { attachmentDisposition } from "@/features/attachments/content-disposition";
import { attachmentStore } from "@/features/attachments/storage";
import { getPublicationFile } from "@/features/publications/data";
import { countPublicationDownload } from "@/features/publications/mutations";
import { publicationIdSchema } from "@/features/publications/schema";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

function notFoundResponse(): Response {
  return new Response("Nie znaleziono dokumentu.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const id = publicationIdSchema.safeParse((await params).id);
  if (!id.success) return notFoundResponse();
  const publication = await getPublicationFile(id.data);
  const content = publication ? await attachmentStore().read(publication.storageKey) : null;
  if (!publication || !content) return notFoundResponse();
  // Next answers HEAD with this handler too; only a real download counts.
  if (request.method === "GET") await countPublicationDownload(publication.id);
  return new Response(new Uint8Array(content), {
    headers: {
      "content-type": publication.mimeType,
      "content-length": String(content.byteLength),
      "content-disposition": attachmentDisposition(publication.fileName),
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
}
