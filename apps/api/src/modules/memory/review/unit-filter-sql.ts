import type { MemoryUnitFilter } from '@interlinea/shared';

/** Which units a memory page shows: a project's (confirmed or imported there), or the shared memory. */
export type MemoryPageScope = { kind: 'project'; projectId: string } | { kind: 'shared' };

/**
 * The WHERE clause of the filters over `tm_unit u`, its parameters appended to `params` (so the
 * caller's own parameters keep their numbers). `pair`: the unit must hold both languages (the word
 * index implies it; browsing and regular expressions check it).
 */
export function unitFilterSql(scope: MemoryPageScope, filter: MemoryUnitFilter, params: unknown[], pair: boolean): string {
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where: string[] = [];
  if (scope.kind === 'project') where.push(`u.project_id = ${p(scope.projectId)}`);
  else {
    where.push('u.shared');
    if (filter.project) where.push(`u.project_id = ${p(filter.project)}`);
  }
  if (filter.retired === true) where.push('u.retired_at IS NOT NULL');
  if (filter.retired === false) where.push('u.retired_at IS NULL');
  if (filter.trusted !== null) where.push(`u.trusted = ${p(filter.trusted)}`);
  if (filter.origin) where.push(`u.origin = ${p(filter.origin)}`);
  if (filter.importId) where.push(`u.import_id = ${p(filter.importId)}`);
  if (filter.from) where.push(`u.changed_at >= ${p(filter.from)}::timestamptz`);
  if (filter.to) where.push(`u.changed_at < ${p(endOf(filter.to))}::timestamptz`);
  if (filter.author) where.push(`EXISTS (SELECT 1 FROM tm_variant a WHERE a.unit_id = u.id AND a.author_name = ${p(filter.author)})`);
  if (pair) {
    where.push(`EXISTS (SELECT 1 FROM tm_variant ps WHERE ps.unit_id = u.id AND ps.language = ${p(filter.source)})`);
    where.push(`EXISTS (SELECT 1 FROM tm_variant pt WHERE pt.unit_id = u.id AND pt.language = ${p(filter.target)})`);
  }
  return where.join(' AND ');
}

/** A date alone (`2026-12-03`) means the whole day: up to the next one. */
function endOf(to: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(to)) return to;
  const next = new Date(`${to}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
}
