/**
 * Which language the CLI speaks, decided before anything is printed (a usage error is already in
 * the user's language):
 *
 * 1. `--locale en|ru` on the command line (read from argv before parsing it);
 * 2. `ATTACHE_LOCALE`;
 * 3. the system locale: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty
 *    (POSIX order: LC_ALL overrides LC_MESSAGES, which overrides LANG), when it names Russian
 *    (`ru_RU.UTF-8`, `ru`);
 * 4. English.
 *
 * An English or `C`/`POSIX` system locale is the default of most servers, containers and CI
 * images and says little about the reader, so it does not count as a choice: for a text's own
 * output (findings, summaries, checklists) a Russian text then gets Russian, as it does with no
 * locale at all. `--locale en` or `ATTACHE_LOCALE=en` force English everywhere.
 */
import { isMessageLocale, type MessageLocale } from './messages.js';

export interface LocaleChoice {
  locale: MessageLocale;
  /** 'flag' and 'env' (ATTACHE_LOCALE) are explicit; 'system' is a Russian system locale. */
  source: 'flag' | 'env' | 'system' | 'default';
}

/** The value of `--locale X` or `--locale=X` in argv (after `--`, nothing counts). */
export function localeFlag(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--locale') found = argv[i + 1];
    else if (a.startsWith('--locale=')) found = a.slice('--locale='.length);
  }
  return found;
}

/** `ru_RU.UTF-8` → 'ru'; `C`, `POSIX`, `en_US` → 'en'; an unknown language → undefined. */
export function fromPosix(value: string): MessageLocale | undefined {
  const lang = value.split(/[_.@-]/)[0]!.toLowerCase();
  if (lang === 'c' || lang === 'posix') return 'en';
  return isMessageLocale(lang) ? lang : undefined;
}

export function chooseLocale(argv: readonly string[], env: Record<string, string | undefined>): LocaleChoice {
  const flag = localeFlag(argv);
  if (flag !== undefined && isMessageLocale(flag)) return { locale: flag, source: 'flag' };
  const own = env['ATTACHE_LOCALE'];
  if (own) {
    const l = isMessageLocale(own) ? own : fromPosix(own);
    if (l) return { locale: l, source: 'env' };
  }
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const v = env[name];
    if (!v) continue;
    return fromPosix(v) === 'ru' ? { locale: 'ru', source: 'system' } : { locale: 'en', source: 'default' };
  }
  return { locale: 'en', source: 'default' };
}
