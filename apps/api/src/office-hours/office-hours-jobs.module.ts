/**
 * The office-hour jobs, for processes that run jobs (ROLE all or worker):
 * reminders before a booked slot, opening its consultation room at the
 * start and ending it a while after the end, and the sweep that makes sure
 * upcoming bookings and open rooms have those jobs.
 */
import { Module } from '@nestjs/common';

import { ConsultationsModule } from '../consultations/consultations.module';
import { JobRunnerModule } from '../platform/queue/job-runner.module';
import { BookingRemindersJob } from './booking-reminders.job';
import { EndSlotRoomJob } from './end-slot-room.job';
import { OfficeHoursModule } from './office-hours.module';
import { OpenSlotRoomJob } from './open-slot-room.job';
import { ScheduleDueBookingsJob } from './schedule-due-bookings.job';

@Module({
  imports: [JobRunnerModule, OfficeHoursModule, ConsultationsModule],
  providers: [BookingRemindersJob, OpenSlotRoomJob, EndSlotRoomJob, ScheduleDueBookingsJob],
})
export class OfficeHoursJobsModule {}
