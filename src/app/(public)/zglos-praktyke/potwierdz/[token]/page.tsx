import type { Metadata } from "next";
import { Button } from "@/components/ui/Button";
import { confirmSubmissionAction } from "@/features/submissions/actions";
import { InvalidConfirmationLink } from "@/features/submissions/components/InvalidLinks";
import { SubmissionPage } from "@/features/submissions/components/SubmissionPage";
import { getConfirmation } from "@/features/submissions/data";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const confirmation = await getConfirmation((await params).token);
  return { title: confirmation ? "Potwierdzenie adresu e-mail" : "Link potwierdzający jest nieważny", robots: { index: false, follow: false } };
}

// Opening the link changes nothing (mail scanners open links); the button's POST confirms. An
// unknown link gets its page in place of notFound() (InvalidLinks.tsx says why).
export default async function ConfirmPage({ params }: Props) {
  const { token } = await params;
  const confirmation = await getConfirmation(token);
  if (!confirmation) {
    return (
      <SubmissionPage>
        <InvalidConfirmationLink />
      </SubmissionPage>
    );
  }
  return (
    <SubmissionPage>
      <h1 className="text-title font-bold">Potwierdź adres e-mail</h1>
      <p className="mt-4">
        Potwierdzasz adres <strong>{confirmation.submitterEmail}</strong> dla zgłoszenia
        {confirmation.title ? <> „{confirmation.title}”</> : null}. Po potwierdzeniu zgłoszenie trafi do redakcji, a na ten adres wyślemy stały link do strony „Twoje zgłoszenie”.
      </p>
      <form action={confirmSubmissionAction} className="mt-6">
        <input type="hidden" name="token" value={token} />
        <Button>Potwierdzam i wysyłam zgłoszenie</Button>
      </form>
    </SubmissionPage>
  );
}
