import { DEMO_ACCOUNTS } from './demo-accounts';
import { DEMO_LIVE_CONSULTATION, DEMO_SCHEDULED_CONSULTATION } from './demo-consultations';
import { DEMO_PROGRAMMES } from './demo-programmes';

describe('the demo consultations', () => {
  const emails = new Set(DEMO_ACCOUNTS.map((account) => account.email));

  it('has questions by demo people, voted by others, one a person, one answered and one anonymous', () => {
    const questions = DEMO_LIVE_CONSULTATION.questions;
    expect(questions.length).toBeGreaterThanOrEqual(3);
    for (const question of questions) {
      expect(emails.has(question.author)).toBe(true);
      expect(question.voters.every((voter) => emails.has(voter))).toBe(true);
      expect(new Set(question.voters).size).toBe(question.voters.length);
      expect(question.body.length).toBeLessThanOrEqual(4000);
    }
    expect(questions.filter((question) => question.answer)).toHaveLength(1);
    expect(questions.filter((question) => question.anonymous)).toHaveLength(1);
  });

  it('schedules the module session on an existing module', () => {
    const programme = DEMO_PROGRAMMES[DEMO_SCHEDULED_CONSULTATION.programme];
    expect(programme?.modules[DEMO_SCHEDULED_CONSULTATION.modulePosition - 1]).toBeDefined();
  });
});
