import type { ReactNode } from "react";
import { SkipLink } from "@/components/ui/SkipLink";
import { requestClock } from "@/lib/render-clock";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";

export function SiteChrome({ children }: { children: ReactNode }) {
  requestClock(); // starts this page's "Wygenerowano w" clock before anything else renders
  return (
    <>
      <SkipLink target="tresc" />
      <SiteHeader />
      {children}
      <SiteFooter />
    </>
  );
}
