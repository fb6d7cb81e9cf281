import type { Metadata } from "next";
import Link from "next/link";
import { requireEditor } from "@/features/auth/authorize";
import { PublicationForm } from "@/features/publications/components/PublicationForm";
import { polishIsoDay } from "@/lib/format";

export const metadata: Metadata = { title: "Nowa publikacja" };

export default async function NewPublicationPage() {
  await requireEditor("/admin/publikacje/nowa");
  return (
    <>
      <p><Link prefetch={false} href="/admin/publikacje">Publikacje i dokumenty</Link> › nowa publikacja</p>
      <h1 className="mt-2 text-3xl font-bold">Nowa publikacja</h1>
      <PublicationForm publication={null} today={polishIsoDay(new Date())} />
    </>
  );
}
