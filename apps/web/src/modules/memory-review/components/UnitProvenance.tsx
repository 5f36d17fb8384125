import type { MemoryUnitDetail } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormatDate } from '../../ui';

/** Where a unit came from (segment, TMX file, alignment), who changed it, vouched for or retired it, and how often it was used. */
export function UnitProvenance({ unit }: { unit: MemoryUnitDetail }) {
  const { t } = useTranslation('memoryReview');
  const formatDate = useFormatDate();
  const { segment, tmx, alignment } = unit.provenance;
  return (
    <section aria-labelledby="memory-provenance-title">
      <h3 id="memory-provenance-title" className="memory-pane__section">
        {t('unit.provenance')}
      </h3>
      <ul className="memory-provenance small" data-testid="unit-provenance">
        {segment && (
          <li>
            {t('unit.segment', { index: segment.index + 1, document: segment.documentName })} —{' '}
            <Link to={segment.editorPath} data-testid="unit-editor-link">
              {t('unit.openEditor')}
            </Link>
          </li>
        )}
        {tmx && (
          <li>
            {t('unit.tmxFile', { file: tmx.fileName ?? '—' })}
            {tmx.importedAt && `, ${t('unit.imported', { name: tmx.importedBy ?? '—', date: formatDate(tmx.importedAt) })}`}
            {tmx.tuid && ` · ${t('unit.tuid', { tuid: tmx.tuid })}`}
            {tmx.props.map((p) => (
              <div key={`${p.type}=${p.value}`} className="memory-prop">
                &lt;prop type="{p.type}"&gt; {p.value}
              </div>
            ))}
            {tmx.notes.map((n) => (
              <div key={n} className="memory-prop">
                &lt;note&gt; {n}
              </div>
            ))}
          </li>
        )}
        {alignment && (
          <li>
            {t('unit.alignment')} — <Link to={alignment.path}>{t('unit.openAlignment')}</Link>
          </li>
        )}
        {unit.authorName && <li>{t('unit.changed', { name: unit.authorName, date: formatDate(unit.updatedAt) })}</li>}
        {unit.trusted && unit.vouchedBy && <li>{t('unit.vouchedBy', { name: unit.vouchedBy, date: formatDate(unit.vouchedAt ?? unit.updatedAt) })}</li>}
        {!unit.trusted && <li>{t('unit.untrusted')}</li>}
        {unit.retired && <li>{t('unit.retiredBy', { name: unit.retiredBy ?? '—', date: formatDate(unit.retiredAt ?? unit.updatedAt) })}</li>}
        <li data-testid="unit-insertions">{t('unit.insertions', { count: unit.insertions })}</li>
      </ul>
    </section>
  );
}
