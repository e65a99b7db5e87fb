import { createRoot } from "react-dom/client";
import { Client, Provider, cacheExchange, fetchExchange } from "urql";
import { App } from "./App.js";
import "./style.css";

// Same origin: the dev server forwards /graphql to Dossier (vite.config.ts). urql sends short
// queries as GET by default, which Apollo Server's CSRF protection refuses from a browser: POST.
const client = new Client({ url: "/graphql", exchanges: [cacheExchange, fetchExchange], preferGetMethod: false });

createRoot(document.getElementById("root")!).render(
  <Provider value={client}>
    <App />
  </Provider>,
);
