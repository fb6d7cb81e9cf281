import type { Metadata } from "next";
import { AttachmentList } from "@/features/attachments/components/AttachmentList";
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
  return practiceMetadata((await params).slug, "zalaczniki");
}

export default async function PracticeAttachmentsPage({ params }: Props) {
  const practice = await getPracticeOrNotFound((await params).slug);
  return (
    <PracticeShell practice={practice} view="zalaczniki" related={<SimilarPractices practiceId={practice.id} />}>
      <h2 className="sr-only">Lista załączników</h2>
      <AttachmentList practiceSlug={practice.slug} attachments={practice.attachments} />
    </PracticeShell>
  );
}
