import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** argon2id with the library's defaults (OWASP: m=64 MiB, t=3, p=4). */
@Injectable()
export class PasswordService {
  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  verify(hash: string, password: string): Promise<boolean> {
    return argon2.verify(hash, password).catch(() => false);
  }

  /** Spends the same time as a real check, so unknown emails cannot be told apart by timing. */
  async verifyNothing(password: string): Promise<false> {
    await argon2.hash(password, { type: argon2.argon2id });
    return false;
  }
}
