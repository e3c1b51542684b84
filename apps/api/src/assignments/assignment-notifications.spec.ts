import type { NotificationEvent } from '../notifications/notifier';
import { Notifier } from '../notifications/notifier';
import { AssignmentNotifications, reviewGivenEvents, submissionMadeEvents } from './assignment-notifications';

describe('assignment notifications', () => {
  it('tells each lecturer of a submission once, with the titles in both languages', () => {
    const events = submissionMadeEvents({
      submissionId: 's1',
      learnerName: 'Rasa',
      assignmentTitle: { lt: 'Partnerystės žemėlapis', en: '' },
      moduleTitle: { lt: 'Socialinė partnerystė', en: 'Social partnership' },
      attempt: 2,
      lecturerIds: ['l1', 'l2'],
    });
    expect(events.map((event) => [event.key, event.recipientId])).toEqual([
      ['submission-made:s1:l1', 'l1'],
      ['submission-made:s1:l2', 'l2'],
    ]);
    expect(events[0]).toMatchObject({
      kind: 'submission_made',
      link: '/submissions/s1',
      params: {
        learnerName: 'Rasa',
        'assignmentTitle.lt': 'Partnerystės žemėlapis',
        // Not translated yet: the Lithuanian title stands in.
        'assignmentTitle.en': 'Partnerystės žemėlapis',
        'moduleTitle.en': 'Social partnership',
        attempt: '2',
      },
    });
  });

  it('tells the learner of a review', () => {
    expect(
      reviewGivenEvents({
        reviewId: 'r1',
        submissionId: 's1',
        learnerId: 'u1',
        reviewerName: 'Aistė',
        assignmentTitle: { lt: 'Užduotis', en: 'Task' },
        verdict: 'revise',
      }),
    ).toEqual([
      {
        key: 'review-given:r1',
        recipientId: 'u1',
        kind: 'review_given',
        params: {
          reviewerName: 'Aistė',
          'assignmentTitle.lt': 'Užduotis',
          'assignmentTitle.en': 'Task',
          verdict: 'revise',
        },
        link: '/submissions/s1',
      },
    ]);
  });

  it('does not fail committed work when the notifier fails', async () => {
    class FailingNotifier extends Notifier {
      calls: NotificationEvent[][] = [];
      notify(events: NotificationEvent[]): Promise<void> {
        this.calls.push(events);
        return Promise.reject(new Error('queue down'));
      }
    }
    const notifier = new FailingNotifier();
    const notifications = new AssignmentNotifications(notifier);
    jest.spyOn(notifications['logger'], 'error').mockImplementation(() => undefined);
    await expect(
      notifications.reviewGiven({
        reviewId: 'r1',
        submissionId: 's1',
        learnerId: 'u1',
        reviewerName: 'A',
        assignmentTitle: { lt: 'a', en: 'b' },
        verdict: 'passed',
      }),
    ).resolves.toBeUndefined();
    expect(notifier.calls).toHaveLength(1);
  });
});
