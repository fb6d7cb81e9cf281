import { readUpload } from "@/features/attachments/upload-request";
import { isSameOrigin } from "@/features/auth/request-context";
import { getSubmissionByToken } from "@/features/submissions/data";
import { addSubmissionAttachments } from "@/features/submissions/mutations";
import { encodeUploadResult } from "@/features/submissions/schema";
import { submitterCanEdit } from "@/features/submissions/status";
import { env } from "@/lib/env";

// The submitter's upload, from the plain multipart form of the attachments step; the answer is a
// redirect back to the step, which lists what happened to each file. The front lets this path's
// body through (server/body-limit.ts): readUpload counts the bytes itself.

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string }> };

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

export async function POST(request: Request, { params }: Context): Promise<Response> {
  if (!isSameOrigin(request)) return text(403, "Żądanie spoza serwisu zostało odrzucone.");
  const { token } = await params;
  const submission = await getSubmissionByToken(token);
  if (!submission) return text(404, "Nie ma takiego zgłoszenia.");
  const back = `/zgloszenie/${token}/zalaczniki`;
  const redirectTo = (query: string) => new Response(null, { status: 303, headers: { location: `${back}?${query}`, "cache-control": "no-store" } });
  if (!submitterCanEdit(submission.status)) return redirectTo("zamkniete=1");
  const upload = await readUpload(request, env().SUBMISSION_FILE_MAX_MB * 1_000_000);
  if (!upload.ok) return redirectTo(`wynik=${encodeUploadResult([{ name: "", ok: false, message: upload.message }])}`);
  const outcomes = await addSubmissionAttachments(submission.id, upload.files, upload.refused).finally(upload.dispose);
  return redirectTo(`wynik=${encodeUploadResult(outcomes)}`);
}
