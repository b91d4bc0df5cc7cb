// External validators the format tests run (xmllint, epubcheck, Chromium). One probe each, shared
// by every test file. Where a tool is missing, its tests are skipped with a warning on a developer's
// machine, but FAIL under CI (CI=true), which installs them: a validation that silently did not run
// must never pass CI.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Read at each call, not at import: test files share a worker (vitest.config.ts) and stub CI. */
const required = () => process.env.CI === 'true' || process.env.CI === '1' || process.env.REQUIRE_TOOLS === '1';

function present(name: string, found: boolean, file: string): boolean {
  if (found) return true;
  if (required()) throw new Error(`${file}: ${name} is required where these tests run (CI installs it); install it or unset CI`);
  console.warn(`${file}: ${name} is not installed; its tests are SKIPPED`);
  return false;
}

let xmllintFound: boolean | undefined;
/** Whether xmllint runs; throws under CI when it does not. */
export function hasXmllint(file: string): boolean {
  xmllintFound ??= spawnSync('xmllint', ['--version']).status === 0;
  return present('xmllint', xmllintFound, file);
}

let epubcheck: [string, string[]] | null | undefined;
/**
 * How to run epubcheck: Debian's /usr/bin/epubcheck is a jar (a symlink to epubcheck.jar), run
 * directly where the system can, else through `java -jar`. Null when missing (throws under CI).
 */
export function epubcheckCommand(file: string): [string, string[]] | null {
  if (epubcheck === undefined) {
    const works = (cmd: string, args: string[]) =>
      /EPUBCheck v/.test(spawnSync(cmd, [...args, '--version'], { encoding: 'utf8' }).stdout ?? '');
    epubcheck = works('epubcheck', []) ? ['epubcheck', []] : null;
    for (const jar of [process.env.EPUBCHECK_JAR, '/usr/bin/epubcheck', '/usr/share/java/epubcheck.jar']) {
      if (epubcheck) break;
      if (jar && existsSync(jar) && works('java', ['-jar', jar])) epubcheck = ['java', ['-jar', jar]];
    }
  }
  return present('epubcheck', epubcheck !== null, file) ? epubcheck : null;
}

/** Whether the given Chromium binary runs; throws under CI when it does not. */
export function hasChromium(browser: string | null | undefined, file: string): boolean {
  return present('Chromium', !!browser && spawnSync(browser, ['--version']).status === 0, file);
}
