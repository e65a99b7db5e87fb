import type { CitedPassageFragment } from "../generated/graphql.js";

/**
 * The paragraph of the article that holds the excerpt, the excerpt marked. Dossier counts offsets
 * in Unicode code points, so the text is split into code points, not UTF-16 units.
 */
export function Passage({ citation }: { citation: CitedPassageFragment }) {
  const text = Array.from(citation.article.text);
  const paragraphStart = text.lastIndexOf("\n", citation.startOffset - 1) + 1;
  const paragraphEnd = text.indexOf("\n", citation.endOffset);
  const slice = (from: number, to: number) => text.slice(from, to).join("");
  return (
    <figure className="passage">
      <blockquote>
        {slice(paragraphStart, citation.startOffset)}
        <mark>{slice(citation.startOffset, citation.endOffset)}</mark>
        {slice(citation.endOffset, paragraphEnd === -1 ? text.length : paragraphEnd)}
      </blockquote>
      <figcaption>
        {/^https?:/.test(citation.article.url) ? <a href={citation.article.url}>{citation.article.title}</a> : citation.article.title}
        {citation.article.publisher && ` · ${citation.article.publisher}`}
        {citation.attribution && ` · ${citation.attribution}`}
      </figcaption>
    </figure>
  );
}
