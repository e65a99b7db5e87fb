import { useEffect, useState } from "react";

/** What the page shows, kept in the URL's hash so links, reloads and the back button work. */
export type Route =
  | { page: "search"; query: string }
  | { page: "actor" | "meeting" | "incident"; id: string };

export function parseRoute(hash: string): Route {
  const [, page, value = ""] = hash.match(/^#\/(\w+)\/(.*)$/) ?? [];
  const decoded = decodeURIComponent(value);
  if (page === "actor" || page === "meeting" || page === "incident") return { page, id: decoded };
  return { page: "search", query: page === "search" ? decoded : "" };
}

export function href(route: Route): string {
  return `#/${route.page}/${encodeURIComponent(route.page === "search" ? route.query : route.id)}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    addEventListener("hashchange", update);
    return () => removeEventListener("hashchange", update);
  }, []);
  return route;
}
