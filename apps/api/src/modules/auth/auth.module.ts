import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { SessionEntity } from './entities/session.entity';
import { LoginAttemptEntity } from './entities/login-attempt.entity';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { PasswordService } from './password.service';
import { SessionRepository } from './session.repository';
import { LoginAttemptRepository } from './login-attempt.repository';
import { SessionGuard } from './session.guard';
import { PasswordThrottle } from './password-throttle';

@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity, LoginAttemptEntity]), UsersModule],
  controllers: [AuthController],
  providers: [AuthService, PasswordService, PasswordThrottle, SessionRepository, LoginAttemptRepository, { provide: APP_GUARD, useClass: SessionGuard }],
  exports: [AuthService, PasswordService, PasswordThrottle],
})
export class AuthModule {}
