/**
 * Office hours: lecturers' weekly availability in their own zone, the slots
 * it yields (UTC over the API, DST-correct), bookings with a waiting list
 * (capacity kept by PostgreSQL), and the personal calendar feed. Bookings
 * schedule their reminders and room opening as delayed jobs, which
 * OfficeHoursJobsModule runs.
 */
import { Module } from '@nestjs/common';

import { AvailabilityService } from './availability.service';
import { BookingJobs } from './booking-jobs';
import { BookingNotifications } from './booking-notifications';
import { BookingsController } from './bookings.controller';
import { BookingsService } from './bookings.service';
import { CalendarFeedService } from './calendar/calendar-feed.service';
import { CalendarController } from './calendar/calendar.controller';
import { LecturersController } from './lecturers.controller';
import { OfficeHoursController } from './office-hours.controller';

@Module({
  controllers: [OfficeHoursController, LecturersController, BookingsController, CalendarController],
  providers: [AvailabilityService, BookingsService, BookingJobs, BookingNotifications, CalendarFeedService],
  exports: [BookingsService, BookingNotifications, BookingJobs],
})
export class OfficeHoursModule {}
