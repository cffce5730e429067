/**
 * A bracket's alternatives as people read them: "Alt 1: … — proposed by Mei Tanaka (Civil
 * society)". The server numbers them in order of proposal ("Alt 1"); the page says it in its
 * own language ("Variante 1").
 */
import type { BracketAlternative } from '@accord/schema';
import { FormattedMessage } from 'react-intl';
import { translate } from '../i18n/current.js';
import type { T } from '../i18n/useT.js';
import { Byline } from './Byline.js';

/** "Alt 2" in the page's language: the server's ordinal, else the alternative's place in the list. */
export function alternativeLabel(alt: Pick<BracketAlternative, 'label'>, index: number, t: T = translate): string {
  const ordinal = /\d+/.exec(alt.label)?.[0];
  return t('consensus.alternative.label', { number: ordinal ? Number(ordinal) : index + 1 });
}

/** One alternative with who proposed it; `quoted` puts its text in quotation marks (the register). */
export function AlternativeLine({
  alt,
  index,
  groupName,
  t,
  quoted = false,
}: {
  alt: BracketAlternative;
  index: number;
  groupName: (id: string) => string;
  t: T;
  quoted?: boolean;
}) {
  return (
    <FormattedMessage
      id={quoted ? 'consensus.alternative.quoted' : 'consensus.alternative.line'}
      values={{
        label: alternativeLabel(alt, index, t),
        text: <bdi key="text">{alt.text}</bdi>,
        byline: <Byline key="by" person={alt.proposedBy} group={groupName(alt.stakeholderGroup)} />,
        b: (chunks) => <strong key="b">{chunks}</strong>,
        muted: (chunks) => (
          <span key="muted" className="cs-muted">
            {chunks}
          </span>
        ),
      }}
    />
  );
}
