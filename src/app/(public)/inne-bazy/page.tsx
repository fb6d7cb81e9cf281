import type { Metadata } from "next";
import { pageMetadata } from "@/features/site/page-metadata";
import { CataloguePage } from "@/features/category/components/CataloguePage";
import { ExternalLinkList } from "@/features/external-links/components/ExternalLinkList";
import { listExternalLinks } from "@/features/external-links/data";
import { atFirstRequest } from "@/lib/first-request";

export const metadata: Metadata = pageMetadata({
  title: "Inne bazy danych",
  description: "Inne polskie i europejskie bazy dobrych praktyk samorządowych.",
  path: "/inne-bazy",
});

// Rendered once and kept; editors' changes revalidate it by tag (see lib/cache-tags.ts).
export const revalidate = 3600;

async function ExternalDatabasesPage() {
  const links = await listExternalLinks();
  return (
    <CataloguePage>
      <h1 className="text-title font-bold">Inne bazy danych</h1>
      <p className="mt-4 max-w-prose text-lg">
        Dobre praktyki zbierają także inne instytucje w Polsce i w Europie. Poniższe bazy warto przejrzeć, szukając
        rozwiązań, których nie ma jeszcze w naszym banku. Linki prowadzą do serwisów zewnętrznych, za których treść
        odpowiadają ich wydawcy.
      </p>
      <ExternalLinkList links={links} />
    </CataloguePage>
  );
}

export default atFirstRequest(ExternalDatabasesPage);
