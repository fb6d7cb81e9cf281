import Link from "next/link";
import { VOIVODESHIPS } from "@/features/practice/vocabulary";
import { formatDateTime } from "@/lib/format";
import type { AdminListItem } from "../data";
import { StatusBadge } from "./StatusBadge";

export function PracticeTable({ items }: { items: AdminListItem[] }) {
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Praktyki</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="py-2 pr-4">Tytuł</th>
            <th scope="col" className="py-2 pr-4">Stan</th>
            <th scope="col" className="py-2 pr-4">Kategoria główna</th>
            <th scope="col" className="py-2 pr-4">Miejscowość</th>
            <th scope="col" className="py-2">Ostatnia zmiana</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className="border-b border-slate-300 align-top">
              <td className="py-2 pr-4">
                <Link prefetch={false} href={`/admin/praktyki/${item.id}`} className="font-semibold">
                  {item.title}
                </Link>
              </td>
              <td className="py-2 pr-4">
                {item.deletedAt ? <span className="font-semibold">w koszu</span> : <StatusBadge status={item.status} />}
              </td>
              <td className="py-2 pr-4">{item.primaryCategory.name}</td>
              <td className="py-2 pr-4">
                {item.locality} <span className="text-sm text-slate-700">({VOIVODESHIPS[item.voivodeship].label})</span>
              </td>
              <td className="py-2 text-sm">
                {formatDateTime(item.updatedAt)}
                {item.versions[0]?.author && <span className="block text-slate-700">{item.versions[0].author.name}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
