import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress } from "node:zlib";

/** A path inside single quotes for /bin/sh, whatever it holds. */
const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** Writes a file whole or not at all: another build may run the launcher while this one writes it. */
function writeAtomically(file: string, text: string, mode: number): void {
  const temporary = `${file}.${process.pid}`;
  writeFileSync(temporary, text, { mode });
  renameSync(temporary, file);
}

/** Unpacks a `.tar.br` into `dir`, via a folder of its own renamed into place, so a half-unpacked `dir` is never seen. */
async function unpackTarBrotli(archive: string, dir: string): Promise<void> {
  // Imported here: tar-fs is optional, like the package it unpacks.
  const { extract } = await import("tar-fs");
  const temporary = `${dir}.${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  await pipeline(createReadStream(archive), createBrotliDecompress(), extract(temporary));
  try {
    renameSync(temporary, dir);
  } catch {
    // Another build unpacked it first.
    rmSync(temporary, { recursive: true, force: true });
  }
}

/**
 * The Chromium inside `@sparticuz/chromium`, unpacked on first use (about 1.5 s and
 * 200 MB); undefined where the package is not installed (it is optional, and only for
 * Linux x64) or cannot unpack there. The package unpacks into the temporary folder and
 * reuses whatever binary it finds there under its name, so it is pointed at a folder of
 * this project's own, named after the package's version: never another user's file or
 * another version's, and `--version` is asked before the binary is trusted.
 *
 * What is returned is a launcher script beside the binary, because the binary alone needs
 * libraries a bare Linux machine lacks (NSS and NSPR: "libnspr4.so: file too short" with
 * them hidden) and fonts to measure text with. The package carries both, for AWS Lambda:
 * the libraries in `al2023.tar.br`, unpacked here only on Lambda, and Open Sans. The
 * launcher puts those libraries first on the library path and adds Open Sans after the
 * system's own fonts, so a machine with fonts measures labels with them, as the system
 * Chromium would, and a machine with none still has one.
 */
export async function bundledChromium(): Promise<string | undefined> {
  if (process.platform !== "linux" || process.arch !== "x64") return undefined;
  const saved = process.env.TMPDIR;
  try {
    const { default: chromium } = (await import("@sparticuz/chromium")) as { default: { executablePath(): Promise<string> } };
    // Its package.json is not exported; it sits two folders above the entry point, beside bin/.
    const entry = createRequire(import.meta.url).resolve("@sparticuz/chromium");
    const packageDir = path.join(path.dirname(entry), "..", "..");
    const { version } = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string };
    const dir = path.resolve("node_modules/.cache/escalation-kit", `chromium-${version}`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    process.env.TMPDIR = dir;
    const binary = await chromium.executablePath();

    const libraries = path.join(dir, "al2023");
    if (!existsSync(path.join(libraries, "lib", "libnss3.so")))
      await unpackTarBrotli(path.join(packageDir, "bin", "al2023.tar.br"), libraries);
    const fontsConf = path.join(dir, "escalation-kit-fonts.conf");
    writeAtomically(
      fontsConf,
      [
        '<?xml version="1.0"?>',
        '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
        "<fontconfig>",
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
        `  <dir>${path.join(dir, "fonts")}</dir>`,
        `  <cachedir>${path.join(dir, "fonts-cache")}</cachedir>`,
        "</fontconfig>",
        "",
      ].join("\n"),
      0o600,
    );
    const launcher = path.join(dir, "chromium-launcher");
    writeAtomically(
      launcher,
      [
        "#!/bin/sh",
        "# Written by escalation-kit (src/render/bundled-chromium.ts): the packaged Chromium with its own libraries and fonts.",
        `LD_LIBRARY_PATH=${shellQuote(path.join(libraries, "lib"))}\${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}`,
        `FONTCONFIG_FILE=${shellQuote(fontsConf)}`,
        "export LD_LIBRARY_PATH FONTCONFIG_FILE",
        `exec ${shellQuote(binary)} "$@"`,
        "",
      ].join("\n"),
      0o700,
    );
    const check = spawnSync(launcher, ["--version"], { encoding: "utf8", timeout: 30_000 });
    return check.status === 0 && /Chromium/.test(check.stdout) ? launcher : undefined;
  } catch {
    return undefined;
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
}
