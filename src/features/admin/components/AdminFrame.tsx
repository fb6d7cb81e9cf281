import Link from "next/link";
import type { ReactNode } from "react";
import { SkipLink } from "@/components/ui/SkipLink";

/** The frame of every admin page, the sign-in page included: no data, no session needed. */
export function AdminFrame({ children, navigation }: { children: ReactNode; navigation?: ReactNode }) {
  return (
    <>
      <SkipLink target="tresc" />
      <header className="border-b-4 border-brand-700 bg-brand-900 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <p>
            <Link href="/admin" prefetch={false} className="text-white no-underline">
              <span className="block text-xl font-bold">Bank Dobrych Praktyk</span>
              <span className="block text-sm text-brand-100">panel redakcji</span>
            </Link>
          </p>
          {navigation}
        </div>
      </header>
      <main id="tresc" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
        {children}
      </main>
      <footer className="mt-12 border-t border-slate-300">
        <p className="mx-auto max-w-6xl px-4 py-4 text-sm text-slate-700">
          {/* Not prefetched: a prefetch of "/" from every admin page regenerates the home page while the
              editor saves, and a render begun before a save's revalidation but stored after it
              counts as fresh in Next's cache, so the home page kept what the save changed. */}
          <Link href="/" prefetch={false}>
            Przejdź do serwisu publicznego
          </Link>
        </p>
      </footer>
    </>
  );
}
