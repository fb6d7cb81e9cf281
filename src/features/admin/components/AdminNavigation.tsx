import Link from "next/link";
import { signOutAction } from "@/features/auth/actions";
import { type Editor, isAdministrator } from "@/features/auth/authorize";
import { countPl } from "@/lib/format";

const ROLE_NAMES = { EDITOR: "redaktor", ADMINISTRATOR: "administrator" } as const;

/** `newSubmissions`: submissions in the queue nobody has taken yet, shown next to the link. */
export function AdminNavigation({ editor, newSubmissions }: { editor: Editor; newSubmissions: number }) {
  const links = [
    { href: "/admin", label: "Praktyki" },
    { href: "/admin/praktyki/nowa", label: "Dodaj praktykę" },
    { href: "/admin/zgloszenia", label: newSubmissions > 0 ? `Zgłoszenia (${countPl(newSubmissions, "nowe", "nowe", "nowych")})` : "Zgłoszenia" },
    { href: "/admin/publikacje", label: "Publikacje" },
    { href: "/admin/inne-bazy", label: "Inne bazy" },
    { href: "/admin/wdrozenia", label: "Wdrożenia" },
    ...(isAdministrator(editor)
      ? [
          { href: "/admin/kategorie", label: "Kategorie" },
          { href: "/admin/dziennik", label: "Dziennik zdarzeń" },
          { href: "/admin/poczta", label: "Poczta" },
          { href: "/admin/konta", label: "Konta" },
        ]
      : []),
    { href: "/admin/konto", label: "Moje konto" },
  ];
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
      <nav aria-label="Panel redakcji">
        <ul className="flex flex-wrap gap-4 text-sm">
          {links.map((link) => (
            <li key={link.href}>
              {/* No prefetching anywhere in the admin: a prefetch would keep an idle session alive
                  behind the editor's back, and after signing out it would only collect 401s. */}
              <Link prefetch={false} href={link.href} className="text-white">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form action={signOutAction} className="flex items-center gap-3 text-sm">
        <span>
          {editor.name} <span className="text-brand-100">({ROLE_NAMES[editor.role]})</span>
        </span>
        <button type="submit" className="border-2 border-white px-2 py-0.5 font-semibold text-white hover:bg-brand-800">
          Wyloguj się
        </button>
      </form>
    </div>
  );
}
