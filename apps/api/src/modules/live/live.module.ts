import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { DocumentEventsRepository } from './document-events.repository';
import { DocumentStreamService } from './document-stream.service';
import { EventListener } from './event-listener';
import { LiveController } from './live.controller';
import { LiveEvents } from './live-events';
import { PresenceRepository } from './presence.repository';
import { PresenceService } from './presence.service';
import { SoftLocksRepository } from './soft-locks.repository';
import { SoftLocksService } from './soft-locks.service';

/** Working together live: the document event streams (LISTEN/NOTIFY), presence and soft locks. */
@Module({
  imports: [AccessModule],
  controllers: [LiveController],
  providers: [
    EventListener,
    LiveEvents,
    DocumentEventsRepository,
    DocumentStreamService,
    PresenceRepository,
    PresenceService,
    SoftLocksRepository,
    SoftLocksService,
  ],
  exports: [LiveEvents],
})
export class LiveModule {}
