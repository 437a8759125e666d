export * from './contracts';
export * from './envelope';
export * from './errors';
export * from './roles';
export * from './client';
