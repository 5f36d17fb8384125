import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  memoryBulkRequestSchema,
  memoryBulkResultSchema,
  memoryBulkUndoResultSchema,
  memoryConflictListSchema,
  memoryConflictQuerySchema,
  memoryImportListSchema,
  memoryUnitDetailSchema,
  memoryUnitPageSchema,
  memoryUnitQuerySchema,
  preferMemoryUnitResultSchema,
  preferMemoryUnitSchema,
  updateMemoryUnitSchema,
  type MemoryBulkRequest,
  type MemoryBulkResult,
  type MemoryBulkUndoResult,
  type MemoryConflictList,
  type MemoryConflictQuery,
  type MemoryImportList,
  type MemoryUnitDetail,
  type MemoryUnitPage,
  type MemoryUnitQuery,
  type PreferMemoryUnit,
  type PreferMemoryUnitResult,
  type UpdateMemoryUnit,
} from '@interlinea/shared';
import { ApiContract } from '../../../common/openapi/api-contract.decorator';
import { ZodValidationPipe } from '../../../common/pipes/zod-validation.pipe';
import { CurrentUser, type SessionUser } from '../../../common/http/current-user.decorator';
import { MemoryReviewService } from './memory-review.service';

const SHARED = { kind: 'shared' } as const;
const project = (projectId: string) => ({ kind: 'project' as const, projectId });
const FORBIDDEN = { 403: 'FORBIDDEN: the roles do not allow it (reviewers and managers change units, managers delete them and act on the shared memory).' };

/** The memory page: a project's units (`projects/:id/memory/…`) and the shared memory (`memory/…`). */
@ApiTags('memory')
@Controller()
export class MemoryReviewController {
  constructor(private readonly reviews: MemoryReviewService) {}

  @ApiContract({ response: memoryUnitPageSchema })
  @Get('projects/:projectId/memory/units')
  projectUnits(
    @CurrentUser() user: SessionUser,
    @Param('projectId', ParseUUIDPipe) projectId: string,
    @Query(new ZodValidationPipe(memoryUnitQuerySchema)) query: MemoryUnitQuery,
  ): Promise<MemoryUnitPage> {
    return this.reviews.units(user, project(projectId), query);
  }

  @ApiContract({ response: memoryUnitPageSchema, errors: FORBIDDEN })
  @Get('memory/units')
  sharedUnits(@CurrentUser() user: SessionUser, @Query(new ZodValidationPipe(memoryUnitQuerySchema)) query: MemoryUnitQuery): Promise<MemoryUnitPage> {
    return this.reviews.units(user, SHARED, query);
  }

  @ApiContract({ response: memoryImportListSchema })
  @Get('projects/:projectId/memory/imports')
  projectImports(@CurrentUser() user: SessionUser, @Param('projectId', ParseUUIDPipe) projectId: string): Promise<MemoryImportList> {
    return this.reviews.imports(user, project(projectId));
  }

  @ApiContract({ response: memoryImportListSchema, errors: FORBIDDEN })
  @Get('memory/imports')
  sharedImports(@CurrentUser() user: SessionUser): Promise<MemoryImportList> {
    return this.reviews.imports(user, SHARED);
  }

  @ApiContract({ response: memoryConflictListSchema })
  @Get('projects/:projectId/memory/conflicts')
  projectConflicts(
    @CurrentUser() user: SessionUser,
    @Param('projectId', ParseUUIDPipe) projectId: string,
    @Query(new ZodValidationPipe(memoryConflictQuerySchema)) query: MemoryConflictQuery,
  ): Promise<MemoryConflictList> {
    return this.reviews.conflicts(user, project(projectId), query);
  }

  @ApiContract({ response: memoryConflictListSchema, errors: FORBIDDEN })
  @Get('memory/conflicts')
  sharedConflicts(
    @CurrentUser() user: SessionUser,
    @Query(new ZodValidationPipe(memoryConflictQuerySchema)) query: MemoryConflictQuery,
  ): Promise<MemoryConflictList> {
    return this.reviews.conflicts(user, SHARED, query);
  }

  @ApiContract({ response: memoryBulkResultSchema, errors: FORBIDDEN })
  @Post('projects/:projectId/memory/units/bulk')
  @HttpCode(200)
  projectBulk(
    @CurrentUser() user: SessionUser,
    @Param('projectId', ParseUUIDPipe) projectId: string,
    @Body(new ZodValidationPipe(memoryBulkRequestSchema)) body: MemoryBulkRequest,
  ): Promise<MemoryBulkResult> {
    return this.reviews.bulk(user, project(projectId), body);
  }

  @ApiContract({ response: memoryBulkUndoResultSchema, errors: FORBIDDEN, body: 'none' })
  @Post('projects/:projectId/memory/units/bulk/:batchId/undo')
  @HttpCode(200)
  projectUndo(
    @CurrentUser() user: SessionUser,
    @Param('projectId', ParseUUIDPipe) projectId: string,
    @Param('batchId', ParseIntPipe) batchId: number,
  ): Promise<MemoryBulkUndoResult> {
    return this.reviews.undo(user, project(projectId), batchId);
  }

  @ApiContract({ response: memoryBulkResultSchema, errors: FORBIDDEN })
  @Post('memory/units/bulk')
  @HttpCode(200)
  sharedBulk(@CurrentUser() user: SessionUser, @Body(new ZodValidationPipe(memoryBulkRequestSchema)) body: MemoryBulkRequest): Promise<MemoryBulkResult> {
    return this.reviews.bulk(user, SHARED, body);
  }

  @ApiContract({ response: memoryBulkUndoResultSchema, errors: FORBIDDEN, body: 'none' })
  @Post('memory/units/bulk/:batchId/undo')
  @HttpCode(200)
  sharedUndo(@CurrentUser() user: SessionUser, @Param('batchId', ParseIntPipe) batchId: number): Promise<MemoryBulkUndoResult> {
    return this.reviews.undo(user, SHARED, batchId);
  }

  @ApiContract({ response: memoryUnitDetailSchema })
  @Get('memory/units/:unitId')
  unit(@CurrentUser() user: SessionUser, @Param('unitId', ParseIntPipe) unitId: number): Promise<MemoryUnitDetail> {
    return this.reviews.unit(user, unitId);
  }

  @ApiContract({ response: memoryUnitDetailSchema, errors: FORBIDDEN })
  @Patch('memory/units/:unitId')
  update(
    @CurrentUser() user: SessionUser,
    @Param('unitId', ParseIntPipe) unitId: number,
    @Body(new ZodValidationPipe(updateMemoryUnitSchema)) body: UpdateMemoryUnit,
  ): Promise<MemoryUnitDetail> {
    return this.reviews.update(user, unitId, body);
  }

  @ApiContract({ response: null, errors: FORBIDDEN })
  @Delete('memory/units/:unitId')
  @HttpCode(204)
  remove(@CurrentUser() user: SessionUser, @Param('unitId', ParseIntPipe) unitId: number): Promise<void> {
    return this.reviews.remove(user, unitId);
  }

  @ApiContract({ response: preferMemoryUnitResultSchema, errors: FORBIDDEN })
  @Post('memory/units/:unitId/prefer')
  @HttpCode(200)
  prefer(
    @CurrentUser() user: SessionUser,
    @Param('unitId', ParseIntPipe) unitId: number,
    @Body(new ZodValidationPipe(preferMemoryUnitSchema)) body: PreferMemoryUnit,
  ): Promise<PreferMemoryUnitResult> {
    return this.reviews.prefer(user, unitId, body);
  }
}
