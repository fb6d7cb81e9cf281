import { getAttachmentForEditor } from "@/features/attachments/data";
import { attachmentDisposition } from "@/features/attachments/content-disposition";
import { attachmentStore } from "@/features/attachments/storage";
import { editorOrUnauthorized } from "@/features/auth/authorize";
import { attachmentIdSchema } from "@/features/practice/schema";
import { practiceIdSchema } from "@/features/practice-editor/schema";

// Editors download any practice's attachments (drafts' too); downloads here are not counted.

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; attachmentId: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const editor = await editorOrUnauthorized();
  if (editor instanceof Response) return editor;
  const raw = await params;
  const practiceId = practiceIdSchema.safeParse(raw.id);
  const attachmentId = attachmentIdSchema.safeParse(raw.attachmentId);
  const attachment = practiceId.success && attachmentId.success ? await getAttachmentForEditor(practiceId.data, attachmentId.data) : null;
  const content = attachment ? await attachmentStore().read(attachment.storageKey) : null;
  if (!attachment || !content) return new Response("Nie znaleziono załącznika.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(content), {
    headers: {
      "content-type": attachment.mimeType,
      "content-length": String(content.byteLength),
      "content-disposition": attachmentDisposition(attachment.fileName),
      "cache-control": "private, no-store",
    },
  });
}
