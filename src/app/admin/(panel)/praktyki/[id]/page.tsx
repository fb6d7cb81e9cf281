import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/components/ui/Notice";
import { isAdministrator, requireEditor } from "@/features/auth/authorize";
import { BinNotice } from "@/features/practice-editor/components/BinNotice";
import { PracticeForm } from "@/features/practice-editor/components/PracticeForm";
import { StatusPanel } from "@/features/practice-editor/components/StatusPanel";
import { getPracticeForEditing, listCategoryOptions } from "@/features/practice-editor/data";
import { initialFormState } from "@/features/practice-editor/form-state";
import { valuesOf } from "@/features/practice-editor/form-values";
import { practiceIdSchema } from "@/features/practice-editor/schema";
import { AttachmentsSection } from "@/features/attachments/components/AttachmentsSection";
import { getSourceSubmission } from "@/features/submission-review/data";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function practiceOrNotFound(params: Props["params"]) {
  const id = practiceIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const practice = await getPracticeForEditing(id.data);
  if (!practice) notFound();
  return practice;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireEditor();
  const id = practiceIdSchema.safeParse((await params).id);
  const practice = id.success ? await getPracticeForEditing(id.data) : null;
  return { title: practice ? `Edycja: ${practice.title}` : "Nie znaleziono praktyki" };
}

type PageNotice = { text: string; tone: "success" | "warning" } | null;

/** A version number from the query, or null for anything else (never echoed). */
const versionNumber = (value: string) => (/^[1-9]\d{0,6}$/.test(value) ? value : null);

const NOTICES: Record<string, (value: string) => PageNotice> = {
  zapisano: () => ({ text: "Zapisano zmiany.", tone: "success" }),
  opublikowano: () => ({ text: "Opublikowano. Praktyka jest już widoczna w serwisie.", tone: "success" }),
  wycofano: () => ({ text: "Wycofano praktykę z publikacji. Nie jest już widoczna w serwisie.", tone: "success" }),
  zweryfikowano: () => ({ text: "Zapisano: dane kontaktowe zweryfikowano dzisiaj.", tone: "success" }),
  "bez-zmian": () => ({ text: "Nie wprowadzono zmian — nic nie zapisano.", tone: "success" }),
  przywrocono: (value) => (versionNumber(value) ? { text: `Przywrócono treść wersji ${value} jako nową wersję.`, tone: "success" } : null),
  "nie-przywrocono": (value) =>
    versionNumber(value)
      ? {
          text: `Nie przywrócono wersji ${value}: jej adres strony ma teraz inna praktyka, a dwie praktyki nie mogą mieć tego samego adresu. Zmień najpierw adres tamtej praktyki albo przepisz potrzebną treść wersji ${value} do formularza poniżej.`,
          tone: "warning",
        }
      : null,
  "adres-zajety": () => ({ text: "Nie zapisano: ten adres strony ma już inna praktyka.", tone: "warning" }),
  "zalaczniki-w-koszu": () => ({ text: "Nie zmieniono załączników: praktyka jest w koszu. Aby zmieniać jej załączniki, najpierw przywróć ją z kosza.", tone: "warning" }),
  "przywrocono-z-kosza": () => ({ text: "Przywrócono praktykę z kosza. Jest wycofana z publikacji albo jest szkicem.", tone: "success" }),
  konflikt: () => ({ text: "Nie zapisano: w międzyczasie ktoś inny zmienił tę praktykę. Poniżej jest jej aktualna wersja — sprawdź ją i spróbuj ponownie.", tone: "warning" }),
};

export default async function EditPracticePage({ params, searchParams }: Props) {
  const editor = await requireEditor();
  const practice = await practiceOrNotFound(params);
  const query = await searchParams;
  const notices = Object.entries(NOTICES).flatMap(([key, make]) => {
    const notice = typeof query[key] === "string" ? make(query[key]) : null;
    return notice ? [notice] : [];
  });
  const [categories, source] = await Promise.all([listCategoryOptions(), getSourceSubmission(practice.id)]);
  return (
    <>
      <p>
        <Link prefetch={false} href="/admin">Praktyki</Link> › edycja
      </p>
      <h1 className="mt-2 text-3xl font-bold">{practice.title}</h1>
      {source && (
        <p className="mt-1">
          Ze <Link prefetch={false} href={`/admin/zgloszenia/${source.id}`}>zgłoszenia nr {source.id}</Link>
        </p>
      )}
      {notices.map((notice) => (
        <Notice key={notice.text} tone={notice.tone}>
          {notice.text}
        </Notice>
      ))}
      {practice.deletedAt ? (
        <BinNotice practice={practice} canPurge={isAdministrator(editor)} />
      ) : (
        <>
          <StatusPanel practice={practice} />
          <PracticeForm
            key={practice.version}
            practice={{ id: practice.id, version: practice.version, status: practice.status }}
            categories={categories}
            initial={initialFormState(valuesOf(practice))}
          />
          <AttachmentsSection practice={practice} query={query} />
        </>
      )}
    </>
  );
}
