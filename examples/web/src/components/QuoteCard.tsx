import type { StatementFragment } from "../generated/graphql.js";
import { formatDate, lowerCase } from "../format.js";
import { href } from "../route.js";
import { Passage } from "./Passage.js";

/** A quote with its speaker and the article passage it comes from. */
export function QuoteCard({ quote }: { quote: StatementFragment }) {
  const speaker = quote.speaker ? <a href={href({ page: "actor", id: quote.speaker.id })}>{quote.speaker.name}</a> : (quote.speakerDescription ?? "unnamed speaker");
  return (
    <article className="quote" aria-label={`Quote: ${quote.text}`}>
      <p className="quote-text">{quote.kind === "DIRECT" ? `“${quote.text}”` : quote.text}</p>
      <p className="muted">
        — {speaker}, {formatDate(quote.saidAt, quote.saidAtPrecision)}
        {quote.meeting && (
          <>
            {" "}· {lowerCase(quote.meetingTiming ?? "at")} <a href={href({ page: "meeting", id: quote.meeting.id })}>{quote.meeting.title}</a>
          </>
        )}
      </p>
      {quote.citations.edges.map(({ node }) => <Passage key={node.id} citation={node} />)}
    </article>
  );
}
