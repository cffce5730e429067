/**
 * The document's languages, in the row of its views: a button naming the language it is
 * written in, opening the family — the original and every language version the person may
 * read, each a link with how far its translation is ("3 of 12 paragraphs translated") — and,
 * for those who may (`translation.manage`, on an original), "New language version".
 */
import type { DocumentRecord, LanguageVersion } from '@accord/schema';
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/useT.js';
import { Link, navigate, paths } from '../router.js';
import { useLanguageName } from './names.js';
import { NewLanguageVersion } from './NewLanguageVersion.js';
import { useFamily } from './useFamily.js';
import './languages.css';

export function LanguageMenu({
  document: doc,
  canManage,
}: {
  document: DocumentRecord;
  /** `translation.manage`: may make language versions (of an original). */
  canManage: boolean;
}) {
  const t = useT();
  const name = useLanguageName();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(0);
  // Asked again each time the menu opens: progress moves as people translate.
  const { family, problem } = useFamily(doc.id, opened);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  // Closes on Escape (focus back on the button) and on a click elsewhere.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onDown = (e: MouseEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onDown);
    };
  }, [open]);

  const versions = family?.versions ?? [];
  const original = family?.original ?? null;
  const taken = [doc.language, ...versions.map((v) => v.language)];
  const created = (version: LanguageVersion) => {
    setOpen(false);
    navigate(paths.document(version.documentId));
  };

  return (
    <div className="lv-menu-box" ref={box}>
      <button
        ref={button}
        type="button"
        className="btn btn-small btn-quiet lv-menu-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setOpen(!open);
          if (!open) setOpened((n) => n + 1);
        }}
      >
        {t('languages.menu.button', { name: name(doc.language) })}
        <span className="lv-chevron" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div className="lv-menu" id={id}>
          <h2 className="visually-hidden">{t('languages.menu.label')}</h2>
          {problem && <p className="lv-problem">{problem}</p>}
          {!family && !problem && <p className="lv-muted">{t('common.loading')}</p>}
          {family && (
            <ul className="lv-family">
              {original && (
                <li>
                  <Link
                    href={paths.document(original.documentId)}
                    aria-current={original.documentId === doc.id ? 'page' : undefined}
                  >
                    {name(original.language)}
                  </Link>
                  <span className="lv-tag">{t('languages.family.original')}</span>
                </li>
              )}
              {versions.map((v) => (
                <li key={v.documentId}>
                  <Link href={paths.document(v.documentId)} aria-current={v.documentId === doc.id ? 'page' : undefined}>
                    {name(v.language)}
                  </Link>
                  <span className="lv-progress-text">
                    {t('languages.family.progress', { translated: v.translated, total: v.total })}
                  </span>
                  <meter
                    className="lv-meter"
                    min={0}
                    max={Math.max(1, v.total)}
                    value={v.translated}
                    aria-hidden="true"
                  />
                </li>
              ))}
            </ul>
          )}
          {family && versions.length === 0 && <p className="lv-muted">{t('languages.family.none')}</p>}
          {family && canManage && doc.originalId === null && (
            <NewLanguageVersion documentId={doc.id} taken={taken} onCreated={created} />
          )}
        </div>
      )}
    </div>
  );
}
