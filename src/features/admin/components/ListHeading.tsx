import Link from "next/link";
import { buttonClass } from "@/components/ui/Button";

/** The top of an admin list: its heading and the button that adds to it. */
export function ListHeading({ title, add }: { title: string; add: { href: string; label: string } }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-4">
      <h1 className="text-3xl font-bold">{title}</h1>
      <Link prefetch={false} href={add.href} className={buttonClass()}>{add.label}</Link>
    </div>
  );
}
