import { getAttachmentForEditor } from "@/features/attachments/data";
import { downloadOf, fileNotFound } from "@/features/attachments/download";
import { editorOrUnauthorized } from "@/features/auth/authorize";
import { attachmentIdSchema } from "@/features/practice/schema";
import { practiceIdSchema } from "@/features/practice-editor/schema";

// Editors download any practice's attachments (drafts' too); downloads here are not counted.

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; attachmentId: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const editor = await editorOrUnauthorized();
  if (editor instanceof Response) return editor;
  const raw = await params;
  const practiceId = practiceIdSchema.safeParse(raw.id);
  const attachmentId = attachmentIdSchema.safeParse(raw.attachmentId);
  const attachment = practiceId.success && attachmentId.success ? await getAttachmentForEditor(practiceId.data, attachmentId.data) : null;
  return (await downloadOf(attachment, request)) ?? fileNotFound();
}
