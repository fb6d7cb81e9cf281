import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import type { OutboxMailRow } from "../data";
import { STATUS_LABELS } from "../vocabulary";

export function MailTable({ mails }: { mails: OutboxMailRow[] }) {
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Wiadomości, od najnowszej</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="py-2 pr-3">Utworzona</th>
            <th scope="col" className="py-2 pr-3">Wiadomość</th>
            <th scope="col" className="py-2">Stan</th>
          </tr>
        </thead>
        <tbody>
          {mails.map((mail) => (
            <tr key={mail.id} className="border-b border-slate-300 align-top">
              <td className="py-2 pr-3 sm:whitespace-nowrap">{formatDateTime(mail.createdAt)}</td>
              {/* One column for what and to whom: long addresses wrap there, even on a phone. */}
              <td className="py-2 pr-3 [overflow-wrap:anywhere]">
                <Link prefetch={false} href={`/admin/poczta/${mail.id}`}>{mail.subject}</Link>
                <span className="block text-slate-700">do: {mail.recipient}</span>
                <span className="block text-slate-700">rodzaj: <code>{mail.kind}</code></span>
              </td>
              <td className="py-2">
                {STATUS_LABELS[mail.status]}
                {mail.sentAt && <span className="block text-slate-700">{formatDateTime(mail.sentAt)}</span>}
                {mail.status !== "SENT" && mail.attempts > 0 && <span className="block text-slate-700">prób: {mail.attempts}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
