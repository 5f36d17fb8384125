export * from './languages';
export * from './errors';
export * from './roles';
export * from './auth';
export * from './projects';
export * from './members';
export * from './documents';
export * from './segments';
