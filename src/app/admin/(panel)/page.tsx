import type { Metadata } from "next";
import { requireEditor } from "@/features/auth/authorize";

export const metadata: Metadata = { title: "Praktyki" };

export default async function PracticeListPage() {
  await requireEditor("/admin");
  return <h1 className="text-3xl font-bold">Praktyki</h1>;
}
