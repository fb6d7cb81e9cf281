import type { Metadata } from "next";
import type { ReactNode } from "react";
import { InvalidStatusLink } from "@/features/submissions/components/InvalidLinks";
import { SubmissionPage } from "@/features/submissions/components/SubmissionPage";
import { getSubmissionByToken } from "@/features/submissions/data";

// The private link's pages: never indexed, never cached, the referrer never sent on
// (server/security-headers.ts). An unknown token gets the page that says the link does not work
// (InvalidLinks.tsx says why it is not a notFound()); the pages below then render nothing.

export const metadata: Metadata = { title: "Twoje zgłoszenie", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

export default async function SubmissionLayout({ children, params }: { children: ReactNode; params: Promise<{ token: string }> }) {
  const submission = await getSubmissionByToken((await params).token);
  return <SubmissionPage>{submission ? children : <InvalidStatusLink />}</SubmissionPage>;
}
