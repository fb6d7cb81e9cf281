import Link from "next/link";
import { AdminFrame } from "@/features/admin/components/AdminFrame";

export default function AdminForbidden() {
  return (
    <AdminFrame>
      <h1 className="text-3xl font-bold">Brak uprawnień</h1>
      <p className="mt-4 max-w-prose">Ta część panelu jest dostępna tylko dla administratorów serwisu.</p>
      <p className="mt-4">
        <Link prefetch={false} href="/admin">Wróć do listy praktyk</Link>
      </p>
    </AdminFrame>
  );
}
