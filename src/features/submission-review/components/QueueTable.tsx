import Link from "next/link";
import { VOIVODESHIPS } from "@/features/practice/vocabulary";
import { countPl, formatDateTime } from "@/lib/format";
import type { QueueItem } from "../data";
import { SubmissionStatusBadge } from "./SubmissionStatusBadge";

const DAY_MS = 86_400_000;

export function QueueTable({ items, now }: { items: QueueItem[]; now: Date }) {
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Zgłoszenia, najdłużej czekające najpierw</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="py-2 pr-4">Zgłoszenie</th>
            <th scope="col" className="py-2 pr-4">Stan</th>
            <th scope="col" className="py-2 pr-4">Województwo</th>
            <th scope="col" className="py-2 pr-4">Zgłaszający</th>
            <th scope="col" className="py-2">Czeka</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className="border-b border-slate-300 align-top">
              {/* Wide enough to read on a phone; the table scrolls sideways instead. */}
              <td className="min-w-56 py-2 pr-4">
                <Link prefetch={false} href={`/admin/zgloszenia/${item.id}`} className="font-semibold">
                  <span className="block text-sm font-normal">nr {item.id}</span>
                  {item.title.trim() || "(bez tytułu)"}
                </Link>
                {item._count.attachments > 0 && <span className="block text-sm text-slate-700">{countPl(item._count.attachments, "załącznik", "załączniki", "załączników")}</span>}
              </td>
              <td className="py-2 pr-4"><SubmissionStatusBadge status={item.status} /></td>
              <td className="py-2 pr-4">{item.voivodeship ? VOIVODESHIPS[item.voivodeship].label : "—"}</td>
              <td className="py-2 pr-4">{item.submitterName}</td>
              <td className="py-2 text-sm">
                {item.submittedAt ? (
                  <>
                    <span className="block font-semibold">{countPl(Math.floor((now.getTime() - item.submittedAt.getTime()) / DAY_MS), "dzień", "dni", "dni")}</span>
                    <span className="block text-slate-700">od {formatDateTime(item.submittedAt)}</span>
                  </>
                ) : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
