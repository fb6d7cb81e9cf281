import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/components/ui/Notice";
import { requireAdministrator } from "@/features/auth/authorize";
import { MailMessage } from "@/features/mail/components/MailMessage";
import { getOutboxMail } from "@/features/mail/data";
import { recordIdSchema } from "@/lib/record-id";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function mailOf(params: Props["params"]) {
  const id = recordIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  return getOutboxMail(id.data);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireAdministrator();
  return { title: `Wiadomość: ${(await mailOf(params)).subject}` };
}

export default async function OutboxMailPage({ params, searchParams }: Props) {
  await requireAdministrator();
  const mail = await mailOf(params);
  const query = await searchParams;
  return (
    <>
      <p><Link prefetch={false} href="/admin/poczta">Poczta wychodząca</Link> › wiadomość nr {mail.id}</p>
      <h1 className="mt-2 text-3xl font-bold break-words">{mail.subject}</h1>
      {query["wyslano-ponownie"] === "1" && <Notice>Wiadomość czeka na ponowne wysłanie.</Notice>}
      {query["nie-wyslano"] === "1" && <Notice tone="warning">Tej wiadomości nie można wysłać ponownie: nie jest nieudana albo jej treść usunięto.</Notice>}
      <MailMessage mail={mail} />
    </>
  );
}
