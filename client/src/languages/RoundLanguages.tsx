/**
 * The languages a consultation round offers its text in (issue 15), on the round's page: the
 * round's own version first, then each language version's saved version offered beside it,
 * each with a link to the public page in that language. Coordinators (`translation.manage`,
 * here with `round.manage`) offer another language until the round closes: one of the
 * document's language versions not offered yet, at one of its saved versions (a consultation
 * reads frozen text in every language).
 */
import type { Locale, Round, RoundLanguage, Version } from '@accord/schema';
import { useEffect, useId, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { announcer } from '../a11y/announcer.js';
import { SelectField } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { useT } from '../i18n/useT.js';
import { Link, paths } from '../router.js';
import { useAsync } from '../useAsync.js';
import { listVersions } from '../versions/api.js';
import { versionPaths } from '../versions/paths.js';
import { getFamily, getRoundLanguages, offerRoundLanguage } from './api.js';
import { useLanguageName } from './names.js';
import './languages.css';

export function RoundLanguages({
  round,
  documentId,
  canManage,
}: {
  round: Round;
  documentId: string;
  canManage: boolean;
}) {
  const t = useT();
  const name = useLanguageName();
  const headingId = useId();
  const [offered, setOffered] = useState<RoundLanguage[] | null>(null);
  const listed = useAsync((signal) => getRoundLanguages(round.id, signal), [round.id]);
  useEffect(() => {
    if (listed.status === 'done') setOffered(listed.value.languages);
  }, [listed]);
  const family = useAsync((signal) => getFamily(documentId, signal), [documentId]);

  const offerable =
    family.status === 'done' && offered
      ? family.value.versions.filter((v) => !offered.some((o) => o.language === v.language))
      : [];
  // Nothing to say about a round in one language that cannot be offered in another.
  if (!offered || (offered.length < 2 && (!canManage || offerable.length === 0 || round.state === 'closed')))
    return null;

  return (
    <section className="round-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('languages.round.heading')}</h2>
      <ul className="lv-family">
        {offered.map((o) => (
          <li key={o.language}>
            <span>{name(o.language)}</span>
            {o.original && <span className="lv-tag">{t('languages.family.original')}</span>}
            <bdi className="lv-muted">{o.name}</bdi>
            <Link href={`${paths.consult(round.id)}?language=${o.language}`}>
              {t('languages.round.openPublic', { language: o.language })}
            </Link>
          </li>
        ))}
      </ul>
      {canManage && round.state !== 'closed' && offerable.length > 0 && (
        <OfferLanguage
          roundId={round.id}
          versions={offerable}
          onOffered={(languages, language) => {
            setOffered(languages);
            announcer.say(t('languages.round.offered', { language }));
          }}
        />
      )}
    </section>
  );
}

function OfferLanguage({
  roundId,
  versions,
  onOffered,
}: {
  roundId: string;
  /** The document's language versions not offered yet. */
  versions: ReadonlyArray<{ documentId: string; language: Locale }>;
  onOffered: (languages: RoundLanguage[], language: Locale) => void;
}) {
  const t = useT();
  const name = useLanguageName();
  const headingId = useId();
  const [language, setLanguage] = useState<Locale>(versions[0]!.language);
  const chosen = versions.find((v) => v.language === language) ?? versions[0]!;
  const saved = useAsync((signal) => listVersions(chosen.documentId, signal), [chosen.documentId]);
  const list: readonly Version[] = saved.status === 'done' ? saved.value.versions : [];
  const [versionId, setVersionId] = useState('');
  const picked = list.some((v) => v.id === versionId) ? versionId : (list[0]?.id ?? '');
  const form = useSubmit(async () => {
    if (!picked) return;
    const answer = await offerRoundLanguage(roundId, { language: chosen.language, versionId: picked });
    onOffered(answer.languages, chosen.language);
  });

  return (
    <form className="lv-create" onSubmit={form.onSubmit} aria-labelledby={headingId}>
      <h3 id={headingId}>{t('languages.round.offerHeading')}</h3>
      <p className="lv-muted">{t('languages.round.offerHint')}</p>
      <SelectField
        label={t('languages.round.offerLanguage')}
        value={chosen.language}
        onChange={(e) => setLanguage(e.target.value as Locale)}
      >
        {versions.map((v) => (
          <option key={v.language} value={v.language}>
            {name(v.language)}
          </option>
        ))}
      </SelectField>
      {saved.status === 'done' && list.length === 0 ? (
        <p className="lv-muted">
          <FormattedMessage
            id="languages.round.noneSaved"
            values={{
              language: chosen.language,
              link: (chunks) => (
                <Link key="link" href={versionPaths.list(chosen.documentId)}>
                  {chunks}
                </Link>
              ),
            }}
          />
        </p>
      ) : (
        <SelectField
          label={t('languages.round.offerVersion')}
          value={picked}
          onChange={(e) => setVersionId(e.target.value)}
          disabled={saved.status !== 'done'}
        >
          {list.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </SelectField>
      )}
      <FormError problem={form.problem} inline />
      <button type="submit" className="btn btn-primary btn-small" disabled={form.busy || !picked}>
        {t('languages.round.offerSubmit')}
      </button>
    </form>
  );
}
