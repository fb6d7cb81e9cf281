import { formatSeconds } from "@/lib/format";
import { renderSeconds } from "@/lib/render-clock";

export async function RenderTime() {
  return <p>Wygenerowano w {formatSeconds(await renderSeconds())}</p>;
}
