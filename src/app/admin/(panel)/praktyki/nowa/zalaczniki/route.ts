import { stashUploads } from "@/features/attachments/pending-mutations";
import { readUpload } from "@/features/attachments/upload-request";
import { getCurrentEditor } from "@/features/auth/authorize";
import { clientAddress, isSameOrigin } from "@/features/auth/request-context";
import { env } from "@/lib/env";

// Files chosen in the new practice's form, sent by XMLHttpRequest while the editor writes (for the
// progress bar): inspected and kept as pending uploads, answered with their tokens, which the form
// sends with the practice. Without JavaScript the files travel in the form itself (actions.ts).

export const dynamic = "force-dynamic";

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "cache-control": "no-store" } });

export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return json({ message: "Żądanie spoza serwisu zostało odrzucone." }, 403);
  const editor = await getCurrentEditor();
  if (!editor) return json({ message: "Zaloguj się, aby kontynuować." }, 401);
  const upload = await readUpload(request, env().ATTACHMENT_MAX_MB * 1_000_000);
  if (!upload.ok) return json({ message: upload.message }, upload.status);
  const summary = await stashUploads(upload.files, upload.refused, { id: editor.id, email: editor.email }, await clientAddress()).finally(upload.dispose);
  return json(summary);
}
