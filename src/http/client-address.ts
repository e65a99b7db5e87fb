import type { IncomingMessage } from "node:http";
import proxyAddr from "proxy-addr";
import type { Config } from "../config.js";

/**
 * The client address of an HTTP request or WebSocket upgrade: the socket's peer, or the address
 * X-Forwarded-For gives through the proxies TRUST_PROXY trusts (the semantics of Express's
 * `trust proxy`, by the library Express uses for it).
 */
export function clientAddress(trustProxy: Config["trustProxy"]): (request: IncomingMessage) => string {
  const trust = typeof trustProxy === "boolean" ? () => trustProxy
    : typeof trustProxy === "number" ? (_address: string, hop: number) => hop < trustProxy
      : proxyAddr.compile(trustProxy);
  return (request) => proxyAddr(request, trust);
}
