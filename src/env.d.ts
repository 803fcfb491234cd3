/// <reference types="astro/client" />

/** `tar-fs` ships no types; the packaged Chromium's libraries are unpacked with `extract` only. */
declare module "tar-fs" {
  export function extract(dir: string): NodeJS.WritableStream;
}
