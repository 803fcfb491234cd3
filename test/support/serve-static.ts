import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on a free loopback port, as any static host would. With `base`
 * (e.g. "/policies/") the site is served under that path only, as on a host where it
 * shares the domain, and anything outside it is not found: a link that forgets the base
 * fails.
 */
export async function serveStatic(dir: string, base = "/"): Promise<StaticServer> {
  const handler = sirv(dir, { dev: false, etag: true, extensions: ["html"] });
  const notFound = (res: import("node:http").ServerResponse) => {
    res.statusCode = 404;
    res.end("Not found");
  };
  const server: Server = createServer((req, res) => {
    if (base !== "/") {
      if (!req.url?.startsWith(base)) return notFound(res);
      req.url = req.url.slice(base.length - 1);
    }
    handler(req, res, () => notFound(res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base === "/" ? "" : base.replace(/\/$/, "")}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
