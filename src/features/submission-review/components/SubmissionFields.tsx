import type { ReactNode } from "react";
import { MarkdownBody } from "@/features/practice/components/MarkdownBody";
import { FUNDING_SOURCES, SDG_GOAL_NAMES, UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import type { SubmissionValues } from "@/features/submissions/schema";
import { fieldRowId } from "../draft-input";

// Every field of a submission as the submitter typed it: nothing is normalised here, so the
// editor judges what was sent. Each row has an id, for the accept form's errors to link to.

function Row({ field, term, children }: { field: string; term: string; children: ReactNode }) {
  return (
    <div id={fieldRowId(field)} tabIndex={-1} className="grid gap-1 border-b border-slate-200 py-2 focus:outline-4 focus:outline-amber-500 sm:grid-cols-[14rem_1fr]">
      <dt className="font-semibold">{term}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

const Empty = () => <span className="text-slate-700">nie podano</span>;

/** An enumeration's Polish name, or what was typed when it is not one of its values. */
function termOf<T extends string>(terms: Record<T, { label: string }>, value: string): string {
  return value in terms ? terms[value as T].label : `${value} (nieznana wartość)`;
}

const textOr = (value: string) => (value.trim() ? value : <Empty />);

export function SubmissionFields({ values, categoryNames }: { values: SubmissionValues; categoryNames: Map<number, string> }) {
  const category = (id: string) => categoryNames.get(Number(id)) ?? `nr ${id} (tej kategorii już nie ma)`;
  const contacts = values.contacts.filter((contact) => Object.values(contact).some((value) => typeof value === "string" && value.trim()));
  return (
    <section aria-labelledby="pola-zgloszenia" className="mt-8">
      <h2 id="pola-zgloszenia" className="text-xl font-bold">Praktyka w zgłoszeniu</h2>
      <dl className="mt-2">
        <Row field="title" term="Tytuł">{textOr(values.title)}</Row>
        <Row field="summary" term="Skrót"><p className="whitespace-pre-line">{textOr(values.summary)}</p></Row>
        <Row field="primaryCategoryId" term="Kategoria główna">{values.primaryCategoryId ? category(values.primaryCategoryId) : <Empty />}</Row>
        <Row field="categoryIds" term="Inne kategorie">
          {values.categoryIds.length > 0 ? <ul>{values.categoryIds.map((id) => <li key={id}>{category(id)}</li>)}</ul> : <Empty />}
        </Row>
        <Row field="unitType" term="Typ jednostki">{values.unitType ? termOf(UNIT_TYPES, values.unitType) : <Empty />}</Row>
        <Row field="locality" term="Miejscowość">{textOr(values.locality)}</Row>
        <Row field="voivodeship" term="Województwo">{values.voivodeship ? termOf(VOIVODESHIPS, values.voivodeship) : <Empty />}</Row>
        <Row field="postalCode" term="Kod pocztowy">{textOr(values.postalCode)}</Row>
        <Row field="postOffice" term="Poczta">{textOr(values.postOffice)}</Row>
        <Row field="implementingUnit" term="Jednostka wdrażająca">{textOr(values.implementingUnit)}</Row>
        <Row field="street" term="Ulica">{textOr(values.street)}</Row>
        {/* Not a link: an address typed by the public is not followed from the admin by a click. */}
        <Row field="website" term="Witryna internetowa">{textOr(values.website)}</Row>
        <Row field="population" term="Liczba mieszkańców">{textOr(values.population)}</Row>
        <Row field="periodStart" term="Początek realizacji">{textOr(values.periodStart)}</Row>
        <Row field="periodEnd" term="Koniec realizacji">{values.ongoing ? "trwa" : textOr(values.periodEnd)}</Row>
        <Row field="results" term="Rezultaty i wpływ">{values.results.trim() ? <MarkdownBody source={values.results} /> : <Empty />}</Row>
        <Row field="resultFigures" term="Rezultaty w liczbach">
          {values.resultFigures.length > 0 ? (
            <ul>{values.resultFigures.map((figure, index) => <li key={index}><strong>{figure.value}</strong> {figure.label}</li>)}</ul>
          ) : <Empty />}
        </Row>
        <Row field="totalCostPln" term="Koszt całkowity (zł)">{textOr(values.totalCostPln)}</Row>
        <Row field="fundingSources" term="Źródła finansowania">
          {values.fundingSources.length > 0 ? values.fundingSources.map((source) => termOf(FUNDING_SOURCES, source)).join(", ") : <Empty />}
        </Row>
        <Row field="fundingProgramme" term="Program i działanie">{textOr(values.fundingProgramme)}</Row>
        <Row field="partners" term="Partnerzy"><p className="whitespace-pre-line">{textOr(values.partners)}</p></Row>
        <Row field="transferPotential" term="Możliwość przeniesienia"><p className="whitespace-pre-line">{textOr(values.transferPotential)}</p></Row>
        <Row field="sdgGoals" term="Cele zrównoważonego rozwoju">
          {values.sdgGoals.length > 0 ? <ul>{values.sdgGoals.map((goal) => <li key={goal}>{goal}. {SDG_GOAL_NAMES[Number(goal)] ?? "(nieznany cel)"}</li>)}</ul> : <Empty />}
        </Row>
        <Row field="contacts" term="Osoby kontaktowe">
          {contacts.length > 0 ? (
            <ul className="space-y-3">
              {contacts.map((contact, index) => (
                <li key={index}>
                  <span className="font-semibold">{textOr(contact.name)}</span>
                  {contact.role && <span className="block">{contact.role}</span>}
                  {contact.phone && <span className="block">tel. {contact.phone}</span>}
                  {contact.email && (
                    <span className="block">
                      e-mail: {contact.email} {contact.emailPublic ? "(pokazywany publicznie)" : "(niepokazywany publicznie: czytelnicy piszą przez formularz)"}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          ) : <Empty />}
        </Row>
      </dl>
      <section aria-labelledby="prezentacja-zgloszenia" id={fieldRowId("body")} tabIndex={-1} className="mt-8">
        <h2 id="prezentacja-zgloszenia" className="text-xl font-bold">Pełna prezentacja</h2>
        {values.body.trim() ? <MarkdownBody source={values.body} /> : <p><Empty /></p>}
      </section>
    </section>
  );
}
