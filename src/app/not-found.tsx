import type { Metadata } from "next";
import { NotFoundContent } from "@/features/site/components/NotFoundContent";
import { SiteChrome } from "@/features/site/components/SiteChrome";
import { atFirstRequest } from "@/lib/first-request";

export const metadata: Metadata = { title: "Nie znaleziono strony", robots: { index: false } };

// Addresses no route matches: outside the (public) layout, so the page brings the site's frame.
function NotFound() {
  return (
    <SiteChrome>
      <NotFoundContent />
    </SiteChrome>
  );
}

export default atFirstRequest(NotFound);
