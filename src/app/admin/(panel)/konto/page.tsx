import type { Metadata } from "next";
import { Notice } from "@/components/ui/Notice";
import { PasswordForm } from "@/features/accounts/components/AccountForms";
import { ROLE_LABELS } from "@/features/accounts/schema";
import { requireEditor } from "@/features/auth/authorize";

export const metadata: Metadata = { title: "Moje konto" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OwnAccountPage({ searchParams }: Props) {
  const editor = await requireEditor("/admin/konto");
  const changed = (await searchParams).zmieniono === "1";
  return (
    <>
      <h1 className="text-3xl font-bold">Moje konto</h1>
      <p className="mt-2">
        {editor.name}, {editor.email}, rola: {ROLE_LABELS[editor.role]}.
      </p>
      {changed && <Notice>Zmieniono hasło. Sesje na innych urządzeniach zostały zakończone.</Notice>}
      <section aria-labelledby="zmiana-hasla" className="mt-8">
        <h2 id="zmiana-hasla" className="text-2xl font-bold">Zmiana hasła</h2>
        <PasswordForm own />
      </section>
    </>
  );
}
