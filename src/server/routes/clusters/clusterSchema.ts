export * from '../../../shared/api/clusters.ts';
