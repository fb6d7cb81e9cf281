import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Button } from "@/components/ui/Button";
import { confirmSubmissionAction } from "@/features/submissions/actions";
import { SubmissionPage } from "@/features/submissions/components/SubmissionPage";
import { getConfirmation } from "@/features/submissions/data";

export const metadata: Metadata = { title: "Potwierdzenie adresu e-mail", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

// Opening the link changes nothing (mail scanners open links); the button's POST confirms.
// Per request through connection(), not force-dynamic, for the 404 page's sake (see
// zgloszenie/[token]/layout.tsx).
export default async function ConfirmPage({ params }: Props) {
  await connection();
  const { token } = await params;
  const confirmation = await getConfirmation(token);
  if (!confirmation) notFound();
  return (
    <SubmissionPage>
      <h1 className="text-3xl font-bold">Potwierdź adres e-mail</h1>
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
