import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Button } from "@/components/ui/Button";
import { Notice } from "@/components/ui/Notice";
import { CataloguePage } from "@/features/category/components/CataloguePage";
import { confirmAlertAction } from "@/features/search-alerts/actions";
import { getConfirmationState } from "@/features/search-alerts/data";
import { firstValue } from "@/lib/search-params";

export const metadata: Metadata = { title: "Potwierdzenie powiadomień e-mail", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Opening the link changes nothing (mail scanners open links); the button's POST confirms.
export default async function ConfirmAlertPage({ params, searchParams }: Props) {
  await connection();
  const { token } = await params;
  const state = await getConfirmationState(token);
  const confirmed = state === "used" && firstValue((await searchParams).potwierdzono) === "1";
  return (
    <CataloguePage>
      <h1 className="text-title font-bold">Potwierdzenie powiadomień e-mail</h1>
      {confirmed && (
        <Notice title="Powiadomienia są włączone">
          <p>Gdy w obserwowanym wyszukiwaniu pojawią się nowe lub zaktualizowane praktyki, wyślemy Ci ich listę. Każda wiadomość ma link do wypisania się.</p>
        </Notice>
      )}
      {state === "valid" && (
        <>
          <p className="mt-4 max-w-prose">Potwierdź, że chcesz dostawać powiadomienia e-mail o nowych i zaktualizowanych praktykach.</p>
          <form action={confirmAlertAction} className="mt-6">
            <input type="hidden" name="token" value={token} />
            <Button>Potwierdzam powiadomienia</Button>
          </form>
        </>
      )}
      {state === "used" && !confirmed && (
        <Notice tone="info" title="Powiadomienia są już potwierdzone">
          <p>Link działa tylko raz.</p>
        </Notice>
      )}
      {state === "expired" && (
        <Notice tone="warning" title="Link wygasł">
          <p>Zamów powiadomienia jeszcze raz z listy praktyk; wyślemy nowy link.</p>
        </Notice>
      )}
      {state === "invalid" && (
        <Notice tone="warning" title="Nieprawidłowy link">
          <p>Sprawdź, czy skopiowano cały adres z wiadomości e-mail. Niepotwierdzone zamówienia usuwamy po wygaśnięciu linku.</p>
        </Notice>
      )}
      <p className="mt-6">
        <Link href="/">Strona główna banku</Link>
      </p>
    </CataloguePage>
  );
}
