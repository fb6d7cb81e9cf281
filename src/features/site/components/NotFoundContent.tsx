import Link from "next/link";
import { CataloguePage } from "@/features/category/components/CataloguePage";

export function NotFoundContent() {
  return (
    <CataloguePage>
      <h1 className="text-title font-bold">Nie znaleziono strony</h1>
      <p className="mt-4 max-w-prose">
        Pod tym adresem nie ma strony ani praktyki. Mogła zostać przeniesiona lub wycofana, albo adres zawiera literówkę.
      </p>
      <p className="mt-4">
        <Link href="/">Przejdź do strony głównej</Link> i wybierz kategorię z listy albo skorzystaj z wyszukiwarki.
      </p>
    </CataloguePage>
  );
}
