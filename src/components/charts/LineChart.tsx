import { formatInteger } from "@/lib/format";
import { ChartFrame } from "./ChartFrame";
import { labelIndices, niceTicks } from "./scale";

export type Series = {
  name: string;
  values: number[];
  color: string;
  /** Series differ by line style too, not by colour alone (WCAG 1.4.1). */
  dashed?: boolean;
};

type Props = {
  title: string;
  description: string;
  /** One label per point, e.g. "1 lis"; every `labelEvery`-th is written (half as many on a phone). */
  labels: string[];
  labelEvery?: number;
  series: Series[];
  formatValue?: (value: number) => string;
};

// The plot's own units: the SVG stretches to its box (preserveAspectRatio="none") and its strokes
// do not scale, so the lines fill any width while every word is HTML at the page's size.
const PLOT = 1000;

/** Where a share (0…1) of the plot lies, as a CSS percentage. */
const percent = (share: number) => `${(share * 100).toFixed(2)}%`;

/** A line chart: the lines in SVG, the legend and axis labels in HTML around it. */
export function LineChart({ title, description, labels, labelEvery = 7, series, formatValue = formatInteger }: Props) {
  const max = Math.max(0, ...series.flatMap((s) => s.values));
  const ticks = niceTicks(max, 5);
  const top = ticks.at(-1)!;
  const xShare = (index: number) => (labels.length <= 1 ? 0.5 : index / (labels.length - 1));
  const yShare = (value: number) => 1 - value / top;
  const tickWidth = `${Math.max(...ticks.map((tick) => formatValue(tick).length)) + 1}ch`;
  const phone = new Set(labelIndices(labels.length, labelEvery * 2));
  return (
    <ChartFrame title={title} description={description} widthClass="max-w-[45rem]">
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        {series.map((s) => (
          <li key={s.name} className="flex items-center gap-2">
            <svg width="28" height="6" aria-hidden="true">
              <line x1={0} x2={28} y1={3} y2={3} stroke={s.color} strokeWidth={3} strokeDasharray={s.dashed ? "6 4" : undefined} />
            </svg>
            {s.name}
          </li>
        ))}
      </ul>
      <div className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-2">
        <div className="relative h-56 sm:h-64" style={{ width: tickWidth }}>
          {ticks.map((tick) => (
            <span key={tick} className="absolute right-0 -translate-y-1/2 leading-none tabular-nums" style={{ top: percent(yShare(tick)) }}>
              {formatValue(tick)}
            </span>
          ))}
        </div>
        <svg viewBox={`0 0 ${PLOT} ${PLOT}`} preserveAspectRatio="none" aria-hidden="true" className="h-56 w-full overflow-visible sm:h-64">
          {ticks.map((tick) => (
            <line
              key={tick}
              x1={0}
              x2={PLOT}
              y1={yShare(tick) * PLOT}
              y2={yShare(tick) * PLOT}
              stroke="#94a3b8"
              strokeWidth={tick === 0 ? 1.5 : 1}
              strokeDasharray={tick === 0 ? undefined : "3 3"}
              vectorEffect="non-scaling-stroke"
            />
          ))}
          {series.map((s) => (
            <polyline
              key={s.name}
              points={s.values.map((value, index) => `${(xShare(index) * PLOT).toFixed(1)},${(yShare(value) * PLOT).toFixed(1)}`).join(" ")}
              fill="none"
              stroke={s.color}
              strokeWidth={2.5}
              strokeLinejoin="round"
              strokeDasharray={s.dashed ? "6 4" : undefined}
              vectorEffect="non-scaling-stroke"
            />
          ))}
        </svg>
        <div className="relative col-start-2 mt-1 h-5">
          {labelIndices(labels.length, labelEvery).map((index) => (
            <span
              key={index}
              className={`absolute top-0 whitespace-nowrap ${edgeAlign(index, labels.length)} ${phone.has(index) ? "" : "max-sm:hidden"}`}
              style={{ left: percent(xShare(index)) }}
            >
              {labels[index]}
            </span>
          ))}
        </div>
      </div>
    </ChartFrame>
  );
}

/** The first label starts at its point and the last ends at it, so neither leaves the chart. */
function edgeAlign(index: number, count: number): string {
  if (index === 0) return "";
  return index === count - 1 ? "-translate-x-full" : "-translate-x-1/2";
}
