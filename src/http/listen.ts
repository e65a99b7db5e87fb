import type http from "node:http";

/** The port cannot be had; one line says which and why. */
export class ListenError extends Error {}

export function listen(httpServer: http.Server, { host, port }: { host: string; port: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    httpServer.once("error", (error: NodeJS.ErrnoException) =>
      reject(new ListenError(`Cannot listen on ${host}:${port}: ${error.code === "EADDRINUSE" ? "the port is in use" : error.message}`)),
    );
    httpServer.listen(port, host, resolve);
  });
}
