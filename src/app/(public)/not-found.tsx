import type { Metadata } from "next";
import { NotFoundContent } from "@/features/site/components/NotFoundContent";
import { atFirstRequest } from "@/lib/first-request";

export const metadata: Metadata = { title: "Nie znaleziono strony", robots: { index: false } };

// notFound() from a public page (unknown category or practice): rendered inside the (public)
// layout, so it is server-rendered whole, also for visitors without JavaScript.
function PublicNotFound() {
  return <NotFoundContent />;
}

export default atFirstRequest(PublicNotFound);
