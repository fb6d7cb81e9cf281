import { paths } from "@/features/open-data/paths";
import type { PublishedPractice } from "@/features/practice/data";
import { VOIVODESHIPS } from "@/features/practice/vocabulary";
import { SITE_NAME } from "@/features/site/page-metadata";
import { formatIsoDate } from "@/lib/format";
import { jsonLdText } from "@/lib/json-ld";
import { absoluteUrl } from "@/lib/public-url";
import { websiteHref } from "./website";

/** schema.org description of a practice for search engines: an article by the implementing unit. */
export function PracticeJsonLd({ practice }: { practice: PublishedPractice }) {
  const url = absoluteUrl(paths.practice(practice.slug));
  const address = {
    "@type": "PostalAddress",
    ...(practice.street ? { streetAddress: practice.street } : {}),
    postalCode: practice.postalCode,
    addressLocality: practice.postOffice,
    addressRegion: `województwo ${VOIVODESHIPS[practice.voivodeship].label}`,
    addressCountry: "PL",
  };
  const data = {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: practice.title,
    description: practice.summary.split(/\n\s*\n/)[0],
    inLanguage: "pl",
    url,
    mainEntityOfPage: url,
    datePublished: formatIsoDate(practice.enteredOn),
    dateModified: formatIsoDate(practice.revisedOn),
    articleSection: practice.primaryCategory.name,
    author: {
      "@type": "GovernmentOrganization",
      name: practice.implementingUnit,
      address,
      ...(practice.website ? { url: websiteHref(practice.website) } : {}),
    },
    spatialCoverage: { "@type": "Place", name: practice.locality, address },
    publisher: { "@type": "Organization", name: SITE_NAME, url: absoluteUrl("/") },
    isPartOf: { "@type": "WebSite", name: SITE_NAME, url: absoluteUrl("/") },
  };
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
