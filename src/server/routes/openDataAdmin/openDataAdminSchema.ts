export * from '../../../shared/api/openDataAdmin.ts';
