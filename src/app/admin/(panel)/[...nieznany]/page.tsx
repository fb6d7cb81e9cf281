import { notFound } from "next/navigation";
import { requireEditor } from "@/features/auth/authorize";

// Unknown admin addresses: rendered per request (with the admin's CSP nonce) inside the admin's
// frame, and only for signed-in editors, instead of the public site's prerendered 404 page.
export default async function UnknownAdminPage() {
  await requireEditor();
  notFound();
}
