/**
 * A comment's author as shown beside it: name, stakeholder group and country, each isolated, so
 * an Arabic name beside an English group name (or the reverse) keeps its own order.
 */
import type { PublicComment } from '@accord/schema';
import { Fragment } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../i18n/useT.js';
import { authorParts } from './comments.js';

export function AuthorName({ author }: { author: PublicComment['author'] }) {
  const t = useT();
  const { locale } = useIntl();
  return (
    <>
      {authorParts(author, t, locale).map((part, i) => (
        <Fragment key={i}>
          {i > 0 && ' · '}
          <bdi>{part}</bdi>
        </Fragment>
      ))}
    </>
  );
}
