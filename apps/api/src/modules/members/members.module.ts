import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { ProjectsModule } from '../projects/projects.module';
import { UsersModule } from '../users/users.module';
import { InvitationEntity } from './entities/invitation.entity';
import { InvitationRepository } from './invitation.repository';
import { InvitationsController } from './invitations.controller';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';

@Module({
  imports: [TypeOrmModule.forFeature([InvitationEntity]), AuthModule, ProjectsModule, UsersModule],
  controllers: [MembersController, InvitationsController],
  providers: [MembersService, InvitationRepository],
})
export class MembersModule {}
