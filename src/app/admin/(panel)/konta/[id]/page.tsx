import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/components/ui/Notice";
import { AccountSettingsForm, PasswordForm } from "@/features/accounts/components/AccountForms";
import { getAccount } from "@/features/accounts/data";
import { requireAdministrator } from "@/features/auth/authorize";
import { recordIdSchema } from "@/lib/record-id";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Konto" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountPage({ params, searchParams }: Props) {
  await requireAdministrator();
  const id = recordIdSchema.safeParse((await params).id);
  const account = id.success ? await getAccount(id.data) : null;
  if (!account) notFound();
  const query = await searchParams;
  return (
    <>
      <p><Link prefetch={false} href="/admin/konta">Konta</Link> › {account.email}</p>
      <h1 className="mt-2 text-3xl font-bold">{account.name}</h1>
      <p className="mt-2">
        {account.email}; konto od {formatDateTime(account.createdAt)}; ostatnie logowanie: {account.lastLoginAt ? formatDateTime(account.lastLoginAt) : "nigdy"}.{" "}
        <Link prefetch={false} href={`/admin/dziennik?konto=${account.id}`}>Zdarzenia tego konta</Link>
      </p>
      {query.zapisano === "1" && <Notice>Zapisano zmiany konta.</Notice>}
      {query.haslo === "1" && <Notice>Ustawiono nowe hasło; wszystkie sesje tego konta zostały zakończone.</Notice>}
      <section aria-labelledby="ustawienia" className="mt-8">
        <h2 id="ustawienia" className="text-2xl font-bold">Rola i dostęp</h2>
        <AccountSettingsForm account={account} />
      </section>
      <section aria-labelledby="nowe-haslo" className="mt-10">
        <h2 id="nowe-haslo" className="text-2xl font-bold">Nowe hasło</h2>
        <p className="mt-2 max-w-prose">Na przykład gdy właściciel konta zapomniał hasła. Wszystkie jego sesje zostaną zakończone.</p>
        <PasswordForm accountId={account.id} own={false} />
      </section>
    </>
  );
}
