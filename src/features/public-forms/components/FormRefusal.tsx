/** A refusal of the whole post (features/public-forms/screen.ts), above the form. */
export function FormRefusal({ refusal }: { refusal: string | null }) {
  if (!refusal) return null;
  return (
    <div role="alert" className="mb-6 border-4 border-red-700 p-4">
      <p className="font-semibold">{refusal}</p>
    </div>
  );
}
