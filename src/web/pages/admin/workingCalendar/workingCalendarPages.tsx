import type { ComponentType } from 'preact';
import { lazyPage } from '../../lazyPage.tsx';
import type { PageProps } from '../../pageProps.ts';

// Loaded when one of their routes matches (`pages/lazyPage.tsx`).
const HolidaysPage = lazyPage(() => import('./HolidaysPage.tsx').then((m) => m.HolidaysPage));
const NewHolidayPage = lazyPage(() => import('./HolidayFormPage.tsx').then((m) => m.NewHolidayPage));
const EditHolidayPage = lazyPage(() => import('./HolidayFormPage.tsx').then((m) => m.EditHolidayPage));
const RemoveHolidayPage = lazyPage(() => import('./RemoveHolidayPage.tsx').then((m) => m.RemoveHolidayPage));
const ServiceLevelChooserPage = lazyPage(() => import('./ServiceLevelChooserPage.tsx').then((m) => m.ServiceLevelChooserPage));
const AgencyServiceLevelPage = lazyPage(() => import('./AgencyServiceLevelPage.tsx').then((m) => m.AgencyServiceLevelPage));
const ServiceLevelFormPage = lazyPage(() => import('./ServiceLevelFormPage.tsx').then((m) => m.ServiceLevelFormPage));
const RemoveServiceLevelPage = lazyPage(() => import('./RemoveServiceLevelPage.tsx').then((m) => m.RemoveServiceLevelPage));

/** The administrators' working-day calendar pages (issue 16), for signed-in staff; App.tsx mounts them. */
export const workingCalendarPages: { path: string; page: ComponentType<PageProps> }[] = [
  { path: '/admin/holidays', page: HolidaysPage },
  { path: '/admin/holidays/new', page: NewHolidayPage },
  { path: '/admin/holidays/:day/edit', page: EditHolidayPage },
  { path: '/admin/holidays/:day/remove', page: RemoveHolidayPage },
  { path: '/admin/info-request-service-levels', page: ServiceLevelChooserPage },
  { path: '/admin/info-request-service-levels/:unitId', page: AgencyServiceLevelPage },
  { path: '/admin/info-request-service-levels/:unitId/edit', page: ServiceLevelFormPage },
  { path: '/admin/info-request-service-levels/:unitId/remove', page: RemoveServiceLevelPage },
];
