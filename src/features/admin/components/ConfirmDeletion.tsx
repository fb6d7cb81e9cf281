import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/Button";

type Props = {
  heading: string;
  children: ReactNode;
  action: (form: FormData) => Promise<void>;
  /** Hidden fields that name what goes. */
  fields: Record<string, string | number>;
  confirmLabel: string;
  back: { href: string; label: string };
};

/** The page that asks before something is deleted: what will happen, a red button and a way back. */
export function ConfirmDeletion({ heading, children, action, fields, confirmLabel, back }: Props) {
  return (
    <>
      <h1 className="text-3xl font-bold">{heading}</h1>
      <div className="mt-4 max-w-prose">{children}</div>
      <form action={action} className="mt-6 flex flex-wrap items-center gap-6">
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <Button variant="danger">{confirmLabel}</Button>
        <Link prefetch={false} href={back.href}>{back.label}</Link>
      </form>
    </>
  );
}
