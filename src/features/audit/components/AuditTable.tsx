import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import type { AuditRow } from "../data";
import { ACTION_LABELS, describeDetails } from "../vocabulary";

export function AuditTable({ events }: { events: AuditRow[] }) {
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Zdarzenia</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="py-2 pr-3">Kiedy</th>
            <th scope="col" className="py-2 pr-3">Kto</th>
            <th scope="col" className="py-2 pr-3">Zdarzenie</th>
            <th scope="col" className="py-2 pr-3">Czego dotyczy</th>
            <th scope="col" className="py-2 pr-3">Szczegóły</th>
            <th scope="col" className="py-2">Skrót adresu IP</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={String(event.id)} className="border-b border-slate-300 align-top">
              <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(event.at)}</td>
              <td className="py-2 pr-3">
                {event.actor ? event.actor.name : event.actorEmail ? "—" : "wiersz poleceń"}
                {event.actorEmail && <span className="block break-all text-slate-700">{event.actorEmail}</span>}
              </td>
              <td className="py-2 pr-3">{ACTION_LABELS[event.action]}</td>
              <td className="py-2 pr-3">
                {event.practiceId ? (
                  <Link href={`/admin/praktyki/${event.practiceId}`} prefetch={false}>
                    {event.subject || `praktyka nr ${event.practiceId}`}
                  </Link>
                ) : (
                  event.subject
                )}
              </td>
              <td className="py-2 pr-3">{describeDetails(event.action, event.details)}</td>
              <td className="py-2">{event.ipHash ? <code title={event.ipHash}>{event.ipHash.slice(0, 12)}</code> : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
