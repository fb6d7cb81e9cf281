import type { Metadata } from "next";
import { pageMetadata } from "@/features/site/page-metadata";
import { CataloguePage } from "@/features/category/components/CataloguePage";
import { PublicationList } from "@/features/publications/components/PublicationList";
import { listPublications } from "@/features/publications/data";
import { atFirstRequest } from "@/lib/first-request";

export const metadata: Metadata = pageMetadata({
  title: "Publikacje i dokumenty",
  description: "Poradniki, raporty i dokumenty Banku Dobrych Praktyk do pobrania.",
  path: "/publikacje",
});

// Rendered once and kept; editors' changes revalidate it by tag (see lib/cache-tags.ts).
export const revalidate = 3600;

async function PublicationsPage() {
  const publications = await listPublications();
  return (
    <CataloguePage>
      <h1 className="text-title font-bold">Publikacje i dokumenty</h1>
      <p className="mt-4 max-w-prose text-lg">
        Poradniki dla autorów praktyk, regulamin banku, formularz zgłoszenia oraz przeglądy praktyk z wybranych dziedzin.
        Dokumenty można pobrać i swobodnie udostępniać dalej.
      </p>
      <PublicationList publications={publications} />
    </CataloguePage>
  );
}

export default atFirstRequest(PublicationsPage);
