export * from '../../../shared/api/publication.ts';
