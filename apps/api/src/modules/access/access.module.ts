import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MembershipEntity } from '../members/entities/membership.entity';
import { AccessService } from './access.service';
import { MembershipRepository } from './membership.repository';
import { ScopeRepository } from './scope.repository';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([MembershipEntity])],
  providers: [AccessService, MembershipRepository, ScopeRepository],
  exports: [AccessService, MembershipRepository],
})
export class AccessModule {}
