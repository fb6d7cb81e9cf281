import type { Metadata } from "next";
import { AttachmentList } from "@/features/attachments/components/AttachmentList";
import { PracticeAdoptions } from "@/features/adoptions/components/PracticeAdoptions";
import { ContactAuthorLink } from "@/features/author-contact/components/ContactAuthorLink";
import { PracticeFacts } from "@/features/practice/components/PracticeFacts";
import { PracticeJsonLd } from "@/features/practice/components/PracticeJsonLd";
import { PracticeMetadata } from "@/features/practice/components/PracticeMetadata";
import { PracticeShell } from "@/features/practice/components/PracticeShell";
import { getPracticeOrNotFound } from "@/features/practice/data";
import { practiceMetadata } from "@/features/practice/metadata";
import { getPracticeViewCount } from "@/features/visits/data";
import { SimilarPractices } from "@/features/similar-practices/components/SimilarPractices";

type Props = { params: Promise<{ slug: string }> };

// Rendered on first visit and kept; saves and new views revalidate it (see lib/cache-tags.ts).
export const revalidate = 3600;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return practiceMetadata((await params).slug, "skrot");
}

export default async function PracticeSummaryPage({ params }: Props) {
  const practice = await getPracticeOrNotFound((await params).slug);
  const viewCount = await getPracticeViewCount(practice.slug);
  return (
    <PracticeShell practice={practice} view="skrot" related={<SimilarPractices practiceId={practice.id} />}>
      <PracticeJsonLd practice={practice} />
      {/* The facts first in reading order: under the title on a phone, beside the summary on a wide screen. */}
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_18rem] lg:gap-8">
        <PracticeFacts practice={practice} className="lg:col-start-2 lg:row-start-1 lg:self-start" />
        <section aria-label="Skrót" className="lg:col-start-1 lg:row-start-1">
          {practice.summary.split(/\n\s*\n/).map((paragraph, index) => (
            <p key={index} className="mt-3 max-w-prose leading-relaxed first:mt-4 lg:first:mt-0">
              {paragraph}
            </p>
          ))}
        </section>
      </div>
      {practice.attachments.length > 0 && (
        <section aria-labelledby="zalaczniki-skrot" className="mt-8 print-hidden">
          <h2 id="zalaczniki-skrot" className="text-heading font-bold">
            Załączniki do pobrania
          </h2>
          <div className="mt-2">
            <AttachmentList practiceSlug={practice.slug} attachments={practice.attachments} />
          </div>
        </section>
      )}
      <PracticeMetadata practice={practice} viewCount={viewCount} />
      {/* Readers reach the authors (issue 12): features/adoptions, features/author-contact. */}
      <PracticeAdoptions practiceId={practice.id} slug={practice.slug} />
      <ContactAuthorLink slug={practice.slug} authorsReachable={practice.authorsReachable} />
    </PracticeShell>
  );
}
