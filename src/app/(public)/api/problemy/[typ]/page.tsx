import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CataloguePage } from "@/features/category/components/CataloguePage";
import { ProblemTypeView } from "@/features/open-data/components/ProblemTypeView";
import { findProblemType, PROBLEM_TYPES, problemTypePath } from "@/features/open-data/problem";
import { pageMetadata } from "@/features/site/page-metadata";
import { atFirstRequest } from "@/lib/first-request";

// The pages behind the API's problem type URIs (RFC 9457 `type`), prerendered; any other
// /api/problemy/… address is the site's 404 page.

type Props = { params: Promise<{ typ: string }> };

export const dynamicParams = false;
export const revalidate = 86400;

export function generateStaticParams(): { typ: string }[] {
  return Object.values(PROBLEM_TYPES).map((type) => ({ typ: type.slug }));
}

async function typeOf(params: Props["params"]) {
  const type = findProblemType((await params).typ);
  if (!type) notFound();
  return type;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const type = await typeOf(params);
  return pageMetadata({ title: `Błąd API: ${type.title}`, description: type.meaning, path: problemTypePath(type) });
}

async function ProblemTypePage({ params }: Props) {
  return (
    <CataloguePage>
      <ProblemTypeView type={await typeOf(params)} />
    </CataloguePage>
  );
}

export default atFirstRequest(ProblemTypePage);
