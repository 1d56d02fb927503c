export * from '../../../shared/api/nationalPicture.ts';
