export * from '../../../shared/api/league.ts';
