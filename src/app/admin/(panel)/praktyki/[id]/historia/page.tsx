import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireEditor } from "@/features/auth/authorize";
import { SnapshotDiff } from "@/features/practice-editor/components/SnapshotDiff";
import { VersionTable } from "@/features/practice-editor/components/VersionTable";
import { categoryNames, getPracticeForEditing, listVersions } from "@/features/practice-editor/data";
import { compareSnapshots } from "@/features/practice-editor/diff";
import { practiceIdSchema } from "@/features/practice-editor/schema";
import { firstValue } from "@/lib/search-params";

export const metadata: Metadata = { title: "Historia zmian" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const versionParam = z.preprocess(firstValue, z.coerce.number().int().min(1).max(1_000_000)).optional().catch(undefined);

export default async function HistoryPage({ params, searchParams }: Props) {
  await requireEditor();
  const id = practiceIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const practice = await getPracticeForEditing(id.data);
  if (!practice) notFound();
  const [versions, names] = await Promise.all([listVersions(practice.id), categoryNames()]);
  const query = await searchParams;
  const numbers = versions.map((version) => version.number);
  const to = versionParam.parse(query.do) ?? numbers[0]!;
  const from = versionParam.parse(query.od) ?? numbers[1] ?? to;
  const before = versions.find((version) => version.number === from);
  const after = versions.find((version) => version.number === to);
  const changes = before && after && from !== to ? compareSnapshots(before.snapshot, after.snapshot, { categoryName: (categoryId) => names.get(categoryId) ?? `kategoria nr ${categoryId} (usunięta)` }) : null;
  return (
    <>
      <p>
        <Link prefetch={false} href="/admin">Praktyki</Link> › <Link prefetch={false} href={`/admin/praktyki/${practice.id}`}>{practice.title}</Link> › historia
      </p>
      <h1 className="mt-2 text-3xl font-bold">Historia zmian</h1>
      <p className="mt-2 max-w-prose">
        Każdy zapis tworzy nową wersję. Przywrócenie starej wersji przywraca jej treść (bez zmiany stanu publikacji) jako nową wersję —
        nic nie ginie.
      </p>

      <section aria-labelledby="porownanie" className="mt-8">
        <h2 id="porownanie" tabIndex={-1} className="text-2xl font-bold">
          Porównanie wersji
        </h2>
        {versions.length === 1 ? (
          <p className="mt-4">Jedna wersja: nie ma jeszcze czego porównać. Każdy kolejny zapis utworzy nową wersję.</p>
        ) : (
          <>
            <form method="get" className="mt-4 flex flex-wrap items-end gap-4">
              <div>
                <label htmlFor="od" className="block font-semibold">Wersja wcześniejsza</label>
                <select id="od" name="od" defaultValue={from} className="mt-1 border-2 border-slate-700 bg-white px-2 py-1.5">
                  {numbers.map((number) => <option key={number} value={number}>{number}</option>)}
                </select>
              </div>
              <div>
                <label htmlFor="do" className="block font-semibold">Wersja późniejsza</label>
                <select id="do" name="do" defaultValue={to} className="mt-1 border-2 border-slate-700 bg-white px-2 py-1.5">
                  {numbers.map((number) => <option key={number} value={number}>{number}</option>)}
                </select>
              </div>
              <button type="submit" className="border-2 border-slate-700 px-4 py-1.5 font-semibold">Porównaj</button>
            </form>
            {from === to ? (
              <p className="mt-4">Wybrano dwa razy wersję {from}: wybierz dwie różne wersje, aby je porównać.</p>
            ) : changes ? (
              <SnapshotDiff changes={changes} from={from} to={to} />
            ) : (
              <p className="mt-4">Nie ma wersji o podanym numerze.</p>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="wersje" className="mt-10">
        <h2 id="wersje" className="text-2xl font-bold">{versions.length === 1 ? "Jedna wersja" : `Wszystkie wersje (${versions.length})`}</h2>
        <VersionTable practiceId={practice.id} currentVersion={practice.version} versions={versions} canRestore={!practice.deletedAt} />
      </section>
    </>
  );
}
