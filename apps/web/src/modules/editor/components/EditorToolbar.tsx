import type { EditionProgress, Language } from '@interlinea/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PublicationsLink } from '../../editions';
import { QaReportLink } from '../../qa';
import { ProgressBar } from '../../ui';

interface EditorToolbarProps {
  documentId: string;
  title: string;
  projectId: string;
  lang: Language;
  languages: Language[];
  progress: EditionProgress;
  onHelp: () => void;
  /** Whether the server can be reached, and what waits to be sent. */
  connectionStatus?: ReactNode;
}

/** Document title, edition switcher, live progress, shortcut help (the filters are in the filter bar below). */
export function EditorToolbar({ documentId, title, projectId, lang, languages, progress, onHelp, connectionStatus }: EditorToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="editor-bar">
      <div className="editor-bar__title">
        <Link to={`/projects/${projectId}`} className="editor-bar__back" aria-label={t('editor:backToProject')}>
          ←
        </Link>
        <h1 title={title}>{title}</h1>
      </div>
      <nav className="edition-switch" aria-label={t('editor:editionSwitch')}>
        {languages.map((l) => (
          <Link
            key={l}
            to={`/documents/${documentId}/${l}`}
            className="edition-switch__option"
            aria-current={l === lang ? 'page' : undefined}
            title={t(`common:language.${l}`)}
            data-testid="edition-link"
          >
            {l.toUpperCase()}
          </Link>
        ))}
      </nav>
      <div className="editor-bar__progress">
        <ProgressBar progress={progress} />
      </div>
      {connectionStatus}
      <QaReportLink documentId={documentId} lang={lang} />
      <PublicationsLink documentId={documentId} />
      <button type="button" className="button button--ghost" onClick={onHelp} aria-label={t('editor:shortcuts.title')} title="? / F1">
        ?
      </button>
    </div>
  );
}
