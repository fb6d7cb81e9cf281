import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Notice } from "@/components/ui/Notice";
import { AdminFrame } from "@/features/admin/components/AdminFrame";
import { getCurrentEditor } from "@/features/auth/authorize";
import { LoginForm } from "@/features/auth/components/LoginForm";
import { InsecureContextWarning } from "@/features/auth/components/InsecureContextWarning";
import { returnToSchema } from "@/features/auth/schema";
import { firstValue } from "@/lib/search-params";

export const metadata: Metadata = { title: "Logowanie" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const returnTo = returnToSchema.parse(firstValue(params.powrot));
  if (await getCurrentEditor()) redirect(returnTo);
  return (
    <AdminFrame>
      <h1 className="text-3xl font-bold">Logowanie do panelu redakcji</h1>
      {firstValue(params.wylogowano) === "1" && <Notice>Wylogowano. Do zobaczenia!</Notice>}
      <InsecureContextWarning />
      <p className="mt-4 max-w-prose">
        Panel służy redaktorom Banku Dobrych Praktyk. Konto zakłada administrator serwisu; jeśli nie pamiętasz hasła, poproś go
        o ustawienie nowego.
      </p>
      <p className="mt-2 max-w-prose">
        Po kilku nieudanych próbach kolejną można podjąć dopiero po chwili; przerwa rośnie z każdą próbą.
      </p>
      <div className="mt-6">
        <LoginForm returnTo={returnTo} />
      </div>
    </AdminFrame>
  );
}
