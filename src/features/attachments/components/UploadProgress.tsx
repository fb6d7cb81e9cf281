import { formatFileSize } from "@/lib/format";
import type { Progress } from "./send-files";

export function UploadProgress({ progress }: { progress: Progress }) {
  const percent = progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;
  return (
    <div>
      <label htmlFor="postep-wysylania" className="block">
        Wysyłanie: {percent}% ({formatFileSize(progress.loaded)} z {formatFileSize(progress.total)})
      </label>
      <progress id="postep-wysylania" max={100} value={percent} className="mt-1 h-4 w-full" />
    </div>
  );
}
