import type { PracticeStatus } from "@/generated/prisma/enums";
import { STATUS_LABELS } from "../status";

const STYLES: Record<PracticeStatus, string> = {
  DRAFT: "border-slate-600 bg-slate-100 text-slate-900",
  PUBLISHED: "border-green-800 bg-green-50 text-green-900",
  UNPUBLISHED: "border-amber-700 bg-amber-50 text-amber-900",
};

export function StatusBadge({ status }: { status: PracticeStatus }) {
  return <span className={`inline-block border px-2 py-0.5 text-sm font-semibold ${STYLES[status]}`}>{STATUS_LABELS[status]}</span>;
}
