import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/components/ui/Notice";
import { requireEditor } from "@/features/auth/authorize";
import { findLookalikePractices } from "@/features/practice/data";
import { categoryNames } from "@/features/practice-editor/data";
import { ReviewPanel } from "@/features/submission-review/components/ReviewPanel";
import { SimilarPractices } from "@/features/submission-review/components/SimilarPractices";
import { SubmissionAttachments } from "@/features/submission-review/components/SubmissionAttachments";
import { SubmissionFields } from "@/features/submission-review/components/SubmissionFields";
import { SubmissionHistory } from "@/features/submission-review/components/SubmissionHistory";
import { SubmissionStatusBadge } from "@/features/submission-review/components/SubmissionStatusBadge";
import { getSubmissionForReview } from "@/features/submission-review/data";
import { STEP_SLUGS } from "@/features/submission-review/review-form";
import { availableSteps, type ReviewStep } from "@/features/submission-review/transitions";
import { storedSubmissionValues } from "@/features/submissions/schema";
import { formatDateTime } from "@/lib/format";
import { recordIdSchema } from "@/lib/record-id";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function submissionOrNotFound(params: Props["params"]) {
  const id = recordIdSchema.safeParse((await params).id);
  const submission = id.success ? await getSubmissionForReview(id.data) : null;
  if (!submission) notFound();
  return submission;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireEditor();
  const id = recordIdSchema.safeParse((await params).id);
  const submission = id.success ? await getSubmissionForReview(id.data) : null;
  return { title: submission ? `Zgłoszenie nr ${submission.id}` : "Nie znaleziono zgłoszenia" };
}

const DONE: Record<ReviewStep, string> = {
  take: "Przyjęto zgłoszenie do oceny. Zgłaszający dostanie e-mail.",
  return: "Zwrócono zgłoszenie do poprawy. Zgłaszający dostanie e-mail z wiadomością.",
  reject: "Odrzucono zgłoszenie. Zgłaszający dostanie e-mail z powodem.",
  accept: "Przyjęto zgłoszenie: powstał szkic praktyki. Zgłaszający dostanie e-mail.",
};

export default async function SubmissionReviewPage({ params, searchParams }: Props) {
  await requireEditor();
  const submission = await submissionOrNotFound(params);
  const query = await searchParams;
  const done = typeof query.wykonano === "string" && query.wykonano in STEP_SLUGS ? DONE[STEP_SLUGS[query.wykonano as keyof typeof STEP_SLUGS]] : null;
  const values = storedSubmissionValues(submission.fields);
  const [names, similar] = await Promise.all([
    categoryNames(),
    findLookalikePractices(values, { publishedOnly: false, exceptId: submission.practiceId }),
  ]);
  const steps = availableSteps(submission.status);
  return (
    <>
      <p>
        <Link prefetch={false} href="/admin/zgloszenia">Zgłoszenia</Link> › nr {submission.id}
      </p>
      <h1 className="mt-2 text-3xl font-bold">
        <span className="block text-lg font-normal">Zgłoszenie nr {submission.id}</span>
        {values.title.trim() || "(bez tytułu)"}
      </h1>
      {done && <Notice>{done}</Notice>}
      <dl className="mt-4 grid gap-x-6 gap-y-1 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">Stan</dt>
        <dd><SubmissionStatusBadge status={submission.status} /></dd>
        <dt className="font-semibold">Zgłaszający</dt>
        <dd className="break-words">{submission.submitterName} &lt;{submission.submitterEmail}&gt;</dd>
        {submission.submittedAt && (
          <>
            <dt className="font-semibold">Wysłane</dt>
            <dd>{formatDateTime(submission.submittedAt)}</dd>
          </>
        )}
        {submission.practice && (
          <>
            <dt className="font-semibold">Praktyka</dt>
            <dd>
              <Link prefetch={false} href={`/admin/praktyki/${submission.practice.id}`}>{submission.practice.title}</Link>
            </dd>
          </>
        )}
      </dl>
      {steps.length > 0 && <ReviewPanel submissionId={submission.id} steps={steps} />}
      <SubmissionFields values={values} categoryNames={names} />
      <SubmissionAttachments submission={submission} />
      <SubmissionHistory events={submission.events} />
      <SimilarPractices practices={similar} />
    </>
  );
}
