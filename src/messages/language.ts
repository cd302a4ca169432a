/** The languages the tool speaks: Vietnamese for the department's staff, English for everyone else. */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** True for a language the tool speaks. */
export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/**
 * Returns the language a locale name asks for: Vietnamese for "vi", "vi_VN.UTF-8", "vi-VN"; English for any other
 * ("C", "en_US.UTF-8", "fr-FR"), as the tool speaks no third language.
 */
export function languageOfLocale(locale: string): Language {
  return /^vi(?:[-_.@]|$)/i.test(locale) ? 'vi' : 'en';
}

/** Where the language may be set, from the strongest to the weakest. */
export interface LanguageSources {
  /** --lang on the command line. */
  flag?: Language | undefined;
  /** "lang" in hatinh-report.config.json. */
  config?: Language | undefined;
  /** The environment: LC_ALL, LC_MESSAGES and LANG, as on Linux and macOS. */
  env: Record<string, string | undefined>;
  /**
   * The system's locale as Node sees it (on Windows, the user's region setting), e.g. "vi-VN": asked only when
   * nothing above names a language, as starting ICU's locale data costs some 20 ms of a run.
   */
  systemLocale: () => string;
}

/**
 * Returns the language of the tool's messages: --lang, else the configuration file, else the locale of the
 * environment (the first of LC_ALL, LC_MESSAGES, LANG that is set, as POSIX orders them), else the system's.
 */
export function chooseLanguage(sources: LanguageSources): Language {
  if (sources.flag) return sources.flag;
  if (sources.config) return sources.config;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = sources.env[name];
    if (value !== undefined && value !== '') return languageOfLocale(value);
  }
  return languageOfLocale(sources.systemLocale());
}
