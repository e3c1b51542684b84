/** The UTC day a digest is named after (YYYY-MM-DD): one digest e-mail per person and day. */
export function digestDayOf(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

export const digestDeliveryKey = (recipientId: string, day: string) => `digest:${recipientId}:${day}`;
