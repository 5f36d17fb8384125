import { Injectable } from '@nestjs/common';
import { ERROR_CODES } from '@interlinea/shared';
import { AppException } from '../../common/errors/app.exception';
import { LoginAttemptRepository, type PasswordFailures } from './login-attempt.repository';

/** Failures are counted over this window; older ones are forgiven. */
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
/** Failures of one address against one account before each further try must wait. */
const FREE_TRIES_PER_PAIR = 3;
/** Failures from one address (any accounts) before it must wait out the window. */
const MAX_FAILURES_PER_ADDRESS = 30;
/** Failures against one account from all addresses before unknown addresses are slowed down. */
const FREE_TRIES_PER_ACCOUNT = 10;
/** The slow-down of an account's unknown addresses never grows past this: nobody can lock an owner out. */
const MAX_ACCOUNT_DELAY_MS = 30 * 1000;

/** 1 s, 2 s, 4 s … after the free tries, capped. */
const growingDelay = (failures: number, freeTries: number, capMs: number) => (failures < freeTries ? 0 : Math.min(capMs, 1000 * 2 ** (failures - freeTries)));

/**
 * How long a password check must wait, from the failures the attempt log holds. The pair of account and
 * address is throttled with growing delays; an address failing on many accounts waits out the window; an
 * account attacked from many addresses slows down only addresses it was never signed in from, and only
 * by a bounded delay, so its owner always gets in.
 */
export function waitBeforeNextTry(failures: PasswordFailures, now = Date.now()): number {
  const since = (at: Date | null) => (at ? now - at.getTime() : Infinity);
  const waits = [growingDelay(failures.byPair, FREE_TRIES_PER_PAIR, FAILURE_WINDOW_MS) - since(failures.lastPairFailure)];
  if (failures.byAddress >= MAX_FAILURES_PER_ADDRESS && failures.oldestAddressFailure) {
    waits.push(FAILURE_WINDOW_MS - since(failures.oldestAddressFailure));
  }
  if (!failures.knownAddress) {
    waits.push(growingDelay(failures.byAccount, FREE_TRIES_PER_ACCOUNT, MAX_ACCOUNT_DELAY_MS) - since(failures.lastAccountFailure));
  }
  return Math.max(0, ...waits);
}

/** Every place that checks a password goes through here: login and accepting an invitation. */
@Injectable()
export class PasswordThrottle {
  constructor(private readonly attempts: LoginAttemptRepository) {}

  /** Runs `check` unless this account and address must wait; records the outcome. */
  async check(email: string, address: string, check: () => Promise<boolean>): Promise<boolean> {
    const wait = waitBeforeNextTry(await this.attempts.failuresSince(email, address, new Date(Date.now() - FAILURE_WINDOW_MS)));
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new AppException(ERROR_CODES.tooManyAttempts, `Too many wrong passwords. Try again in ${seconds} s.`, { retryAfterSeconds: seconds });
    }
    const ok = await check();
    await this.attempts.record(email, address, ok);
    return ok;
  }
}
