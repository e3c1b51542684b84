/** Bookings: a learner books, moves and cancels; the slot's lecturer sees and cancels. */
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Booking, Page } from '@klasteris/contracts';

import { CurrentUser, Roles, SignedIn } from '../accounts/access.decorators';
import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { uuidParam } from '../accounts/validation/uuid-param';
import { BookingsService } from './bookings.service';
import { CancelBookingDto } from './dto/cancel-booking.dto';
import { CreateBookingDto } from './dto/create-booking.dto';
import { ListBookingsQuery } from './dto/list-bookings.query';
import { RescheduleBookingDto } from './dto/reschedule-booking.dto';

@ApiTags('office-hours')
@ApiBearerAuth()
@Controller('bookings')
export class BookingsController {
  constructor(private readonly bookings: BookingsService) {}

  /** Learners only: 201, 409 SLOT_TAKEN when full (unless `waitlist`), 409 CONFLICT for a second place in a slot. */
  @Roles('learner')
  @Post()
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateBookingDto): Promise<Booking> {
    return this.bookings.create(user, body);
  }

  @SignedIn()
  @Get()
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListBookingsQuery): Promise<Page<Booking>> {
    return this.bookings.list(user, query);
  }

  @SignedIn()
  @Get(':id')
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string): Promise<Booking> {
    return this.bookings.get(user, id);
  }

  @SignedIn()
  @Patch(':id')
  reschedule(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: RescheduleBookingDto,
  ): Promise<Booking> {
    return this.bookings.reschedule(user, id, body.start);
  }

  /** The body (a lecturer's message) is optional. */
  @SignedIn()
  @Delete(':id')
  @HttpCode(204)
  async cancel(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: CancelBookingDto,
  ): Promise<void> {
    await this.bookings.cancel(user, id, body?.message);
  }
}
