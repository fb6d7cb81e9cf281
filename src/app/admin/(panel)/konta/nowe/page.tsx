import type { Metadata } from "next";
import Link from "next/link";
import { NewAccountForm } from "@/features/accounts/components/AccountForms";
import { requireAdministrator } from "@/features/auth/authorize";

export const metadata: Metadata = { title: "Nowe konto" };

export default async function NewAccountPage() {
  await requireAdministrator("/admin/konta/nowe");
  return (
    <>
      <p><Link prefetch={false} href="/admin/konta">Konta</Link> › nowe konto</p>
      <h1 className="mt-2 text-3xl font-bold">Nowe konto</h1>
      <NewAccountForm />
    </>
  );
}
