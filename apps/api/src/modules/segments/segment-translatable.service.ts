import { Injectable } from '@nestjs/common';
import type { UpdateSegmentRequest, UpdateSegmentResult } from '@interlinea/shared';
import { AppException } from '../../common/errors/app.exception';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { AccessService, allows, assertAllowed } from '../access/access.service';
import { DocumentsRepository } from '../documents/documents.repository';

/**
 * Whether a segment is for translation. Site furniture is recognised on import; a translator or
 * reviewer of any edition may switch such a line back to translatable (the detector erred), while
 * marking a segment as not for translation takes it out of every edition: that is a manager's call.
 */
@Injectable()
export class SegmentTranslatableService {
  constructor(
    private readonly access: AccessService,
    private readonly documents: DocumentsRepository,
  ) {}

  async update(user: SessionUser, segmentId: string, request: UpdateSegmentRequest): Promise<UpdateSegmentResult> {
    const { roles } = await this.access.segment(user, segmentId, 'view');
    if (request.translatable) {
      if (!allows(roles, 'manage') && !allows(roles, 'translate')) {
        throw AppException.forbidden('Only translators, reviewers and managers of this project can make a segment translatable');
      }
    } else {
      assertAllowed(roles, 'manage');
    }
    const updated = await this.documents.setTranslatable(segmentId, request.translatable);
    if (!updated) throw AppException.notFound('Segment');
    return updated;
  }
}
