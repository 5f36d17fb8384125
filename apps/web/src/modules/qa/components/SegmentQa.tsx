import type { Language } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useQaContext } from '../hooks/use-qa-context';
import { useSegmentFindings } from '../hooks/use-segment-findings';
import { findingMessage } from '../utils/finding-text';
import { FindingSpot } from './FindingSpot';
import { SeverityIcon } from './SeverityIcon';

interface SegmentQaProps {
  segmentId: string;
  source: string;
  /** The translation as typed. */
  text: string;
  sourceLang: string;
  lang: string;
}

/** QA findings of the active segment's translation, under the target, while typing: message and the spot highlighted. */
export function SegmentQa({ segmentId, source, text, sourceLang, lang }: SegmentQaProps) {
  const { t } = useTranslation();
  const { documentId = '' } = useParams();
  const context = useQaContext(documentId, lang as Language);
  const { open, ignored } = useSegmentFindings(segmentId, source, text, sourceLang as Language, lang as Language, context.data);
  if (open.length === 0 && ignored.length === 0) return null;
  return (
    <div className="segment-qa" data-testid="segment-qa">
      {open.length > 0 && (
        <ul className="segment-qa__list" aria-label={t('qa:panel.label')}>
          {open.map((finding, i) => (
            <li
              key={`${finding.code}-${finding.start}-${i}`}
              className={`segment-qa__finding segment-qa__finding--${finding.severity}`}
              data-testid="qa-finding"
              data-code={finding.code}
              data-severity={finding.severity}
            >
              <SeverityIcon severity={finding.severity} />
              <span className="segment-qa__message">{findingMessage(t, finding)}</span>
              <FindingSpot text={text} start={finding.start} end={finding.end} lang={lang} />
            </li>
          ))}
        </ul>
      )}
      {ignored.length > 0 && <p className="segment-qa__ignored muted small">{t('qa:panel.ignoredCount', { count: ignored.length })}</p>}
    </div>
  );
}
