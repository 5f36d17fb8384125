import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { UiLanguage } from '@interlinea/shared';
import { UserEntity } from './entities/user.entity';

export interface NewUser {
  email: string;
  displayName: string;
  passwordHash: string;
  isAdmin: boolean;
  uiLanguage?: UiLanguage;
}

@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email: email.toLowerCase() });
  }

  /** The only read that returns the password hash. */
  findCredentials(email: string): Promise<UserEntity | null> {
    return this.users.createQueryBuilder('u').addSelect('u.passwordHash').where('u.email = :email', { email: email.toLowerCase() }).getOne();
  }

  count(manager?: EntityManager): Promise<number> {
    return (manager ? manager.getRepository(UserEntity) : this.users).count();
  }

  create(user: NewUser, manager?: EntityManager): Promise<UserEntity> {
    const repo = manager ? manager.getRepository(UserEntity) : this.users;
    return repo.save(repo.create({ ...user, email: user.email.toLowerCase(), uiLanguage: user.uiLanguage ?? 'en' }));
  }

  async updateProfile(id: string, changes: { uiLanguage?: UiLanguage; displayName?: string }): Promise<void> {
    await this.users.update({ id }, changes.uiLanguage ? { ...changes, uiLanguageChosen: true } : changes);
  }

  /** Serialises first-start setup: two browsers submitting the setup form at once create one admin. */
  async lockForSetup(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(7317001)');
  }
}
