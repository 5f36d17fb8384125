import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { LoginAttemptEntity } from './entities/login-attempt.entity';

/** What the attempt log says about one account and one address over the last window. */
export interface PasswordFailures {
  byPair: number;
  lastPairFailure: Date | null;
  byAddress: number;
  oldestAddressFailure: Date | null;
  byAccount: number;
  lastAccountFailure: Date | null;
  /** The account was signed in from this address in the last 30 days. */
  knownAddress: boolean;
}

@Injectable()
export class LoginAttemptRepository {
  constructor(@InjectRepository(LoginAttemptEntity) private readonly attempts: Repository<LoginAttemptEntity>) {}

  async record(email: string, ip: string, succeeded: boolean): Promise<void> {
    await this.attempts.insert({ email: email.toLowerCase(), ip, succeeded });
  }

  /** Failed attempts since `since`: of this account from this address, of this address, of this account. */
  async failuresSince(email: string, ip: string, since: Date): Promise<PasswordFailures> {
    // a success of the pair forgives the pair's earlier failures
    const [row] = await this.attempts.query(
      `WITH recent AS (
         SELECT email, ip, succeeded, created_at FROM login_attempt
          WHERE (email = $1 OR ip = $2) AND created_at > least($3, now() - interval '30 days')
       ), pair_since AS (
         SELECT greatest($3, max(created_at) FILTER (WHERE succeeded AND email = $1 AND ip = $2)) AS at FROM recent
       )
       SELECT count(*) FILTER (WHERE NOT succeeded AND created_at > p.at AND email = $1 AND ip = $2)::int AS "byPair",
              max(created_at) FILTER (WHERE NOT succeeded AND created_at > p.at AND email = $1 AND ip = $2) AS "lastPairFailure",
              count(*) FILTER (WHERE NOT succeeded AND created_at > $3 AND ip = $2)::int AS "byAddress",
              min(created_at) FILTER (WHERE NOT succeeded AND created_at > $3 AND ip = $2) AS "oldestAddressFailure",
              count(*) FILTER (WHERE NOT succeeded AND created_at > $3 AND email = $1)::int AS "byAccount",
              max(created_at) FILTER (WHERE NOT succeeded AND created_at > $3 AND email = $1) AS "lastAccountFailure",
              coalesce(bool_or(succeeded AND email = $1 AND ip = $2), false) AS "knownAddress"
         FROM recent CROSS JOIN pair_since p`,
      [email.toLowerCase(), ip, since],
    );
    return row;
  }
}
