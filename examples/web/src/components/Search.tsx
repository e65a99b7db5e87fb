import { useState } from "react";
import { useQuery } from "urql";
import { SearchDocument } from "../generated/graphql.js";
import { formatDate, lowerCase } from "../format.js";
import { href } from "../route.js";
import { Loaded } from "./Loaded.js";

export function SearchForm({ initial }: { initial: string }) {
  const [query, setQuery] = useState(initial);
  return (
    <form
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        location.hash = href({ page: "search", query: query.trim() });
      }}
    >
      <input type="search" aria-label="Search actors, quotes and meetings" placeholder="Macron, tariffs, Paris…" value={query} onChange={(event) => setQuery(event.target.value)} />
      <button type="submit">Search</button>
    </form>
  );
}

export function SearchResults({ query }: { query: string }) {
  const [result] = useQuery({ query: SearchDocument, variables: { query }, pause: !query });
  if (!query) return <p className="status">Search for an actor by name or alias, or for words of a quote or a meeting's title.</p>;
  return (
    <Loaded result={result}>
      {({ search }) =>
        search.edges.length === 0 ? (
          <p className="status">Nothing matches “{query}”.</p>
        ) : (
          <ul className="results" aria-label="Search results">
            {search.edges.map(({ cursor, node }) => (
              <li key={cursor}>
                {node.__typename === "Actor" && (
                  <>
                    <a href={href({ page: "actor", id: node.id })}>{node.name}</a> <span className="tag">{lowerCase(node.kind)}</span>
                    {node.country && <span className="muted"> · {node.country.name}</span>}
                    {node.description && <p className="muted">{node.description}</p>}
                  </>
                )}
                {node.__typename === "Meeting" && (
                  <>
                    <span className="tag">meeting</span> <a href={href({ page: "meeting", id: node.id })}>{node.title}</a>
                    <span className="muted"> · {formatDate(node.startsAt, node.startPrecision)}</span>
                  </>
                )}
                {node.__typename === "Quote" && (
                  <>
                    <span className="tag">quote</span> “{node.text}”
                    {node.speaker && (
                      <span className="muted">
                        {" "}— <a href={href({ page: "actor", id: node.speaker.id })}>{node.speaker.name}</a>
                      </span>
                    )}
                  </>
                )}
              </li>
            ))}
          </ul>
        )
      }
    </Loaded>
  );
}
