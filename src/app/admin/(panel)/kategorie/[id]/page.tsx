import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireAdministrator } from "@/features/auth/authorize";
import { CategoryForm, DeleteCategoryForm } from "@/features/category/components/CategoryForms";
import { getCategoryForAdmin, listCategoriesForAdmin } from "@/features/category/data";
import { recordIdSchema } from "@/lib/record-id";

export const metadata: Metadata = { title: "Kategoria" };

type Props = { params: Promise<{ id: string }> };

export default async function CategoryPage({ params }: Props) {
  await requireAdministrator();
  const id = recordIdSchema.safeParse((await params).id);
  const category = id.success ? await getCategoryForAdmin(id.data) : null;
  if (!category) notFound();
  const categories = await listCategoriesForAdmin();
  // A category cannot move under itself or its own subcategories.
  const below = new Set<number>([category.id]);
  for (const row of categories) if (row.parentId !== null && below.has(row.parentId)) below.add(row.id);
  return (
    <>
      <p><Link prefetch={false} href="/admin/kategorie">Kategorie</Link> › {category.name}</p>
      <h1 className="mt-2 text-3xl font-bold">{category.name}</h1>
      <p className="mt-2">
        <a href={`/kategorie/${category.slug}`} target="_blank" rel="noopener">Zobacz w serwisie<span className="sr-only"> (w nowej karcie)</span></a>
      </p>
      <CategoryForm category={category} parents={categories.filter((row) => !below.has(row.id))} />
      <section aria-labelledby="usuwanie" className="mt-10 border-t-2 border-slate-300 pt-4">
        <h2 id="usuwanie" className="text-2xl font-bold">Usuwanie</h2>
        <p className="mt-2 max-w-prose">Usunąć można tylko kategorię bez podkategorii i bez praktyk (także szkiców i praktyk w koszu).</p>
        <DeleteCategoryForm categoryId={category.id} />
      </section>
    </>
  );
}
