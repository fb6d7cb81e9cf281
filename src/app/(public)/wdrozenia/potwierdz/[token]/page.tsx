import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/Button";
import { Notice } from "@/components/ui/Notice";
import { confirmAdoptionAction } from "@/features/adoptions/actions";
import { getConfirmationState } from "@/features/adoptions/data";
import { CataloguePage } from "@/features/category/components/CataloguePage";
import { firstValue } from "@/lib/search-params";

export const metadata: Metadata = { title: "Potwierdzenie zgłoszenia wdrożenia", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Opening the link changes nothing (mail scanners open links); the button confirms.
export default async function ConfirmAdoptionPage({ params, searchParams }: Props) {
  const { token } = await params;
  const { state, practiceTitle } = await getConfirmationState(token);
  const confirmed = state === "used" && firstValue((await searchParams).potwierdzono) === "1";
  return (
    <CataloguePage>
      <h1 className="text-title font-bold">Potwierdzenie zgłoszenia wdrożenia</h1>
      {confirmed && (
        <Notice title="Dziękujemy, zgłoszenie potwierdzone">
          <p>Trafiło do redakcji banku. Gdy je zatwierdzi, wdrożenie pojawi się przy praktyce, a Ty dostaniesz e-mail.</p>
        </Notice>
      )}
      {state === "valid" && (
        <>
          <p className="mt-4 max-w-prose">
            Potwierdź, że to Ty zgłaszasz wdrożenie praktyki „{practiceTitle}”. Zgłoszenie trafi wtedy do redakcji.
          </p>
          <form action={confirmAdoptionAction} className="mt-6">
            <input type="hidden" name="token" value={token} />
            <Button>Potwierdzam zgłoszenie</Button>
          </form>
        </>
      )}
      {state === "used" && !confirmed && (
        <Notice tone="info" title="To zgłoszenie jest już potwierdzone">
          <p>Link działa tylko raz. Zgłoszenie czeka na redakcję lub zostało już rozpatrzone.</p>
        </Notice>
      )}
      {state === "expired" && (
        <Notice tone="warning" title="Link wygasł">
          <p>Zgłoś wdrożenie jeszcze raz ze strony praktyki; wyślemy nowy link.</p>
        </Notice>
      )}
      {state === "invalid" && (
        <Notice tone="warning" title="Nieprawidłowy link">
          <p>Sprawdź, czy skopiowano cały adres z wiadomości e-mail.</p>
        </Notice>
      )}
      <p className="mt-6">
        <Link href="/">Strona główna banku</Link>
      </p>
    </CataloguePage>
  );
}
