import { useRoute } from "./route.js";
import { SearchForm, SearchResults } from "./components/Search.js";
import { ActorPage } from "./components/ActorPage.js";
import { MeetingPage } from "./components/MeetingPage.js";
import { IncidentPage } from "./components/IncidentPage.js";

export function App() {
  const route = useRoute();
  return (
    <>
      <header>
        <a className="brand" href="#/">Dossier</a>
        <SearchForm key={route.page === "search" ? route.query : ""} initial={route.page === "search" ? route.query : ""} />
      </header>
      <main>
        {route.page === "search" && <SearchResults query={route.query} />}
        {route.page === "actor" && <ActorPage id={route.id} />}
        {route.page === "meeting" && <MeetingPage id={route.id} />}
        {route.page === "incident" && <IncidentPage id={route.id} />}
      </main>
    </>
  );
}
