import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { ProjectsModule } from '../projects/projects.module';
import { QaModule } from '../qa/qa.module';
import { DashboardController } from './dashboard.controller';
import { DashboardRepository } from './dashboard.repository';
import { DashboardService } from './dashboard.service';
import { QaCountCache } from './qa-count-cache';

/** The project dashboard: progress by document and edition, activity per day, contributors. */
@Module({
  imports: [ProjectsModule, LedgerModule, QaModule],
  controllers: [DashboardController],
  providers: [DashboardService, DashboardRepository, QaCountCache],
})
export class DashboardModule {}
