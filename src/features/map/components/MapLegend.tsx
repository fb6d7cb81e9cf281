import { formatInteger } from "@/lib/format";
import type { ShadeClass } from "../shading";

function rangeLabel(shade: ShadeClass): string {
  if (shade.max === 0) return "brak praktyk";
  return shade.min === shade.max ? formatInteger(shade.min) : `${formatInteger(shade.min)}–${formatInteger(shade.max)}`;
}

/** The colour classes with their ranges; swatches are outlined so the palest stays visible on white. */
export function MapLegend({ classes }: { classes: ShadeClass[] }) {
  return (
    <div className="mt-4">
      <h3 className="font-semibold">Legenda: liczba praktyk w województwie</h3>
      <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-2 text-sm">
        {classes.map((shade) => (
          <li key={shade.fill} className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block size-5 border border-slate-600" style={{ backgroundColor: shade.fill }} />
            {rangeLabel(shade)}
          </li>
        ))}
      </ul>
    </div>
  );
}
