import type { InlineCodeInfo, Language } from '@interlinea/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CodedText } from '../../code-chips';
import { useSegmentGlossary } from '../hooks/use-segment-glossary';
import { termPieces } from '../utils/term-ranges';

interface GlossarySourceProps {
  segmentId: string;
  lang: Language;
  text: string;
  codes: readonly InlineCodeInfo[];
}

/** The active segment's source with its glossary terms underlined; hovering (or focusing) one shows its translation. */
export function GlossarySource({ segmentId, lang, text, codes }: GlossarySourceProps) {
  const { t } = useTranslation();
  const glossary = useSegmentGlossary(segmentId, lang);
  const pieces = useMemo(() => termPieces(text, glossary.data?.terms ?? []), [text, glossary.data]);
  return (
    <>
      {pieces.map((piece, i) => {
        if (!piece.term) return <CodedText key={i} text={piece.text} codes={codes} />;
        const tip = piece.term.note
          ? t('glossary:source.tipWithNote', { target: piece.term.targetTerm, note: piece.term.note })
          : t('glossary:source.tip', { target: piece.term.targetTerm });
        return (
          <span key={i} className="glossary-term" title={tip} aria-description={tip} data-testid="glossary-term" data-term-id={piece.term.id}>
            <CodedText text={piece.text} codes={codes} />
          </span>
        );
      })}
    </>
  );
}
