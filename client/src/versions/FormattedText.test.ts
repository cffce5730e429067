import { catalogs } from '@accord/i18n/all';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { BracketAlternatives, FormattedText } from './FormattedText.js';

const render = (element: ReactElement, locale: 'en' | 'fr' = 'en') =>
  renderToStaticMarkup(createElement(IntlProvider, { locale, messages: catalogs[locale] }, element));

describe('FormattedText', () => {
  const block = {
    text: '<script>alert(1)</script> bold\nlink evil shall',
    runs: [
      { text: '<script>alert(1)</script> ' },
      { text: 'bold', marks: ['bold' as const, 'underline' as const] },
      { text: '\n' },
      { text: 'link', href: 'https://igf.example/?a="b"' },
      { text: ' ' },
      { text: 'evil', href: 'javascript:alert(1)' },
      { text: ' ' },
      { text: 'shall', bracket: 'b1' },
    ],
  };
  const html = render(createElement(FormattedText, { block }));

  it('escapes typed markup and keeps marks as elements', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; <strong><u>bold</u></strong><br/>');
    expect(html).not.toContain('<script>');
  });
  it('links only to safe targets, with rel', () => {
    expect(html).toContain('<a href="https://igf.example/?a=%22b%22" rel="noopener noreferrer nofollow">link</a>');
    expect(html).not.toMatch(/javascript/i);
    expect(html).toContain(' evil ');
  });
  it('shows a bracket as a labelled group whose text is only the bracketed words', () => {
    expect(html).toContain(
      '<span class="bracketed" role="group" aria-label="bracketed: not agreed" title="Bracketed: not agreed" data-bracket-id="b1">shall</span>',
    );
  });
  it('reads versions saved before runs, brackets included', () => {
    expect(
      render(
        createElement(FormattedText, {
          block: {
            text: 'We shall',
            segments: [
              { text: 'We ', bracket: false },
              { text: 'shall', bracket: true },
            ],
          },
        }),
      ),
    ).toBe(
      'We <span class="bracketed" role="group" aria-label="bracketed: not agreed" title="Bracketed: not agreed">shall</span>',
    );
  });
});

describe('BracketAlternatives', () => {
  it('lists the alternatives as Alt 1 / Alt 2, escaped', () => {
    const html = render(
      createElement(BracketAlternatives, {
        block: {
          ...{ text: 'shall', runs: [{ text: 'shall', bracket: 'b1' }] },
          alternatives: [{ bracket: 'b1', texts: ['should', '<b>may</b>'] }],
        },
      }),
    );
    expect(html).toContain(
      'Alternatives to <span class="bracketed-quote">[<bdi>shall</bdi>]</span>: <span class="bracket-alternative"><strong>Alt 1</strong> <bdi>should</bdi></span> / <span class="bracket-alternative"><strong>Alt 2</strong> <bdi>&lt;b&gt;may&lt;/b&gt;</bdi></span>',
    );
  });
  it('says it in the page’s language', () => {
    const html = render(
      createElement(BracketAlternatives, {
        block: {
          text: 'shall',
          runs: [{ text: 'shall', bracket: 'b1' }],
          alternatives: [{ bracket: 'b1', texts: ['should'] }],
        },
      }),
      'fr',
    );
    expect(html).toContain('<bdi>should</bdi>');
    expect(html).not.toContain('Alternatives to');
    expect(
      render(
        createElement(FormattedText, { block: { text: 'shall', runs: [{ text: 'shall', bracket: 'b1' }] } }),
        'fr',
      ),
    ).not.toContain('not agreed');
  });
  it('shows nothing without alternatives', () => {
    expect(render(createElement(BracketAlternatives, { block: { text: 'x' } }))).toBe('');
  });
});
