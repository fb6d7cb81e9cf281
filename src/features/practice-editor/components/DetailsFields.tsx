import { CheckboxGroup, FieldError, TextAreaField, TextField } from "@/components/ui/Field";
import { ALL_FUNDING_SOURCES, FUNDING_SOURCES, SDG_GOAL_NAMES } from "@/features/practice/vocabulary";
import type { DetailsValues } from "../form-values";
import { SDG_GOALS } from "../schema";
import { FiguresFieldset } from "./FiguresFieldset";

const MARKDOWN_HINT = "Markdown, jak w pełnej prezentacji: **pogrubienie**, - lista, [tekst odnośnika](https://adres).";

/** The record's structured details: period, results, cost and funding, partners, transfer, SDG goals. */
export function DetailsFields({ values, errors }: { values: DetailsValues; errors: Record<string, string> }) {
  return (
    <>
      <h2 className="mt-10 text-2xl font-bold">Okres realizacji</h2>
      <div className="grid gap-x-6 sm:grid-cols-2">
        <TextField id="periodStart" name="periodStart" type="date" label="Data rozpoczęcia (nieobowiązkowo)" hint="RRRR-MM-DD, np. 2011-01-01." defaultValue={values.periodStart} error={errors.periodStart} className="max-w-48" />
        <TextField id="periodEnd" name="periodEnd" type="date" label="Data zakończenia (nieobowiązkowo)" hint="Puste, jeśli praktyka trwa." defaultValue={values.periodEnd} error={errors.periodEnd} className="max-w-48" />
      </div>
      <div className={`mt-4 ${errors.ongoing ? "border-l-4 border-red-700 pl-3" : ""}`}>
        <FieldError id="ongoing" error={errors.ongoing} />
        <label className="inline-flex items-center gap-2 font-semibold">
          <input id="ongoing" type="checkbox" name="ongoing" value="tak" defaultChecked={values.ongoing} className="h-5 w-5" />
          Trwa (praktyka nie została zakończona)
        </label>
      </div>

      <h2 className="mt-10 text-2xl font-bold">Rezultaty i wpływ</h2>
      <TextAreaField id="results" name="results" label="Rezultaty i wpływ (nieobowiązkowo)" hint={MARKDOWN_HINT} rows={8} defaultValue={values.results} error={errors.results} className="font-mono text-sm" />
      <FiguresFieldset initial={values.resultFigures} errors={errors} />

      <h2 className="mt-10 text-2xl font-bold">Koszt i finansowanie</h2>
      <TextField id="totalCostPln" name="totalCostPln" label="Koszt całkowity w złotych (nieobowiązkowo)" hint="W pełnych złotych, np. 250000." inputMode="numeric" autoComplete="off" defaultValue={values.totalCostPln} error={errors.totalCostPln} className="max-w-56" />
      <CheckboxGroup
        id="fundingSources"
        name="fundingSources"
        legend="Źródła finansowania (nieobowiązkowo)"
        error={errors.fundingSources}
        checked={values.fundingSources}
        options={ALL_FUNDING_SOURCES.map((source) => ({ value: source, label: FUNDING_SOURCES[source].label }))}
      />
      <TextField id="fundingProgramme" name="fundingProgramme" label="Program i działanie (nieobowiązkowo)" hint="Na przykład „PO KL, Poddziałanie 7.1.1”." defaultValue={values.fundingProgramme} error={errors.fundingProgramme} />

      <h2 className="mt-10 text-2xl font-bold">Partnerzy i przeniesienie</h2>
      <TextAreaField id="partners" name="partners" label="Partnerzy (nieobowiązkowo)" hint="Instytucje i organizacje, które współrealizowały praktykę." rows={4} defaultValue={values.partners} error={errors.partners} />
      <TextAreaField
        id="transferPotential"
        name="transferPotential"
        label="Możliwość przeniesienia (nieobowiązkowo)"
        hint="Czego potrzebuje inna jednostka, by powtórzyć praktykę: ludzi, pieniędzy, czasu; na co uważać."
        rows={6}
        defaultValue={values.transferPotential}
        error={errors.transferPotential}
      />
      <CheckboxGroup
        id="sdgGoals"
        name="sdgGoals"
        legend="Cele zrównoważonego rozwoju ONZ (nieobowiązkowo)"
        error={errors.sdgGoals}
        checked={values.sdgGoals}
        options={SDG_GOALS.map((goal) => ({ value: String(goal), label: `${goal}. ${SDG_GOAL_NAMES[goal]}` }))}
      />
    </>
  );
}
