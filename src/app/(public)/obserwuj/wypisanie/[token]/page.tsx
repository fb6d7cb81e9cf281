import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Button } from "@/components/ui/Button";
import { Notice } from "@/components/ui/Notice";
import { CataloguePage } from "@/features/category/components/CataloguePage";
import { isUnsubscribeLinkLive } from "@/features/search-alerts/data";
import { alertPaths } from "@/features/search-alerts/paths";

export const metadata: Metadata = { title: "Wypisanie z powiadomień e-mail", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

// Where the unsubscribe link leads a browser: opening it changes nothing; the button posts to the
// one-click address (obserwuj/wypisz/[token]).
export default async function UnsubscribePage({ params }: Props) {
  await connection();
  const { token } = await params;
  const live = await isUnsubscribeLinkLive(token);
  return (
    <CataloguePage>
      <h1 className="text-title font-bold">Wypisanie z powiadomień e-mail</h1>
      {live ? (
        <>
          <p className="mt-4 max-w-prose">Po wypisaniu nie wyślemy więcej powiadomień o tym wyszukiwaniu, a adres e-mail usuniemy.</p>
          <form action={alertPaths.unsubscribe(token)} method="post" className="mt-6">
            <Button>Wypisz mnie</Button>
          </form>
        </>
      ) : (
        <Notice tone="info" title="Tego powiadomienia już nie ma">
          <p>Adres został wypisany wcześniej albo link jest bardzo stary. Link z najnowszej wiadomości działa zawsze.</p>
        </Notice>
      )}
      <p className="mt-6">
        <Link href="/">Strona główna banku</Link>
      </p>
    </CataloguePage>
  );
}
