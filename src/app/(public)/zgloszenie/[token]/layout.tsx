import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SubmissionPage } from "@/features/submissions/components/SubmissionPage";
import { getSubmissionByToken } from "@/features/submissions/data";

// The private link's pages: never indexed, never cached, the referrer never sent on
// (server/security-headers.ts); an unknown token is a 404. Rendered per request through
// connection(), not `dynamic = "force-dynamic"`: with that, Next sends notFound()'s page as an
// empty document whose text only JavaScript shows (vercel/next.js#62228).

export const metadata: Metadata = { title: "Twoje zgłoszenie", robots: { index: false, follow: false } };

export default async function SubmissionLayout({ children, params }: { children: ReactNode; params: Promise<{ token: string }> }) {
  await connection();
  if (!(await getSubmissionByToken((await params).token))) notFound();
  return <SubmissionPage>{children}</SubmissionPage>;
}
