import { downloadOf, fileNotFound } from "@/features/attachments/download";
import { editorOrUnauthorized } from "@/features/auth/authorize";
import { getSubmissionAttachment } from "@/features/submission-review/data";
import { recordIdSchema } from "@/lib/record-id";

// Editors download a submission's files; nobody else (the submitter sees names only).

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; attachmentId: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const editor = await editorOrUnauthorized();
  if (editor instanceof Response) return editor;
  const raw = await params;
  const submissionId = recordIdSchema.safeParse(raw.id);
  const attachmentId = recordIdSchema.safeParse(raw.attachmentId);
  const attachment = submissionId.success && attachmentId.success ? await getSubmissionAttachment(submissionId.data, attachmentId.data) : null;
  return (await downloadOf(attachment, request)) ?? fileNotFound();
}
