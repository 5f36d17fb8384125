import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  MemoryBulkRequest,
  MemoryBulkResult,
  MemoryBulkUndoResult,
  MemoryConflictList,
  MemoryConflictQuery,
  MemoryImportList,
  MemoryUnitDetail,
  MemoryUnitFilter,
  MemoryUnitPage,
  MemoryUnitQuery,
  PreferMemoryUnit,
  PreferMemoryUnitResult,
  UpdateMemoryUnit,
} from '@interlinea/shared';
import { AppException } from '../../../common/errors/app.exception';
import type { SessionUser } from '../../../common/http/current-user.decorator';
import { AccessService, allows } from '../../access/access.service';
import { MembershipRepository } from '../../access/membership.repository';
import { LedgerOutbox } from '../../ledger/ledger-outbox';
import { ProjectsService } from '../../projects/projects.service';
import { MemoryIndexRepository } from '../index/memory-index.repository';
import { MemoryReviewRepository } from './memory-review.repository';
import { MemoryUnitSearch } from './memory-unit-search';
import { unitDetail } from './unit-detail';
import type { MemoryPageScope } from './unit-filter-sql';

/** Units removed per statement set when deleting many. */
const DELETE_CHUNK = 2000;

type UnitAction = 'view' | 'review' | 'delete';

/** The units each bulk action changes, among those its filter keeps. */
const BULK_NARROWING: Record<MemoryBulkRequest['action'], Partial<MemoryUnitFilter>> = {
  retire: { retired: false },
  restore: { retired: true },
  vouch: { trusted: false },
  delete: {},
};

/**
 * Looking after the memory: browse and search it, correct, retire, restore, vouch and delete units,
 * one by one or by filter. Reviewers and managers of the unit's project review and correct;
 * managers delete; managers of any project (and admins) act on the shared memory; translators read.
 */
@Injectable()
export class MemoryReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly memberships: MembershipRepository,
    private readonly projects: ProjectsService,
    private readonly outbox: LedgerOutbox,
    private readonly reviews: MemoryReviewRepository,
    private readonly search: MemoryUnitSearch,
    private readonly index: MemoryIndexRepository,
  ) {}

  async units(user: SessionUser, scope: MemoryPageScope, query: MemoryUnitQuery): Promise<MemoryUnitPage> {
    await this.assertScope(user, scope, 'view');
    await this.outbox.settled(scope.kind === 'project' ? scope.projectId : null);
    return this.search.page(scope, query);
  }

  async imports(user: SessionUser, scope: MemoryPageScope): Promise<MemoryImportList> {
    await this.assertScope(user, scope, 'view');
    return { imports: await this.reviews.imports(scope) };
  }

  async conflicts(user: SessionUser, scope: MemoryPageScope, query: MemoryConflictQuery): Promise<MemoryConflictList> {
    await this.assertScope(user, scope, 'view');
    if (query.source === query.target) throw AppException.invalid('target', 'choose a target language other than the source language');
    const [side, other] = query.kind === 'targets' ? [query.source, query.target] : [query.target, query.source];
    const filter = { project: query.project, trusted: null, retired: false } as MemoryUnitFilter;
    const rows = await this.reviews.conflicts(scope, filter, side, other, query.limit);
    return {
      conflicts: rows.map((r) => ({
        text: r.text,
        units: r.units.map((u) => {
          const raw = u as unknown as { side: string; other: string };
          const [source, target] = query.kind === 'targets' ? [raw.side, raw.other] : [raw.other, raw.side];
          return { ...u, source, target, updatedAt: new Date(u.updatedAt).toISOString() };
        }),
      })),
    };
  }

  async unit(user: SessionUser, id: number): Promise<MemoryUnitDetail> {
    await this.assertUnits(user, [id], 'view');
    const row = await this.reviews.detail(id);
    if (!row) throw AppException.notFound('Memory unit');
    return unitDetail(row, await this.reviews.history(id));
  }

  /** Corrections keep a revision each; lookups see them at once (the word index is rewritten with the unit). */
  async update(user: SessionUser, id: number, change: UpdateMemoryUnit): Promise<MemoryUnitDetail> {
    await this.assertUnits(user, [id], 'review');
    await this.dataSource.transaction(async (manager) => {
      const unit = await this.reviews.storedUnit(id, manager);
      if (!unit) throw AppException.notFound('Memory unit');
      const corrections = Object.entries(change.variants ?? {}).flatMap(([language, text]) => {
        const variant = unit.variants.find((v) => v.language === language);
        if (!variant) throw AppException.invalid(`variants.${language}`, `the unit has no ${language} variant`);
        if (variant.text === text) return [];
        const before = variant.text;
        Object.assign(variant, { text, authorName: user.displayName, updatedAt: new Date() });
        return [{ unitId: id, kind: 'corrected' as const, language, before, after: text }];
      });
      if (corrections.length > 0) {
        await this.index.removeUnits([id], manager, [id]);
        await this.index.store([{ ...unit, id }], manager);
        await this.reviews.addRevisions(corrections, user.displayName, manager);
      }
      if (change.retired !== undefined && (await this.reviews.setRetired([id], change.retired, user.displayName, manager)).length > 0) {
        await this.reviews.addRevisions([{ unitId: id, kind: change.retired ? 'retired' : 'restored' }], user.displayName, manager);
      }
      if (change.trusted !== undefined && (await this.reviews.setTrusted([id], change.trusted, user.displayName, manager)).length > 0) {
        await this.reviews.addRevisions([{ unitId: id, kind: change.trusted ? 'vouched' : 'unvouched' }], user.displayName, manager);
      }
    });
    return this.unit(user, id);
  }

  async remove(user: SessionUser, id: number): Promise<void> {
    await this.assertUnits(user, [id], 'delete');
    await this.dataSource.transaction((manager) => this.index.removeUnits([id], manager));
  }

  /** This unit wins its conflict: the others of the group (active ones) are retired, each with a revision. */
  async prefer(user: SessionUser, id: number, request: PreferMemoryUnit): Promise<PreferMemoryUnitResult> {
    const [unit] = await this.assertUnits(user, [id], 'review');
    const [side, other] = request.kind === 'targets' ? [request.source, request.target] : [request.target, request.source];
    const scope: MemoryPageScope = { kind: 'project', projectId: unit.projectId };
    const partners = await this.reviews.conflictPartners(id, side, other, unit.shared ? { kind: 'shared' } : scope);
    if (partners.length > 0) await this.assertUnits(user, partners, 'review');
    const retired = await this.dataSource.transaction(async (manager) => {
      const done = await this.reviews.setRetired(partners, true, user.displayName, manager);
      await this.reviews.addRevisions(
        [{ unitId: id, kind: 'preferred' as const }, ...done.map((unitId) => ({ unitId, kind: 'retired' as const, after: `#${id}` }))],
        user.displayName,
        manager,
      );
      return done;
    });
    return { retired };
  }

  /** Retire, restore, vouch for or delete every unit the filter keeps; a dry run counts them. */
  async bulk(user: SessionUser, scope: MemoryPageScope, request: MemoryBulkRequest): Promise<MemoryBulkResult> {
    await this.assertScope(user, scope, request.action === 'delete' ? 'delete' : 'review');
    await this.outbox.settled(scope.kind === 'project' ? scope.projectId : null);
    // only the units the action changes: the preview counts what will happen
    const { ids, capped } = await this.search.ids(scope, { ...request.filter, ...BULK_NARROWING[request.action] });
    const result = { action: request.action, dryRun: request.dryRun, totalCapped: capped };
    if (request.dryRun) return { ...result, count: ids.length, batchId: null };
    if (request.action === 'delete') {
      for (let at = 0; at < ids.length; at += DELETE_CHUNK) {
        await this.dataSource.transaction((manager) => this.index.removeUnits(ids.slice(at, at + DELETE_CHUNK), manager));
      }
      return { ...result, count: ids.length, batchId: null };
    }
    return this.dataSource.transaction(async (manager) => {
      const changed =
        request.action === 'vouch'
          ? await this.reviews.setTrusted(ids, true, user.displayName, manager)
          : await this.reviews.setRetired(ids, request.action === 'retire', user.displayName, manager);
      const kind = request.action === 'vouch' ? 'vouched' : request.action === 'retire' ? 'retired' : 'restored';
      await this.reviews.addRevisions(
        changed.map((unitId) => ({ unitId, kind })),
        user.displayName,
        manager,
      );
      const batchId = await this.reviews.createBatch(scope.kind === 'project' ? scope.projectId : null, request.action, changed, user.displayName, manager);
      return { ...result, count: changed.length, batchId };
    });
  }

  /** Undoes a bulk retirement, restoration or vouching: the units it changed go back. */
  async undo(user: SessionUser, scope: MemoryPageScope, batchId: number): Promise<MemoryBulkUndoResult> {
    await this.assertScope(user, scope, 'review');
    const batch = await this.reviews.batch(batchId);
    if (!batch || batch.projectId !== (scope.kind === 'project' ? scope.projectId : null)) throw AppException.notFound('Bulk change');
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.reviews.markUndone(batchId, manager))) throw AppException.invalid('batchId', 'this bulk change was already undone');
      const changed =
        batch.action === 'vouch'
          ? await this.reviews.setTrusted(batch.unitIds, false, user.displayName, manager)
          : await this.reviews.setRetired(batch.unitIds, batch.action !== 'retire', user.displayName, manager);
      const kind = batch.action === 'vouch' ? 'unvouched' : batch.action === 'retire' ? 'restored' : 'retired';
      await this.reviews.addRevisions(
        changed.map((unitId) => ({ unitId, kind })),
        user.displayName,
        manager,
      );
      return { count: changed.length };
    });
  }

  /** A translator saved a segment with a unit's match. */
  recordUse(unitId: number, segmentId: string, language: string): Promise<void> {
    return this.reviews.recordUse(unitId, segmentId, language);
  }

  private async assertScope(user: SessionUser, scope: MemoryPageScope, action: UnitAction): Promise<void> {
    if (scope.kind === 'shared') {
      if (!(await this.managesAnyProject(user))) throw AppException.forbidden('Only managers and admins look after the shared memory');
      return;
    }
    await this.projects.findOrThrow(scope.projectId);
    await this.access.assertCan(user, scope.projectId, action === 'delete' ? 'manage' : action);
  }

  /** Each unit must exist and allow the action: by the roles in its project, or (shared units) as a manager of any project. */
  private async assertUnits(user: SessionUser, ids: number[], action: UnitAction) {
    const units = await this.reviews.scopes(ids);
    if (units.length < new Set(ids).size) throw AppException.notFound('Memory unit');
    const sharedManager = units.some((u) => u.shared) ? await this.managesAnyProject(user) : false;
    for (const projectId of new Set(units.map((u) => u.projectId))) {
      const roles = await this.memberships.rolesOf(user.id, projectId);
      const allowed = allows(roles, action === 'delete' ? 'manage' : action);
      if (allowed) continue;
      if (sharedManager && units.filter((u) => u.projectId === projectId).every((u) => u.shared)) continue;
      if (roles.length === 0 && !sharedManager) throw AppException.notFound('Memory unit');
      throw AppException.forbidden(
        action === 'delete' ? 'Only managers delete memory units' : action === 'review' ? 'Only reviewers and managers change memory units' : undefined,
      );
    }
    return units;
  }

  private async managesAnyProject(user: SessionUser): Promise<boolean> {
    return user.isAdmin || (await this.memberships.rolesOf(user.id)).some((r) => r.role === 'manager');
  }
}
