import Link from "next/link";
import type { ReactNode } from "react";
import { Notice } from "@/components/ui/Notice";
import { CataloguePage } from "@/features/category/components/CataloguePage";

type Props = {
  practice: { slug: string; title: string };
  /** The form's heading, and the heading and notice once it was sent (`?wyslano=1`). */
  heading: string;
  sent: { heading: string; notice: string; children: ReactNode } | null;
  /** The introduction and the form, shown until it is sent. */
  children: ReactNode;
};

/** A reader's form page about one practice ("Napisz do autora", "Wdrożyliśmy to u siebie"). */
export function PracticeFormPage({ practice, heading, sent, children }: Props) {
  const back = `/praktyki/${practice.slug}`;
  return (
    <CataloguePage>
      <p>
        <Link href={back}>← {practice.title}</Link>
      </p>
      <h1 className="mt-3 text-title font-bold">{sent ? sent.heading : heading}</h1>
      {sent ? (
        <Notice title={sent.notice}>
          {sent.children}
          <p className="mt-2">
            <Link href={back}>Wróć do praktyki</Link>
          </p>
        </Notice>
      ) : (
        children
      )}
    </CataloguePage>
  );
}
