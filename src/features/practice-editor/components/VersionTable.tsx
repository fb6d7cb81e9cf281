import Link from "next/link";
import { Button } from "@/components/ui/Button";
import { formatDateTime } from "@/lib/format";
import { restoreVersionAction } from "../actions";
import type { VersionEntry } from "../data";
import { changedFields, FIELD_LABELS } from "../diff";
import { CHANGE_LABELS } from "../status";

type Props = { practiceId: number; currentVersion: number; versions: VersionEntry[]; canRestore: boolean };

/** Every version, newest first: who, when, what kind of change, which fields; compare and restore. */
export function VersionTable({ practiceId, currentVersion, versions, canRestore }: Props) {
  return (
    // On a phone the table scrolls inside its own frame, not the page; the frame takes focus so the
    // keyboard can scroll it too (WCAG 2.1.1), and is `relative` so the hidden texts (absolutely
    // positioned) are clipped with the table instead of widening the page.
    <div className="relative mt-4 overflow-x-auto" tabIndex={0} role="region" aria-label="Tabela wersji">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Wersje praktyki</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="py-2 pr-4">Wersja</th>
            <th scope="col" className="py-2 pr-4">Kiedy i kto</th>
            <th scope="col" className="py-2 pr-4">Zmiana</th>
            <th scope="col" className="py-2 pr-4">Zmienione pola</th>
            <th scope="col" className="py-2">Działania</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version, index) => {
            const previous = versions[index + 1];
            const fields = previous ? changedFields(previous.snapshot, version.snapshot).map((field) => FIELD_LABELS[field]) : [];
            return (
              <tr key={version.number} className="border-b border-slate-300 align-top">
                <td className="py-2 pr-4 font-semibold">
                  {version.number}
                  {version.number === currentVersion && <span className="block text-sm font-normal">(bieżąca)</span>}
                </td>
                <td className="py-2 pr-4">
                  {formatDateTime(version.createdAt)}
                  <span className="block text-sm text-slate-700">{version.author ? version.author.name : "system (import lub dane demonstracyjne)"}</span>
                </td>
                <td className="py-2 pr-4">
                  {CHANGE_LABELS[version.change]}
                  {version.restoredFrom !== null && ` ${version.restoredFrom}`}
                </td>
                <td className="py-2 pr-4">{previous ? fields.join(", ") || "—" : "pierwsza wersja"}</td>
                <td className="space-y-2 py-2">
                  {previous && (
                    <Link prefetch={false} href={`/admin/praktyki/${practiceId}/historia?od=${previous.number}&do=${version.number}#porownanie`} className="block">
                      Porównaj z poprzednią<span className="sr-only"> (wersje {previous.number} i {version.number})</span>
                    </Link>
                  )}
                  {canRestore && version.number !== currentVersion && (
                    <form action={restoreVersionAction}>
                      <input type="hidden" name="id" value={practiceId} />
                      <input type="hidden" name="wersja" value={currentVersion} />
                      <input type="hidden" name="numer" value={version.number} />
                      <Button variant="secondary" className="px-2 py-1 text-sm">
                        Przywróć wersję {version.number}
                      </Button>
                    </form>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
