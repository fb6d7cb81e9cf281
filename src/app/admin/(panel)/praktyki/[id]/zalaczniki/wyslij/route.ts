import { addAttachments } from "@/features/attachments/mutations";
import { readUpload } from "@/features/attachments/upload-request";
import { getCurrentEditor, loginPath } from "@/features/auth/authorize";
import { clientAddress, isSameOrigin } from "@/features/auth/request-context";
import { getPracticeForEditing } from "@/features/practice-editor/data";
import { revalidatePublicPages } from "@/features/practice-editor/revalidate";
import { practiceIdSchema } from "@/features/practice-editor/schema";
import { env } from "@/lib/env";

// Uploads of attachments: by XMLHttpRequest (JSON answer, for the progress bar) or by a plain form
// without JavaScript (a redirect back to the practice, whose page shows the outcome).

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

function text(status: number, body: string): Response {
  return new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

function redirectTo(location: string): Response {
  return new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });
}

export async function POST(request: Request, { params }: Context): Promise<Response> {
  if (!isSameOrigin(request)) return text(403, "Żądanie spoza serwisu zostało odrzucone.");
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  const editor = await getCurrentEditor();
  const id = practiceIdSchema.safeParse((await params).id);
  if (!editor) return wantsJson ? Response.json({ message: "Zaloguj się, aby kontynuować." }, { status: 401 }) : redirectTo(loginPath(id.success ? `/admin/praktyki/${id.data}` : "/admin"));
  const practice = id.success ? await getPracticeForEditing(id.data) : null;
  if (!practice || practice.deletedAt) return wantsJson ? Response.json({ message: "Nie ma takiej praktyki." }, { status: 404 }) : text(404, "Nie ma takiej praktyki.");
  const back = `/admin/praktyki/${practice.id}`;

  const upload = await readUpload(request, env().ATTACHMENT_MAX_MB * 1_000_000);
  if (!upload.ok) {
    if (wantsJson) return Response.json({ message: upload.message }, { status: upload.status });
    const code = upload.status === 413 ? "za-duzo" : upload.message.startsWith("Nie wybrano") ? "brak-plikow" : "blad";
    return redirectTo(`${back}?zalaczniki-blad=${code}#zalaczniki`);
  }
  const summary = await addAttachments(practice.id, upload.files, upload.refused, { id: editor.id, email: editor.email }, await clientAddress()).finally(upload.dispose);
  if (summary.publicChange) revalidatePublicPages();
  if (wantsJson) return Response.json({ outcomes: summary.outcomes }, { headers: { "cache-control": "no-store" } });
  return redirectTo(`${back}?wynik=${summary.eventIds.join(",")}#zalaczniki`);
}
