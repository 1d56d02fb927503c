export * from '../../../shared/api/statistics.ts';
