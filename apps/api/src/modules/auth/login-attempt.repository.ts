import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { LoginAttemptEntity } from './entities/login-attempt.entity';

@Injectable()
export class LoginAttemptRepository {
  constructor(@InjectRepository(LoginAttemptEntity) private readonly attempts: Repository<LoginAttemptEntity>) {}

  async record(email: string, ip: string, succeeded: boolean): Promise<void> {
    await this.attempts.insert({ email, ip, succeeded });
  }

  /** Failed attempts since `since`, for this email and for this address. */
  async failuresSince(email: string, ip: string, since: Date): Promise<{ byEmail: number; byIp: number }> {
    const [row] = await this.attempts.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS "byEmail", count(*) FILTER (WHERE ip = $2)::int AS "byIp"
         FROM login_attempt WHERE NOT succeeded AND created_at > $3 AND (email = $1 OR ip = $2)`,
      [email, ip, since],
    );
    return row;
  }
}
