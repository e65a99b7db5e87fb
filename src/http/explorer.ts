import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import express, { type Router } from "express";
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import type { Config } from "../config.js";

type ExplorerConfig = Pick<Config, "production" | "graphiql">;

/** Where `npm run build:explorer` (run by `npm ci`'s postinstall) writes GraphiQL: explorer/vite.config.ts. */
const graphiqlBuild = fileURLToPath(new URL("../../dist/explorer/", import.meta.url));

const offlineNote = `<p>Offline? <a href="graphiql">GraphiQL</a>, served by Dossier itself at /graphiql, works without internet access.</p>`;

/**
 * Apollo Sandbox on GET /graphql outside production. Its scripts come only from Apollo's CDN; the
 * fallback Apollo shows when they cannot load also points to GraphiQL.
 */
export function landingPage(config: ExplorerConfig): ApolloServerPlugin {
  if (config.production) return ApolloServerPluginLandingPageDisabled();
  const sandbox = ApolloServerPluginLandingPageLocalDefault({ embed: true });
  if (!config.graphiql) return sandbox;
  return {
    async serverWillStart(service) {
      const listener = await sandbox.serverWillStart!(service);
      return {
        async renderLandingPage() {
          const { html } = await listener!.renderLandingPage!();
          // Per request, as Apollo's own: each page gets a fresh CSP nonce.
          const withNote = async () =>
            (typeof html === "string" ? html : await html()).replace(/(<div class="fallback">[\s\S]*?)<\/div>/, `$1${offlineNote}</div>`);
          return { html: withNote };
        },
      };
    },
  };
}

function homePage(config: ExplorerConfig): string {
  const explorers = [
    config.production ? "" : `<li><a href="graphql">Apollo Sandbox</a> at /graphql: Apollo's explorer, loaded from Apollo's CDN (needs internet access).</li>`,
    config.graphiql ? `<li><a href="graphiql">GraphiQL</a> at /graphiql: served by Dossier itself, works offline.</li>` : "",
  ].join("");
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Dossier</title>
<style>body { font: 16px/1.5 system-ui, sans-serif; max-width: 40em; margin: 3em auto; padding: 0 1em; }</style></head>
<body>
<h1>Dossier</h1>
<p>A GraphQL knowledge graph of geopolitical news: who met whom, who said what, what happened, each fact cited.</p>
${explorers ? `<p>Explore the API in a browser:</p><ul>${explorers}</ul>` : ""}
<p>Programs send GraphQL requests (POST, JSON) to <code>/graphql</code>, and subscriptions over WebSocket (graphql-ws) to the same path.</p>
</body>
</html>`;
}

/** GET / (a page that leads to the explorers) and, when configured, GraphiQL at /graphiql. */
export function explorerRoutes(config: ExplorerConfig): Router {
  const router = express.Router();
  const home = homePage(config);
  router.get("/", (_req, res) => {
    res.type("html").send(home);
  });
  if (config.graphiql) {
    router.use(
      "/graphiql",
      express.static(graphiqlBuild, {
        // Built assets carry a content hash in their names; the page itself must be revalidated.
        maxAge: "1y",
        immutable: true,
        setHeaders: (res, file) => {
          if (file.endsWith(".html")) res.setHeader("cache-control", "no-cache");
        },
      }),
      (_req, res) => {
        if (existsSync(path.join(graphiqlBuild, "index.html"))) res.sendStatus(404);
        else res.status(503).type("text").send("GraphiQL is not built in this installation: run `npm run build:explorer` (npm ci runs it).\n");
      },
    );
  }
  return router;
}
