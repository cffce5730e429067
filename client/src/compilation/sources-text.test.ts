import { catalogs } from '@accord/i18n/all';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { SourcesText } from './SourcesText.js';

const render = (locale: 'en' | 'fr' | 'zh', props: Parameters<typeof SourcesText>[0]) =>
  renderToStaticMarkup(
    createElement(IntlProvider, { locale, messages: catalogs[locale] }, createElement(SourcesText, props)),
  );
const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('the sources under a compiled paragraph', () => {
  const three = [{ organisation: 'Brazil IGF' }, { organisation: 'EuroDIG' }, { organisation: 'Brazil IGF' }];

  it('names each organisation once, in order, as a list of the language', () => {
    expect(text(render('en', { sources: three }))).toBe('Sources: Brazil IGF and EuroDIG');
    expect(text(render('en', { sources: [{ organisation: 'EuroDIG' }] }))).toBe('Source: EuroDIG');
    expect(text(render('fr', { sources: three }))).toBe('Sources : Brazil IGF et EuroDIG');
    expect(text(render('zh', { sources: three }))).toBe('来源：Brazil IGF和EuroDIG');
  });

  it('isolates each name, and counts the divergences after them', () => {
    const html = render('en', { sources: [{ organisation: 'منتدى حوكمة الإنترنت العربي' }], divergences: 2 });
    expect(html).toBe('Source: <bdi>منتدى حوكمة الإنترنت العربي</bdi> · 2 divergences');
  });
});
