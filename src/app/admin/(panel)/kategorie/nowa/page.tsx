import type { Metadata } from "next";
import Link from "next/link";
import { requireAdministrator } from "@/features/auth/authorize";
import { CategoryForm } from "@/features/category/components/CategoryForms";
import { listCategoriesForAdmin } from "@/features/category/data";
import { recordIdSchema } from "@/lib/record-id";
import { firstValue } from "@/lib/search-params";

export const metadata: Metadata = { title: "Nowa kategoria" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewCategoryPage({ searchParams }: Props) {
  await requireAdministrator("/admin/kategorie/nowa");
  const parent = recordIdSchema.safeParse(firstValue((await searchParams).rodzic));
  const categories = await listCategoriesForAdmin();
  return (
    <>
      <p><Link prefetch={false} href="/admin/kategorie">Kategorie</Link> › nowa kategoria</p>
      <h1 className="mt-2 text-3xl font-bold">Nowa kategoria</h1>
      <CategoryForm category={null} parents={categories} defaultParentId={parent.success ? parent.data : undefined} />
    </>
  );
}
