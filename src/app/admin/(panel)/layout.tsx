import type { ReactNode } from "react";
import { AdminFrame } from "@/features/admin/components/AdminFrame";
import { AdminNavigation } from "@/features/admin/components/AdminNavigation";
import { requireEditor } from "@/features/auth/authorize";
import { countNewSubmissions } from "@/features/submission-review/data";

// Checks the session for the frame it draws; every page, action and route below checks again itself.
export default async function PanelLayout({ children }: { children: ReactNode }) {
  const editor = await requireEditor();
  const newSubmissions = await countNewSubmissions();
  return <AdminFrame navigation={<AdminNavigation editor={editor} newSubmissions={newSubmissions} />}>{children}</AdminFrame>;
}
