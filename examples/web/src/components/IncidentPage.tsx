import { useQuery } from "urql";
import { IncidentDetailDocument } from "../generated/graphql.js";
import { formatDate, lowerCase, metricLabel } from "../format.js";
import { ActorRoleList } from "./ActorRoleList.js";
import { FigureChart } from "./FigureChart.js";
import { Loaded, NotFound } from "./Loaded.js";
import { Passage } from "./Passage.js";

export function IncidentPage({ id }: { id: string }) {
  const [result] = useQuery({ query: IncidentDetailDocument, variables: { id } });
  return (
    <Loaded result={result}>
      {({ incident }) => {
        if (!incident) return <NotFound what="incident" />;
        const figures = incident.figures.edges.map(({ node }) => node);
        return (
          <>
            <h1>{incident.title}</h1>
            <p className="muted">
              {lowerCase(incident.kind)} · {incident.timeSpan ?? formatDate(incident.startsAt, incident.startPrecision)}
              {incident.place && ` · ${incident.place.name}`}
            </p>
            {incident.description && <p>{incident.description}</p>}
            <section aria-labelledby="participants">
              <h2 id="participants">Who took part</h2>
              <ActorRoleList label="Participants" entries={incident.participants.edges.map(({ node }) => node)} />
            </section>
            <section aria-labelledby="figures">
              <h2 id="figures">Figures by claimant</h2>
              {figures.length === 0 ? <p className="status">No figures on record.</p> : <FigureChart figures={figures} />}
              {figures.map((figure) => (
                <div key={figure.id} className="figure-source">
                  <h3>
                    {metricLabel(figure.metric)}: {figure.value.toLocaleString("en")} {figure.unit}
                    {figure.qualifier && ` (${figure.qualifier})`}, per {figure.claimant?.name ?? "an unnamed source"}
                  </h3>
                  {figure.citations.edges.map(({ node }) => <Passage key={node.id} citation={node} />)}
                </div>
              ))}
            </section>
          </>
        );
      }}
    </Loaded>
  );
}
