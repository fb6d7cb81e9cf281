import Link from "next/link";
import { z } from "zod";
import { buttonClass } from "@/components/ui/Button";
import { Notice } from "@/components/ui/Notice";
import { StatusHistory } from "@/features/submissions/components/StatusHistory";
import { StepNav } from "@/features/submissions/components/StepNav";
import { getSubmissionByToken, hasPendingConfirmation } from "@/features/submissions/data";
import { SUBMISSION_STATUS_LABELS, submitterCanEdit } from "@/features/submissions/status";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const noticeSchema = z.object({
  wyslano: z.enum(["potwierdzenie", "ponownie"]).optional().catch(undefined),
  potwierdzono: z.literal("1").optional().catch(undefined),
});

export default async function SubmissionStatusPage({ params, searchParams }: Props) {
  const { token } = await params;
  const submission = await getSubmissionByToken(token);
  if (!submission) return null; // the layout says the link does not work
  const notice = noticeSchema.parse(await searchParams);
  const editable = submitterCanEdit(submission.status);
  const awaitingConfirmation = submission.status === "DRAFT" && (await hasPendingConfirmation(submission.id));
  const returned = submission.status === "NEEDS_CHANGES";
  return (
    <>
      <h1 className="text-title font-bold">Twoje zgłoszenie</h1>
      {notice.potwierdzono && <Notice title="Adres e-mail potwierdzony.">Zgłoszenie trafiło do redakcji. Na Twój adres wysłaliśmy link do tej strony: zachowaj go, to nowy, stały adres zgłoszenia.</Notice>}
      {notice.wyslano === "ponownie" && <Notice title="Wysłano poprawione zgłoszenie.">Redakcja oceni je ponownie.</Notice>}
      {(notice.wyslano === "potwierdzenie" || awaitingConfirmation) && (
        <Notice tone="info" title="Sprawdź pocztę.">
          Wysłaliśmy link potwierdzający na adres {submission.submitterEmail}. Zgłoszenie trafi do redakcji, gdy go otworzysz i potwierdzisz adres. Link jest ważny 48 godzin.
        </Notice>
      )}
      <p className="mt-4 text-lg">
        {submission.values.title ? <>„{submission.values.title}”. </> : null}Stan: <strong>{SUBMISSION_STATUS_LABELS[submission.status]}</strong>
      </p>
      <p className="mt-2 text-sm text-slate-700">To prywatna strona Twojego zgłoszenia. Zachowaj jej adres i nie udostępniaj go innym osobom.</p>
      {editable && (
        <>
          <p className="mt-4">{returned ? "Redakcja prosi o poprawki (wiadomość w historii poniżej). Popraw zgłoszenie w krokach formularza i wyślij je ponownie." : "Zgłoszenie jest szkicem: uzupełnij kroki i wyślij je do redakcji."}</p>
          <StepNav token={token} current={null} />
          <p className="mt-6">
            <Link href={`/zgloszenie/${token}/${returned ? "wyslij" : "jednostka"}`} className={buttonClass()}>
              {returned ? "Sprawdź i wyślij ponownie" : "Przejdź do formularza"}
            </Link>
          </p>
        </>
      )}
      <StatusHistory events={submission.events} />
    </>
  );
}
