import type { Metadata } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = {
  title: { default: "Panel redakcji", template: "%s — Panel redakcji BDP" },
  robots: { index: false, follow: false },
};

// No frame here: the sign-in page and the signed-in pages (the (panel) group) bring their own.
export default function AdminRootLayout({ children }: { children: ReactNode }) {
  return children;
}
