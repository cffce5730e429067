import { catalogs } from '@accord/i18n/all';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { TimeInputHint } from './TimeInputHint.js';

const hint = (locale: 'en' | 'fr' | 'zh', value: string, timeZone: string) =>
  renderToStaticMarkup(
    createElement(
      IntlProvider,
      { locale, messages: catalogs[locale] },
      createElement(TimeInputHint, { value, timeZone }),
    ),
  );

describe('TimeInputHint', () => {
  it('reads the typed time back and names the zone with the offset in force then', () => {
    const winter = hint('en', '2026-12-02T14:45', 'Europe/Zurich');
    expect(winter).toMatch(/Wednesday, December 2, 2026.*2:45/);
    expect(winter).toContain('Times are shown in Central European Standard Time (UTC+01:00).');
    // A closing time after the summer change shows the summer offset.
    expect(hint('en', '2026-07-02T14:45', 'Europe/Zurich')).toContain('Central European Summer Time (UTC+02:00)');
  });

  it('in the page’s language', () => {
    const fr = hint('fr', '2026-12-02T14:45', 'Europe/Zurich');
    expect(fr).toContain('mercredi 2 décembre 2026');
    expect(fr).toContain('heure normale d’Europe centrale (UTC+01:00)');
    expect(hint('zh', '2026-12-02T14:45', 'Asia/Shanghai')).toContain('（UTC+08:00）');
  });

  it('names the zone even while the field cannot be read', () => {
    expect(hint('en', '', 'Africa/Nairobi')).toContain('East Africa Time (UTC+03:00)');
  });
});
