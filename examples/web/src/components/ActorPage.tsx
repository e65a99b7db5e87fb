import { useQuery } from "urql";
import { ActorDossierDocument } from "../generated/graphql.js";
import { formatDate, lowerCase } from "../format.js";
import { href } from "../route.js";
import { Loaded, NotFound } from "./Loaded.js";
import { QuoteCard } from "./QuoteCard.js";
import { MetWhom } from "./MetWhom.js";

export function ActorPage({ id }: { id: string }) {
  const [result] = useQuery({ query: ActorDossierDocument, variables: { id } });
  return (
    <Loaded result={result}>
      {({ actor, timeline }) =>
        !actor ? (
          <NotFound what="actor" />
        ) : (
          <>
            <h1>{actor.name}</h1>
            <p className="muted">
              {lowerCase(actor.kind)}
              {actor.country && ` · ${actor.country.name}`}
              {actor.aliases.length > 0 && ` · also ${actor.aliases.join(", ")}`}
            </p>
            {actor.description && <p>{actor.description}</p>}
            {actor.roles.edges.length > 0 && (
              <ul className="roles">
                {actor.roles.edges.map(({ node }) => (
                  <li key={node.id}>{node.of ? `${node.title}, ${node.of.name}` : node.title}</li>
                ))}
              </ul>
            )}
            <div className="columns">
              <section aria-labelledby="timeline">
                <h2 id="timeline">Timeline ({timeline.totalCount})</h2>
                <ol className="timeline">
                  {timeline.edges.map(({ cursor, node }) => (
                    <li key={cursor} className={node.__typename.toLowerCase()}>
                      {node.__typename === "Meeting" && (
                        <>
                          <span className="tag">meeting</span> {formatDate(node.startsAt, node.startPrecision)}:{" "}
                          <a href={href({ page: "meeting", id: node.id })}>{node.title}</a>
                          {node.place && <span className="muted"> · {node.place.name}</span>}
                        </>
                      )}
                      {node.__typename === "Quote" && (
                        <>
                          <span className="tag">quote</span>
                          <QuoteCard quote={node} />
                        </>
                      )}
                      {node.__typename === "Incident" && (
                        <>
                          <span className="tag">{lowerCase(node.incidentKind)}</span> {node.timeSpan ?? formatDate(node.startsAt, node.startPrecision)}:{" "}
                          <a href={href({ page: "incident", id: node.id })}>{node.title}</a>
                          {node.place && <span className="muted"> · {node.place.name}</span>}
                        </>
                      )}
                    </li>
                  ))}
                </ol>
              </section>
              <section aria-labelledby="met-whom">
                <h2 id="met-whom">Who met whom</h2>
                <MetWhom actorId={actor.id} />
              </section>
            </div>
          </>
        )
      }
    </Loaded>
  );
}
