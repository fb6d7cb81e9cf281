import type { ReactNode } from "react";

/** The public form's pages: one narrow column, the main landmark the skip link goes to. */
export function SubmissionPage({ children }: { children: ReactNode }) {
  return (
    <main id="tresc" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-8 focus:outline-none">
      {children}
    </main>
  );
}
