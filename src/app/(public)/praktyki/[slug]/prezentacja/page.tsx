import type { Metadata } from "next";
import { MarkdownBody } from "@/features/practice/components/MarkdownBody";
import { hasPracticeDetails, PracticeDetails } from "@/features/practice/components/PracticeDetails";
import { PracticeShell } from "@/features/practice/components/PracticeShell";
import { getPracticeOrNotFound } from "@/features/practice/data";
import { practiceMetadata } from "@/features/practice/metadata";
import { SimilarPractices } from "@/features/similar-practices/components/SimilarPractices";

type Props = { params: Promise<{ slug: string }> };

export const revalidate = 3600;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return practiceMetadata((await params).slug, "prezentacja");
}

export default async function PracticePresentationPage({ params }: Props) {
  const practice = await getPracticeOrNotFound((await params).slug);
  return (
    <PracticeShell practice={practice} view="prezentacja" related={<SimilarPractices practiceId={practice.id} />}>
      {practice.body.trim() !== "" ? (
        <MarkdownBody source={practice.body} />
      ) : (
        !hasPracticeDetails(practice) && <p>Pełna prezentacja tej praktyki nie została jeszcze opublikowana.</p>
      )}
      <PracticeDetails practice={practice} />
    </PracticeShell>
  );
}
