import type { ReactNode } from "react";
import type { UseQueryState } from "urql";

/** Renders a query's data once it is there; says so while loading or when the request failed. */
export function Loaded<Data>({ result, children }: { result: UseQueryState<Data>; children: (data: Data) => ReactNode }) {
  if (result.error) return <p role="alert" className="error">{result.error.message}</p>;
  if (!result.data) return <p className="status">Loading…</p>;
  return <>{children(result.data)}</>;
}

/** Shown in place of an object the server does not have (a stale link). */
export function NotFound({ what }: { what: string }) {
  return <p role="alert" className="error">No such {what}: it may have been deleted or merged.</p>;
}
