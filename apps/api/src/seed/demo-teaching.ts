/**
 * The demo's teaching: the demo lecturer teaches both programme tracks, and
 * the first module of each has an assignment, so a learner can enrol and
 * hand in at once and the lecturer has something to review.
 */
import type { LocalizedText } from '@klasteris/contracts';
import type { EntityManager } from 'typeorm';

export interface DemoAssignment {
  /** Index into DEMO_PROGRAMMES (the programme's catalogue position). */
  programme: number;
  /** Position of the module within the programme (1 = first). */
  modulePosition: number;
  title: LocalizedText;
  /** Markdown. */
  instructions: LocalizedText;
}

export const DEMO_ASSIGNMENTS: readonly DemoAssignment[] = [
  {
    programme: 0,
    modulePosition: 1,
    title: { lt: 'Jūsų partnerystės žemėlapis', en: 'Your partnership map' },
    instructions: {
      lt: `Nubraižykite savo savivaldybės socialinės partnerystės žemėlapį.

1. Išvardykite bent penkis partnerius: savivaldybės padalinius, nevyriausybines organizacijas, verslą ir bendruomenes.
2. Prie kiekvieno parašykite, ką jis gali duoti bendram tikslui ir ko tikisi mainais.
3. Pažymėkite vieną ryšį, kurį norėtumėte sustiprinti per ateinančius šešis mėnesius, ir paaiškinkite kodėl.

Darbą pateikite tekstu arba pridėkite PDF ar DOCX failą.`,
      en: `Draw the social partnership map of your municipality.

1. List at least five partners: municipal departments, NGOs, businesses and communities.
2. For each, write what it can bring to the common goal and what it expects in return.
3. Mark one relationship you would like to strengthen in the next six months, and explain why.

Hand in your work as text or attach a PDF or DOCX file.`,
    },
  },
  {
    programme: 1,
    modulePosition: 1,
    title: { lt: 'Komandos kompetencijų apžvalga', en: 'A review of your team’s competences' },
    instructions: {
      lt: `Apžvelkite savo komandos ar skyriaus kompetencijas.

- Kokios trys kompetencijos stipriausios, o kurios trys labiausiai trūksta?
- Kokį vieną mokymosi ar mentorystės žingsnį galėtumėte įgyvendinti per ketvirtį?

Apimtis – apie vieną puslapį.`,
      en: `Review the competences of your team or department.

- Which three competences are strongest, and which three are most lacking?
- What one learning or mentoring step could you take within a quarter?

About one page is enough.`,
    },
  },
];

export async function insertDemoTeaching(manager: EntityManager, lecturerEmail: string): Promise<void> {
  const [lecturer] = (await manager.query(`SELECT id FROM users WHERE email = $1`, [lecturerEmail])) as {
    id: string;
  }[];
  if (!lecturer) return;
  await manager.query(
    `INSERT INTO programme_lecturers (programme_id, user_id) SELECT id, $1 FROM programmes ON CONFLICT DO NOTHING`,
    [lecturer.id],
  );
  for (const assignment of DEMO_ASSIGNMENTS) {
    await manager.query(
      `INSERT INTO assignments (module_id, title, instructions, created_by)
       SELECT m.id, $3::jsonb, $4::jsonb, $5
         FROM programme_modules m JOIN programmes p ON p.id = m.programme_id
        WHERE p.position = $1 AND m.position = $2`,
      [
        assignment.programme,
        assignment.modulePosition,
        JSON.stringify(assignment.title),
        JSON.stringify(assignment.instructions),
        lecturer.id,
      ],
    );
  }
}
