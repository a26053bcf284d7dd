import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useHistorySelector } from '@docusaurus/theme-common';
import { useAlternatePageUtils } from '@docusaurus/theme-common/internal';
import IconLanguage from '@theme/Icon/Language';
import styles from './styles.module.css';

interface Props {
  readonly mobile?: boolean;
}

/** Short names for the narrow navbar; a locale not listed shows its full label. */
const SHORT_LABELS: Readonly<Record<string, string>> = { en: 'EN', 'zh-Hans': '中文' };

/**
 * The other language, one tap away in the phone-width navbar, where the theme moves the locale
 * dropdown into the hamburger menu. It links to the same page and #section in the other locale
 * exactly as the dropdown does (the alternate page URL plus the current query and hash); the
 * locales are separate sites, so the link is a full page load (`pathname://`). Hidden on wide
 * screens, where the dropdown is in the navbar, and inside the menu, which lists the languages.
 */
export default function LocaleSwitchNavbarItem({ mobile }: Props): ReactNode {
  const {
    i18n: { currentLocale, locales, localeConfigs },
  } = useDocusaurusContext();
  const alternatePageUtils = useAlternatePageUtils();
  const search = useHistorySelector((history) => history.location.search);
  const hash = useHistorySelector((history) => history.location.hash);
  if (mobile) return null;
  return (
    <div className={styles.switch}>
      {locales
        .filter((locale) => locale !== currentLocale)
        .map((locale) => {
          const { label, htmlLang } = localeConfigs[locale] ?? { label: locale, htmlLang: locale };
          const path = alternatePageUtils.createUrl({ locale, fullyQualified: false });
          return (
            <Link
              key={locale}
              to={`pathname://${path}${search}${hash}`}
              // As the dropdown: same tab, and the path already holds the other locale's baseUrl.
              target="_self"
              autoAddBaseUrl={false}
              className={styles.link}
              hrefLang={htmlLang}
              aria-label={translate(
                {
                  id: 'book.localeSwitch.ariaLabel',
                  message: '切换语言：{language}',
                  description: 'Accessible name of the compact language switch in the phone navbar',
                },
                { language: label },
              )}
            >
              <IconLanguage className={styles.icon} width={16} height={16} aria-hidden="true" />
              <span lang={htmlLang}>{SHORT_LABELS[locale] ?? label}</span>
            </Link>
          );
        })}
    </div>
  );
}
