import Markdown from "react-markdown";

/**
 * The full presentation. Editors write Markdown; raw HTML in it is dropped, never rendered, and
 * react-markdown's URL filter removes javascript: and other unsafe link targets.
 */
export function MarkdownBody({ source }: { source: string }) {
  return (
    <div className="prose-bdp">
      <Markdown skipHtml>{source}</Markdown>
    </div>
  );
}
