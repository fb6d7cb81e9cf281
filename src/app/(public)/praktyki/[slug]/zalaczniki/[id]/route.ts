import { downloadOf, fileNotFound } from "@/features/attachments/download";
import { getPublishedAttachment } from "@/features/practice/data";
import { countAttachmentDownload } from "@/features/practice/mutations";
import { attachmentIdSchema, practiceSlugSchema } from "@/features/practice/schema";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string; id: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const raw = await params;
  const slug = practiceSlugSchema.safeParse(raw.slug);
  const id = attachmentIdSchema.safeParse(raw.id);
  const attachment = slug.success && id.success ? await getPublishedAttachment(slug.data, id.data) : null;
  const download = await downloadOf(attachment, request);
  if (!attachment || !download) return fileNotFound();
  // Next answers HEAD with this handler too; only a real download counts.
  if (request.method === "GET") await countAttachmentDownload(attachment.id);
  return download;
}
