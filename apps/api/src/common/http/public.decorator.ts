import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'interlinea:public';
/** Marks a route that needs no session (health, login, setup, invitations). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
