import type { Metadata } from "next";
import { NotFoundContent } from "@/features/site/components/NotFoundContent";

export const metadata: Metadata = { title: "Nie znaleziono strony", robots: { index: false } };

// notFound() from a public page (unknown category or practice): rendered inside the (public)
// layout, so it is server-rendered whole, also for visitors without JavaScript.
export default function PublicNotFound() {
  return <NotFoundContent />;
}
