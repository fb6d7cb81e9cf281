import Link from "next/link";
import { AdminFrame } from "@/features/admin/components/AdminFrame";

export default function AdminNotFound() {
  return (
    <AdminFrame>
      <h1 className="text-3xl font-bold">Nie znaleziono strony</h1>
      <p className="mt-4 max-w-prose">Pod tym adresem nie ma strony panelu. Praktyka mogła zostać usunięta na stałe.</p>
      <p className="mt-4">
        <Link prefetch={false} href="/admin">Wróć do listy praktyk</Link>
      </p>
    </AdminFrame>
  );
}
