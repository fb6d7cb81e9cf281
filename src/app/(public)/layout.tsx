import type { ReactNode } from "react";
import { SiteChrome } from "@/features/site/components/SiteChrome";
import { atFirstRequest } from "@/lib/first-request";

function PublicLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}

export default atFirstRequest(PublicLayout);
