import { redirect } from "next/navigation";
import { z } from "zod";
import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/Button";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { Notice } from "@/components/ui/Notice";
import { findLookalikePractices } from "@/features/practice/data";
import { ContactsFieldset } from "@/features/practice-editor/components/ContactsFieldset";
import { listCategoryOptions } from "@/features/practice-editor/data";
import { EMPTY_CONTACT, errorsByField } from "@/features/practice-editor/form-values";
import { issueFormStamp } from "@/features/public-forms/guard";
import { sendSubmissionAction } from "@/features/submissions/actions";
import { AttachmentsPanel } from "@/features/submissions/components/AttachmentsPanel";
import { DetailsFields } from "@/features/submissions/components/DetailsFields";
import { GuardFields } from "@/features/submissions/components/GuardFields";
import { PracticeFields } from "@/features/submissions/components/PracticeFields";
import { SimilarPractices } from "@/features/submissions/components/SimilarPractices";
import { StepForm } from "@/features/submissions/components/StepForm";
import { StepNav } from "@/features/submissions/components/StepNav";
import { SubmissionSummary } from "@/features/submissions/components/SubmissionSummary";
import { UnitFields } from "@/features/submissions/components/UnitFields";
import { getSubmissionByToken, type PublicSubmission } from "@/features/submissions/data";
import { uploadResultSchema } from "@/features/submissions/schema";
import { submitterCanEdit } from "@/features/submissions/status";
import { type FieldStep, isStep, STEPS, type StepSlug, stepErrors, submissionErrors } from "@/features/submissions/steps";
import { env } from "@/lib/env";

type Props = { params: Promise<{ token: string; krok: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const querySchema = z.object({
  sprawdz: z.literal("1").optional().catch(undefined),
  podglad: z.literal("1").optional().catch(undefined),
  wynik: uploadResultSchema,
  usunieto: z.literal("1").optional().catch(undefined),
  odmowa: z.enum(["bot", "too-fast", "expired", "limit"]).optional().catch(undefined),
});

type Query = z.infer<typeof querySchema>;

const REFUSALS = {
  bot: "Nie udało się przyjąć formularza. Spróbuj wysłać zgłoszenie ponownie.",
  "too-fast": "Zgłoszenie wysłano zbyt szybko po otwarciu strony. Sprawdź je i wyślij ponownie.",
  expired: "Strona była otwarta zbyt długo. Sprawdź zgłoszenie i wyślij je ponownie.",
  limit: "Z tego adresu wysłano ostatnio zbyt wiele zgłoszeń lub linków potwierdzających. Spróbuj ponownie za godzinę.",
} as const;

export default async function SubmissionStepPage({ params, searchParams }: Props) {
  const { token, krok } = await params;
  const submission = await getSubmissionByToken(token);
  if (!submission) return null; // the layout says the link does not work
  // A mistyped step: to the submission's page, with its steps (a notFound() here would reach
  // visitors without JavaScript as an empty page, see InvalidLinks.tsx).
  if (!isStep(krok)) redirect(`/zgloszenie/${token}`);
  if (!submitterCanEdit(submission.status)) redirect(`/zgloszenie/${token}`);
  const query = querySchema.parse(await searchParams);
  const label = STEPS.find((step) => step.slug === krok)!.label;
  return (
    <>
      <p className="text-sm text-slate-700">Zgłoszenie praktyki</p>
      <h1 className="text-title font-bold">{label}</h1>
      <StepNav token={token} current={krok} />
      <div className="mt-6">
        <StepContent step={krok} label={label} token={token} submission={submission} query={query} />
      </div>
    </>
  );
}

type ContentProps = { step: StepSlug; label: string; token: string; submission: PublicSubmission; query: Query };

async function StepContent({ step, label, token, submission, query }: ContentProps) {
  if (step === "zalaczniki") return <AttachmentsStep token={token} submission={submission} query={query} />;
  if (step === "wyslij") return <ReviewStep token={token} submission={submission} query={query} />;
  return <FieldsStep step={step} label={label} token={token} submission={submission} query={query} />;
}

async function FieldsStep({ step, label, token, submission, query }: ContentProps & { step: FieldStep }) {
  const { values } = submission;
  const errors = query.sprawdz ? stepErrors(step, values) : [];
  const byField = errorsByField(errors);
  return (
    <StepForm token={token} step={step} label={label} errors={errors}>
      {query.sprawdz && errors.length === 0 && <Notice title="Zapisano." />}
      {step === "jednostka" && <UnitFields values={values} errors={byField} />}
      {step === "praktyka" && <PracticeFields values={values} errors={byField} categories={await listCategoryOptions()} preview={query.podglad === "1"} />}
      {step === "szczegoly" && <DetailsFields values={values} errors={byField} />}
      {step === "kontakty" && <ContactsFieldset initial={values.contacts.length > 0 ? values.contacts : [{ ...EMPTY_CONTACT }]} errors={byField} />}
    </StepForm>
  );
}

function AttachmentsStep({ token, submission, query }: Omit<ContentProps, "step" | "label">) {
  return (
    <>
      {query.usunieto && <Notice title="Usunięto plik." />}
      {query.wynik && (
        <div role="status" className="border-l-8 border-slate-500 p-4">
          <ul className="space-y-1">
            {query.wynik.map((outcome, index) => (
              <li key={index} className={outcome.ok ? "text-green-800" : "font-semibold text-red-800"}>
                {!outcome.ok && <span className="sr-only">Błąd: </span>}
                {outcome.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p>Możesz dołączyć raporty, regulaminy, prezentacje i zdjęcia z realizacji (nieobowiązkowo).</p>
      <AttachmentsPanel token={token} attachments={submission.attachments} maxFiles={env().SUBMISSION_MAX_FILES} maxMegabytes={env().SUBMISSION_FILE_MAX_MB} editable />
      <p className="mt-10 border-t-2 border-slate-300 pt-6">
        <Link href={`/zgloszenie/${token}/wyslij`} className={buttonClass()}>
          Przejdź do sprawdzenia i wysłania
        </Link>
      </p>
    </>
  );
}

async function ReviewStep({ token, submission, query }: Omit<ContentProps, "step" | "label">) {
  const problems = submissionErrors(submission.values);
  const [similar, categories, stamp] = await Promise.all([findLookalikePractices(submission.values, { publishedOnly: true }), listCategoryOptions(), issueFormStamp()]);
  const categoryNames = new Map(categories.map((category) => [String(category.id), category.parentName ? `${category.parentName} › ${category.name}` : category.name]));
  const resubmission = submission.status === "NEEDS_CHANGES" && submission.emailConfirmedAt !== null;
  return (
    <>
      {query.odmowa && <ErrorSummary errors={[{ field: "wyslij-zgloszenie", message: REFUSALS[query.odmowa] }]} />}
      {problems.length > 0 && (
        <ErrorSummary
          title="Zgłoszenia nie można jeszcze wysłać"
          errors={problems.map(({ step, error }) => ({ field: `${step}-${error.field}`, message: error.message, href: `/zgloszenie/${token}/${step}?sprawdz=1#${error.field}` }))}
        />
      )}
      <p>Sprawdź, co wyślesz do redakcji. Każdą część możesz jeszcze zmienić.</p>
      <SimilarPractices practices={similar} />
      <SubmissionSummary token={token} values={submission.values} categoryNames={categoryNames} />
      <section aria-labelledby="podsumowanie-zalaczniki" className="mt-8">
        <h2 id="podsumowanie-zalaczniki" className="border-b-2 border-slate-300 text-xl font-bold">
          Załączniki
        </h2>
        <AttachmentsPanel token={token} attachments={submission.attachments} maxFiles={0} maxMegabytes={0} editable={false} />
      </section>
      {problems.length === 0 && (
        <form action={sendSubmissionAction} className="mt-10 border-t-2 border-slate-300 pt-6">
          <GuardFields stamp={stamp} />
          <input type="hidden" name="token" value={token} />
          <p>{resubmission ? "Poprawione zgłoszenie wróci do redakcji." : `Wyślemy link potwierdzający na adres ${submission.submitterEmail}. Zgłoszenie trafi do redakcji po potwierdzeniu adresu.`}</p>
          <Button id="wyslij-zgloszenie" className="mt-4">
            {resubmission ? "Wyślij poprawione zgłoszenie" : "Wyślij zgłoszenie"}
          </Button>
        </form>
      )}
    </>
  );
}
