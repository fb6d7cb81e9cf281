import Link from "next/link";
import type { ReactNode } from "react";
import { FUNDING_SOURCES, SDG_GOAL_NAMES, UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import type { FundingSource, UnitType, Voivodeship } from "@/generated/prisma/enums";
import type { SubmissionValues } from "../schema";
import { type FieldStep, STEPS, withoutEmptyContacts } from "../steps";

type Props = { token: string | null; values: SubmissionValues; categoryNames: Map<string, string> };

const missing = <span className="text-slate-700">nie podano</span>;
const shown = (value: string): ReactNode => (value.trim() === "" ? missing : value);
const listed = (values: string[]): ReactNode => (values.length === 0 ? missing : values.join(", "));

function Section({ token, step, children }: { token: string | null; step: FieldStep; children: ReactNode }) {
  const label = STEPS.find((candidate) => candidate.slug === step)!.label;
  return (
    <section aria-labelledby={`podsumowanie-${step}`} className="mt-8">
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b-2 border-slate-300">
        <h2 id={`podsumowanie-${step}`} className="text-xl font-bold">
          {label}
        </h2>
        {token && (
          <Link href={`/zgloszenie/${token}/${step}`}>
            Zmień<span className="sr-only">: {label.toLowerCase()}</span>
          </Link>
        )}
      </div>
      <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[14rem_1fr]">{children}</dl>
    </section>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold">{label}</dt>
      <dd className="whitespace-pre-line break-words">{children}</dd>
    </>
  );
}

/** What will be sent, as text (nothing typed is rendered as markup), with links back to each step. */
export function SubmissionSummary({ token, values, categoryNames }: Props) {
  const contacts = withoutEmptyContacts(values).contacts;
  return (
    <>
      <Section token={token} step="jednostka">
        <Row label="Jednostka wdrażająca">{shown(values.implementingUnit)}</Row>
        <Row label="Typ jednostki">{UNIT_TYPES[values.unitType as UnitType]?.description ?? missing}</Row>
        <Row label="Miejscowość">{shown(values.locality)}</Row>
        <Row label="Województwo">{VOIVODESHIPS[values.voivodeship as Voivodeship]?.label ?? missing}</Row>
        <Row label="Adres">{shown([values.street, `${values.postalCode} ${values.postOffice}`.trim()].filter((part) => part.trim() !== "").join(", "))}</Row>
        <Row label="Witryna">{shown(values.website)}</Row>
        <Row label="Liczba mieszkańców">{shown(values.population)}</Row>
      </Section>
      <Section token={token} step="praktyka">
        <Row label="Tytuł">{shown(values.title)}</Row>
        <Row label="Kategoria główna">{categoryNames.get(values.primaryCategoryId) ?? missing}</Row>
        <Row label="Inne kategorie">{listed(values.categoryIds.map((id) => categoryNames.get(id) ?? id))}</Row>
        <Row label="Skrót">{shown(values.summary)}</Row>
        <Row label="Pełna prezentacja">{shown(values.body)}</Row>
      </Section>
      <Section token={token} step="szczegoly">
        <Row label="Okres">{shown([values.periodStart, values.ongoing ? "trwa" : values.periodEnd].filter(Boolean).join(" – "))}</Row>
        <Row label="Rezultaty">{shown(values.results)}</Row>
        <Row label="Rezultaty w liczbach">{listed(values.resultFigures.map((figure) => `${figure.value} ${figure.label}`))}</Row>
        <Row label="Całkowity koszt">{values.totalCostPln.trim() === "" ? missing : `${values.totalCostPln} zł`}</Row>
        <Row label="Źródła finansowania">{listed(values.fundingSources.map((source) => FUNDING_SOURCES[source as FundingSource]?.label ?? source))}</Row>
        <Row label="Program lub działanie">{shown(values.fundingProgramme)}</Row>
        <Row label="Partnerzy">{shown(values.partners)}</Row>
        <Row label="Co jest potrzebne do powtórzenia">{shown(values.transferPotential)}</Row>
        <Row label="Cele zrównoważonego rozwoju">{listed(values.sdgGoals.map((goal) => `${goal}. ${SDG_GOAL_NAMES[Number(goal)] ?? ""}`))}</Row>
      </Section>
      <Section token={token} step="kontakty">
        {contacts.length === 0 && <Row label="Osoby kontaktowe">{missing}</Row>}
        {contacts.map((contact, index) => (
          <Row key={index} label={`Osoba ${index + 1}`}>
            {[contact.name, contact.role, contact.phone, contact.email].filter((part) => part.trim() !== "").join(", ")}
            {contact.email.trim() !== "" && !contact.emailPublic && " (adres e-mail niepublicznie)"}
          </Row>
        ))}
      </Section>
    </>
  );
}
