import { attachmentDisposition } from "@/features/attachments/content-disposition";
import { attachmentStore } from "@/features/attachments/storage";
import { getPublishedAttachment } from "@/features/practice/data";
import { countAttachmentDownload } from "@/features/practice/mutations";
import { attachmentIdSchema, practiceSlugSchema } from "@/features/practice/schema";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string; id: string }> };

function notFoundResponse(): Response {
  return new Response("Nie znaleziono załącznika.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const raw = await params;
  const slug = practiceSlugSchema.safeParse(raw.slug);
  const id = attachmentIdSchema.safeParse(raw.id);
  if (!slug.success || !id.success) return notFoundResponse();
  const attachment = await getPublishedAttachment(slug.data, id.data);
  const content = attachment ? await attachmentStore().read(attachment.storageKey) : null;
  if (!attachment || !content) return notFoundResponse();
  // Next answers HEAD with this handler too; only a real download counts.
  if (request.method === "GET") await countAttachmentDownload(attachment.id);
  return new Response(new Uint8Array(content), {
    headers: {
      "content-type": attachment.mimeType,
      "content-length": String(content.byteLength),
      "content-disposition": attachmentDisposition(attachment.fileName),
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
}
