import { useQuery } from "urql";
import { MeetingDetailDocument, type MeetingDetailQuery } from "../generated/graphql.js";
import { formatDate, lowerCase } from "../format.js";
import { href } from "../route.js";
import { ActorRoleList } from "./ActorRoleList.js";
import { Loaded, NotFound } from "./Loaded.js";
import { Passage } from "./Passage.js";
import { QuoteCard } from "./QuoteCard.js";

type Sources = NonNullable<MeetingDetailQuery["meeting"]>["citations"]["edges"];

/** The incidents that the meeting's articles also report, each once. */
function incidentsAlsoReported(sources: Sources) {
  const incidents = new Map<string, string>();
  for (const { node } of sources) {
    for (const { node: citation } of node.article.citations.edges) {
      if (citation.fact.__typename === "Incident") incidents.set(citation.fact.id, citation.fact.title);
    }
  }
  return [...incidents];
}

export function MeetingPage({ id }: { id: string }) {
  const [result] = useQuery({ query: MeetingDetailDocument, variables: { id } });
  return (
    <Loaded result={result}>
      {({ meeting }) => {
        if (!meeting) return <NotFound what="meeting" />;
        const incidents = incidentsAlsoReported(meeting.citations.edges);
        return (
          <>
            <h1>{meeting.title}</h1>
            <p className="muted">
              {formatDate(meeting.startsAt, meeting.startPrecision)} · {meeting.place?.name ?? "place not reported"} · {lowerCase(meeting.status)}
            </p>
            {meeting.description && <p>{meeting.description}</p>}
            <section aria-labelledby="attendees">
              <h2 id="attendees">Attendees</h2>
              <ActorRoleList label="Attendees" entries={meeting.attendees.edges.map(({ node }) => node)} />
            </section>
            <section aria-labelledby="said">
              <h2 id="said">What was said</h2>
              {meeting.statements.edges.length === 0 ? <p className="status">No statements on record.</p> : meeting.statements.edges.map(({ node }) => <QuoteCard key={node.id} quote={node} />)}
            </section>
            <section aria-labelledby="sources">
              <h2 id="sources">Sources</h2>
              {meeting.citations.edges.map(({ node }) => <Passage key={node.id} citation={node} />)}
            </section>
            {incidents.length > 0 && (
              <section aria-labelledby="also-reported">
                <h2 id="also-reported">Also reported in the same article</h2>
                <ul>
                  {incidents.map(([incidentId, title]) => (
                    <li key={incidentId}>
                      <a href={href({ page: "incident", id: incidentId })}>{title}</a>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </>
        );
      }}
    </Loaded>
  );
}
