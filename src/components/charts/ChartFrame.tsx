import { type ReactNode, useId } from "react";

type Props = {
  /** Read by screen readers as the image's name (role="img"). */
  title: string;
  /** The chart in words: what it shows and its main figures. */
  description: string;
  /** Tailwind's max-width class of the chart. */
  widthClass: string;
  children: ReactNode;
};

/**
 * What every chart is to assistive technology: one image named by its title and described in
 * words (the page's table beside it has the figures); what is drawn inside is hidden from them.
 */
export function ChartFrame({ title, description, widthClass, children }: Props) {
  const id = useId();
  return (
    <div role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} className={`${widthClass} text-sm text-slate-900`}>
      <span id={`${id}-title`} className="sr-only">
        {title}
      </span>
      <span id={`${id}-desc`} className="sr-only">
        {description}
      </span>
      {children}
    </div>
  );
}
