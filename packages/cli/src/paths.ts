/**
 * Where this package's files are. Normally next to this module; when the CLI runs from a V8
 * startup snapshot (see snapshot.ts) modules have no URL of their own, and the launcher passes
 * the dist directory in ATTACHE_DIST_URL instead.
 */
let fromSnapshot: string | undefined;

/** Called by the snapshot's entry point with the dist directory's file URL. */
export function setDistUrl(url: string): void {
  fromSnapshot = url.endsWith('/') ? url : `${url}/`;
}

/** True in a run started from the startup snapshot. */
export function inSnapshot(): boolean {
  return fromSnapshot !== undefined;
}

/** URL of the package's dist/ directory (with a trailing slash). */
export function distUrl(): URL {
  return new URL(fromSnapshot ?? new URL('.', import.meta.url).href);
}

/** A file of the package, relative to dist/: distFile('../package.json'). */
export function distFile(relative: string): URL {
  return new URL(relative, distUrl());
}
