import type { MemoryUnitDetail, MemoryUnitRevision } from '@interlinea/shared';
import type { UnitDetailRow } from './memory-review.repository';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** A unit as its detail pane shows it: variants, where it came from, who vouched or retired it, and its history. */
export function unitDetail(row: UnitDetailRow, history: MemoryUnitRevision[]): MemoryUnitDetail {
  const meta = row.meta ?? {};
  const edition = row.variants.find((v) => v.language !== row.sourceLanguage)?.language;
  return {
    id: row.id,
    origin: row.origin,
    trusted: row.trusted,
    retired: row.retired,
    projectId: row.projectId,
    projectName: row.projectName,
    shared: row.shared,
    authorName: row.variants.find((v) => v.language === edition)?.authorName ?? row.variants[0]?.authorName ?? null,
    updatedAt: iso(row.updatedAt)!,
    createdAt: iso(row.createdAt)!,
    importId: row.importId,
    insertions: row.insertions,
    vouchedBy: row.vouchedBy,
    vouchedAt: iso(row.vouchedAt),
    retiredBy: row.retiredBy,
    retiredAt: iso(row.retiredAt),
    variants: row.variants.map((v) => ({
      language: v.language,
      text: v.text,
      authorName: v.authorName,
      updatedAt: iso(v.updatedAt)!,
      locale: v.locale,
      props: v.meta?.props ?? [],
      notes: v.meta?.notes ?? [],
    })),
    provenance: {
      segment:
        row.segmentId && row.documentId
          ? {
              segmentId: row.segmentId,
              documentId: row.documentId,
              documentName: row.documentName ?? '',
              index: row.segmentIndex ?? 0,
              editorPath: `/documents/${row.documentId}/${edition ?? row.sourceLanguage}?segment=${row.segmentId}`,
            }
          : null,
      tmx:
        row.origin === 'tmx' || row.importId !== null
          ? {
              importId: row.importId,
              fileName: row.fileName,
              importedBy: row.importedBy,
              importedAt: iso(row.importedAt),
              tuid: meta.tuid ?? null,
              props: meta.props ?? [],
              notes: meta.notes ?? [],
            }
          : null,
      alignment: meta.alignmentId ? { alignmentId: meta.alignmentId, path: `/alignments/${meta.alignmentId}` } : null,
    },
    history,
  };
}
