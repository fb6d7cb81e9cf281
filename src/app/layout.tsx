import type { Metadata } from "next";
import type { ReactNode } from "react";
import { publicOrigin } from "@/lib/public-url";
import "./globals.css";

export const metadata: Metadata = {
  // Canonical and Open Graph addresses of every page are made absolute against the public origin.
  metadataBase: new URL(publicOrigin()),
  title: { default: "Bank Dobrych Praktyk", template: "%s — Bank Dobrych Praktyk" },
  description: "Katalog dobrych praktyk polskich samorządów: gmin, powiatów, województw i ich związków.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="pl">
      <body className="min-h-screen bg-white">{children}</body>
    </html>
  );
}
