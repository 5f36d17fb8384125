import { UserEntity } from '../modules/users/entities/user.entity';
import { SessionEntity } from '../modules/auth/entities/session.entity';
import { LoginAttemptEntity } from '../modules/auth/entities/login-attempt.entity';
import { ProjectEntity } from '../modules/projects/entities/project.entity';
import { ProjectLanguageEntity } from '../modules/projects/entities/project-language.entity';
import { MembershipEntity } from '../modules/members/entities/membership.entity';
import { InvitationEntity } from '../modules/members/entities/invitation.entity';
import { DocumentEntity } from '../modules/documents/entities/document.entity';
import { SegmentEntity } from '../modules/documents/entities/segment.entity';
import { TranslationEntity } from '../modules/ledger/entities/translation.entity';
import { TranslationRevisionEntity } from '../modules/ledger/entities/translation-revision.entity';
import { TmUnitEntity } from '../modules/memory/entities/tm-unit.entity';
import { TmVariantEntity } from '../modules/memory/entities/tm-variant.entity';
import { InitialSchema1764000000000 } from './migrations/1764000000000-initial-schema';
import { TranslationMemory1764000001000 } from './migrations/1764000001000-translation-memory';
import { MachineTranslation1764000002000 } from './migrations/1764000002000-machine-translation';
import { FasterMemoryImport1764000003000 } from './migrations/1764000003000-faster-memory-import';
import { MemoryWriteCosts1764000004000 } from './migrations/1764000004000-memory-write-costs';
import { EditionLedger1764000005000 } from './migrations/1764000005000-edition-ledger';
import { HashedInvitations1764000012000 } from './migrations/1764000012000-hashed-invitations';
import { SegmentComments1764000007000 } from './migrations/1764000007000-segment-comments';
import { ReplaceBatches1764000008000 } from './migrations/1764000008000-replace-batches';
import { SegmentTranslatable1764000010000 } from './migrations/1764000010000-segment-translatable';
import { QualityAssurance1764000006000 } from './migrations/1764000006000-quality-assurance';
import { Alignment1764000009000 } from './migrations/1764000009000-alignment';
import { MemoryReview1764000018000 } from './migrations/1764000018000-memory-review';
import { Editions1764000014000 } from './migrations/1764000014000-editions';
import { LiveCollaboration1764000013000 } from './migrations/1764000013000-live-collaboration';
import { UserPreferences1764000015000 } from './migrations/1764000015000-user-preferences';
import { SharedMemoryContribution1764000024000 } from './migrations/1764000024000-shared-memory-contribution';

/** Listed as classes, not globs: globs break once the app is bundled. */
export const ENTITIES = [
  UserEntity,
  SessionEntity,
  LoginAttemptEntity,
  ProjectEntity,
  ProjectLanguageEntity,
  MembershipEntity,
  InvitationEntity,
  DocumentEntity,
  SegmentEntity,
  TranslationEntity,
  TranslationRevisionEntity,
  TmUnitEntity,
  TmVariantEntity,
];
export const MIGRATIONS = [
  InitialSchema1764000000000,
  TranslationMemory1764000001000,
  MachineTranslation1764000002000,
  FasterMemoryImport1764000003000,
  MemoryWriteCosts1764000004000,
  EditionLedger1764000005000,
  HashedInvitations1764000012000,
  SegmentComments1764000007000,
  ReplaceBatches1764000008000,
  SegmentTranslatable1764000010000,
  QualityAssurance1764000006000,
  Alignment1764000009000,
  MemoryReview1764000018000,
  Editions1764000014000,
  LiveCollaboration1764000013000,
  UserPreferences1764000015000,
  SharedMemoryContribution1764000024000,
];
