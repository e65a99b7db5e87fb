import { lowerCase } from "../format.js";
import { href } from "../route.js";

interface Entry {
  id: string;
  role: string;
  actor: { id: string; name: string };
}

/** Actors with their part: a meeting's attendees, an incident's participants. */
export function ActorRoleList({ label, entries }: { label: string; entries: Entry[] }) {
  return (
    <ul className="actor-roles" aria-label={label}>
      {entries.map(({ id, role, actor }) => (
        <li key={id}>
          <a href={href({ page: "actor", id: actor.id })}>{actor.name}</a> <span className="tag">{lowerCase(role)}</span>
        </li>
      ))}
    </ul>
  );
}
