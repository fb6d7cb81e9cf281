import { attachmentDisposition } from "@/features/attachments/content-disposition";
import { attachmentStore } from "@/features/attachments/storage";
import { editorOrUnauthorized } from "@/features/auth/authorize";
import { getSubmissionAttachment } from "@/features/submission-review/data";
import { recordIdSchema } from "@/lib/record-id";

// Editors download a submission's files; nobody else (the submitter sees names only).

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; attachmentId: string }> };

const notFound = () => new Response("Nie znaleziono załącznika.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const editor = await editorOrUnauthorized();
  if (editor instanceof Response) return editor;
  const raw = await params;
  const submissionId = recordIdSchema.safeParse(raw.id);
  const attachmentId = recordIdSchema.safeParse(raw.attachmentId);
  const attachment = submissionId.success && attachmentId.success ? await getSubmissionAttachment(submissionId.data, attachmentId.data) : null;
  const content = attachment ? await attachmentStore().read(attachment.storageKey) : null;
  if (!attachment || !content) return notFound();
  return new Response(new Uint8Array(content), {
    headers: {
      "content-type": attachment.mimeType,
      "content-length": String(content.byteLength),
      "content-disposition": attachmentDisposition(attachment.fileName),
      "cache-control": "private, no-store",
      // A file sent by the public is never rendered as a page of this site.
      "x-content-type-options": "nosniff",
    },
  });
}
