import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/Button";
import { Notice } from "@/components/ui/Notice";
import { listAccounts } from "@/features/accounts/data";
import { ROLE_LABELS } from "@/features/accounts/schema";
import { requireAdministrator } from "@/features/auth/authorize";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Konta" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountsPage({ searchParams }: Props) {
  await requireAdministrator("/admin/konta");
  const accounts = await listAccounts();
  const created = (await searchParams).utworzono === "1";
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold">Konta</h1>
        <Link prefetch={false} href="/admin/konta/nowe" className={buttonClass()}>Dodaj konto</Link>
      </div>
      {created && <Notice>Utworzono konto. Przekaż hasło jego właścicielowi bezpiecznym kanałem i poproś o zmianę hasła po pierwszym logowaniu.</Notice>}
      <div className="mt-6 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Konta redaktorów i administratorów</caption>
          <thead>
            <tr className="border-b-2 border-slate-700">
              <th scope="col" className="py-2 pr-4">Imię i nazwisko</th>
              <th scope="col" className="py-2 pr-4">E-mail</th>
              <th scope="col" className="py-2 pr-4">Rola</th>
              <th scope="col" className="py-2 pr-4">Stan</th>
              <th scope="col" className="py-2">Ostatnie logowanie</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id} className="border-b border-slate-300">
                <td className="py-2 pr-4"><Link prefetch={false} href={`/admin/konta/${account.id}`}>{account.name}</Link></td>
                <td className="py-2 pr-4 break-all">{account.email}</td>
                <td className="py-2 pr-4">{ROLE_LABELS[account.role]}</td>
                <td className="py-2 pr-4">{account.active ? "aktywne" : "wyłączone"}</td>
                <td className="py-2">{account.lastLoginAt ? formatDateTime(account.lastLoginAt) : "nigdy"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
