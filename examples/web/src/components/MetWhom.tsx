import { useQuery } from "urql";
import { MetWhomDocument, type MetWhomQuery } from "../generated/graphql.js";
import { href } from "../route.js";
import { Loaded } from "./Loaded.js";

type Meetings = NonNullable<MetWhomQuery["actor"]>["meetings"]["edges"];
interface Link {
  from: string;
  to: string;
  meetings: string[];
}

/** Everyone who attended a meeting with the actor, and which pairs of them met there. */
function network(meetings: Meetings) {
  const names = new Map<string, string>();
  const links = new Map<string, Link>();
  for (const { node: meeting } of meetings) {
    const attendees = meeting.attendees.edges.map(({ node }) => node.actor);
    for (const actor of attendees) names.set(actor.id, actor.name);
    attendees.forEach((a, i) =>
      attendees.slice(i + 1).forEach((b) => {
        const [from, to] = [a.id, b.id].sort();
        const link = links.get(`${from} ${to}`) ?? { from: from!, to: to!, meetings: [] };
        link.meetings.push(meeting.title);
        links.set(`${from} ${to}`, link);
      }),
    );
  }
  return { names, links: [...links.values()] };
}

const size = 420;
const radius = 150;

/** The actor in the middle, the people they met around, a line for each pair that met. */
export function MetWhom({ actorId }: { actorId: string }) {
  const [result] = useQuery({ query: MetWhomDocument, variables: { id: actorId } });
  return (
    <Loaded result={result}>
      {({ actor }) => {
        const { names, links } = network(actor?.meetings.edges ?? []);
        if (links.length === 0) return <p className="status">No meetings with others on record.</p>;
        const others = [...names.keys()].filter((id) => id !== actorId);
        const position = new Map<string, { x: number; y: number }>([[actorId, { x: size / 2, y: size / 2 }]]);
        others.forEach((id, i) => {
          const angle = (2 * Math.PI * i) / others.length - Math.PI / 2;
          position.set(id, { x: size / 2 + radius * Math.cos(angle), y: size / 2 + radius * Math.sin(angle) });
        });
        return (
          <svg className="network" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={`Who met whom: ${[...names.values()].join(", ")}`}>
            {links.map((link) => {
              const from = position.get(link.from)!;
              const to = position.get(link.to)!;
              return (
                <line key={`${link.from} ${link.to}`} x1={from.x} y1={from.y} x2={to.x} y2={to.y} strokeWidth={link.meetings.length * 1.5}>
                  <title>{`${names.get(link.from)} and ${names.get(link.to)}: ${link.meetings.join("; ")}`}</title>
                </line>
              );
            })}
            {[...position].map(([id, { x, y }]) => (
              <a key={id} href={href({ page: "actor", id })}>
                <circle cx={x} cy={y} r={id === actorId ? 12 : 8} className={id === actorId ? "center" : undefined} />
                <text x={x} y={y + (y > size / 2 ? 26 : -16)} textAnchor="middle">
                  {names.get(id)}
                </text>
              </a>
            ))}
          </svg>
        );
      }}
    </Loaded>
  );
}
