import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/Button";
import { CataloguePage } from "@/features/category/components/CataloguePage";
import { CategoryOverview } from "@/features/category/components/CategoryOverview";
import { getCategoryTree } from "@/features/category/data";
import { PracticeList } from "@/features/practice/components/PracticeList";
import { listNewestPractices } from "@/features/practice/data";
import { BANK_FEED } from "@/features/site/feed-links";
import { pageMetadata } from "@/features/site/page-metadata";
import { atFirstRequest } from "@/lib/first-request";

export const metadata: Metadata = pageMetadata({
  path: "/",
  description: "Katalog dobrych praktyk polskich samorządów: gmin, powiatów, województw i ich związków.",
  feeds: [BANK_FEED],
});

// Rendered once and kept; editors' saves and the visit counter revalidate it (see lib/cache-tags.ts).
export const revalidate = 3600;

async function HomePage() {
  const [tree, newest] = await Promise.all([getCategoryTree(), listNewestPractices(8)]);
  return (
    <CataloguePage withCategoryTree={false}>
      <h1 className="text-title font-bold">Bank Dobrych Praktyk</h1>
      <p className="mt-4 max-w-prose text-subheading">
        Zbiór sprawdzonych rozwiązań polskich samorządów: gmin, powiatów, województw i ich związków. Każda praktyka
        opisuje, co zrobiono, jak i z jakim skutkiem, oraz podaje osoby, które chętnie podzielą się doświadczeniem.{" "}
        <Link href="/o-banku">Więcej o banku</Link>
      </p>
      <p className="mt-4 max-w-prose">
        Szukasz rozwiązań sprawdzonych w samorządach podobnych do Twojego? Wskaż swoją gminę, powiat lub województwo, a
        pokażemy praktyki jednostek tego samego rodzaju i podobnej wielkości.
      </p>
      <ul className="mt-6 flex flex-wrap gap-3">
        <li>
          <Link href="/gminy-takie-jak-moja" className={buttonClass("primary")}>
            Gminy takie jak moja
          </Link>
        </li>
        <li>
          <Link href="/szukaj" className={buttonClass("secondary")}>
            Wyszukiwanie praktyk
          </Link>
        </li>
        <li>
          <Link href="/zglos-praktyke" className={buttonClass("secondary")}>
            Zgłoś praktykę swojej jednostki
          </Link>
        </li>
      </ul>
      {/* The home page's category navigation: the tree as cards with counts, not a sidebar beside them. */}
      <nav aria-labelledby="kategorie" className="mt-section">
        <h2 id="kategorie" className="text-heading font-bold">
          Kategorie praktyk
        </h2>
        <CategoryOverview tree={tree} />
      </nav>
      <section aria-labelledby="najnowsze" className="mt-section">
        <h2 id="najnowsze" className="text-heading font-bold">
          Najnowsze praktyki
        </h2>
        <PracticeList practices={newest} />
      </section>
    </CataloguePage>
  );
}

export default atFirstRequest(HomePage);
