import { formatInteger } from "@/lib/format";
import { ChartFrame } from "./ChartFrame";

export type Bar = { label: string; value: number };

type Props = {
  /** Read by screen readers as the image's name (role="img"). */
  title: string;
  /** The chart in words: what it shows and its main figures. */
  description: string;
  bars: Bar[];
  formatValue?: (value: number) => string;
};

// Labels up to this length (about 170 px at 14 px) still leave a bar of about 45 px, its value
// written beside it, on a 320 px screen; longer ones (categories, practice titles) go above
// their bars on a phone rather than squeeze them further.
const SIDE_BY_SIDE_MAX = 21;

/**
 * A horizontal bar chart in HTML and CSS rather than SVG, so that its text keeps the page's size
 * on a phone (an SVG's text shrinks with its viewBox) and long labels wrap instead of being cut.
 * Short labels form a column beside the bars; long ones too from `sm` on, but on a phone each
 * sits above its bar.
 * Every bar has its value written at its end, so the chart needs no axis.
 */
export function BarChart({ title, description, bars, formatValue = formatInteger }: Props) {
  const max = Math.max(0, ...bars.map((bar) => bar.value));
  const sideBySide = bars.every((bar) => bar.label.length <= SIDE_BY_SIDE_MAX);
  const grid = sideBySide ? "grid-cols-[auto_minmax(0,1fr)] gap-y-2" : "gap-y-1 sm:grid-cols-[minmax(0,16rem)_minmax(0,1fr)] sm:gap-y-2";
  const labelClass = (index: number) => (sideBySide ? "self-center" : `sm:self-center ${index > 0 ? "max-sm:mt-2" : ""}`);
  return (
    <ChartFrame title={title} description={description} widthClass="max-w-[48rem]">
      <div className={`grid gap-x-3 ${grid}`}>
        {bars.map((bar, index) => (
          <div key={`${bar.label}-${index}`} className="contents">
            <span className={`leading-snug break-words ${labelClass(index)}`}>{bar.label}</span>
            {/* The value's room (pr-16) is kept free: a full-width bar ends where its value begins. */}
            <span className="flex items-center pr-16">
              <span className="block h-4 shrink-0 bg-brand-700" style={{ flexBasis: `${max === 0 ? 0 : (bar.value / max) * 100}%` }} />
              <span className="ml-2 font-semibold whitespace-nowrap tabular-nums">{formatValue(bar.value)}</span>
            </span>
          </div>
        ))}
      </div>
    </ChartFrame>
  );
}
