/**
 * "Sources: Brazil IGF and EuroDIG · 1 divergence" as the page shows it: the sentence of the
 * page's language, each organisation's name isolated (`<bdi>`), so an Arabic organisation in an
 * English sentence, or the reverse, keeps its own order. Its text is `sourcesLabel`'s.
 */
import type { BlockSource } from '@accord/schema';
import { FormattedMessage, useIntl } from 'react-intl';

export function SourcesText({
  sources,
  divergences = 0,
}: {
  sources: readonly Pick<BlockSource, 'organisation'>[];
  /** How many divergences are recorded on the paragraph; said after the sources when any. */
  divergences?: number;
}) {
  const intl = useIntl();
  const names = [...new Set(sources.map((s) => s.organisation))];
  const list = intl.formatList(
    names.map((name) => <bdi key={name}>{name}</bdi>),
    { type: 'conjunction' },
  );
  const label = <FormattedMessage id="compilation.sources.label" values={{ count: names.length, names: list }} />;
  if (divergences === 0) return label;
  return <FormattedMessage id="compilation.sources.withDivergences" values={{ sources: label, count: divergences }} />;
}
