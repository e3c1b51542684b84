import { DEMO_ACCOUNTS } from './demo-accounts';
import { DEMO_ORGANISATIONS } from './demo-organisations';
import { DEMO_PROGRAMMES } from './demo-programmes';
import { DEMO_ASSIGNMENTS } from './demo-teaching';

const LITHUANIAN_LETTERS = /[ąčęėįšųūžĄČĘĖĮŠŲŪŽ]/;

describe('the demo data', () => {
  it('has two programme tracks of five modules, every text in both languages', () => {
    expect(DEMO_PROGRAMMES).toHaveLength(2);
    for (const programme of DEMO_PROGRAMMES) {
      expect(programme.modules).toHaveLength(5);
      const texts = [
        programme.title,
        programme.description,
        ...programme.modules.flatMap((module) => [module.title, module.description, module.body]),
      ];
      for (const text of texts) {
        expect(text.lt.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
        expect(text.lt).not.toBe(text.en);
      }
    }
  });

  it('writes Lithuanian with its letters, and module bodies as Markdown of a few paragraphs', () => {
    for (const module of DEMO_PROGRAMMES.flatMap((programme) => programme.modules)) {
      expect(module.body.lt).toMatch(LITHUANIAN_LETTERS);
      for (const body of [module.body.lt, module.body.en]) {
        expect(body).toMatch(/^## /);
        expect(body.split(/\n\n+/).length).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it('puts every demo account in a demo organisation, with unique lower-case e-mails', () => {
    const names = new Set(DEMO_ORGANISATIONS.map((organisation) => organisation.name));
    expect(names.size).toBe(DEMO_ORGANISATIONS.length);
    for (const account of DEMO_ACCOUNTS) {
      expect(names.has(account.organisation)).toBe(true);
      expect(account.email).toBe(account.email.toLowerCase());
    }
    expect(new Set(DEMO_ACCOUNTS.map((account) => account.email)).size).toBe(DEMO_ACCOUNTS.length);
    expect(new Set(DEMO_ACCOUNTS.map((account) => account.role))).toEqual(
      new Set(['learner', 'lecturer', 'moderator', 'admin']),
    );
  });

  it('sets assignments on existing modules, in both languages', () => {
    for (const assignment of DEMO_ASSIGNMENTS) {
      const programme = DEMO_PROGRAMMES[assignment.programme];
      expect(programme?.modules[assignment.modulePosition - 1]).toBeDefined();
      for (const text of [assignment.title, assignment.instructions]) {
        expect(text.lt.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
      expect(assignment.instructions.lt).toMatch(LITHUANIAN_LETTERS);
    }
  });
});
