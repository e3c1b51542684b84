/** Seed track 2 (PRODUCT.md): institutional administrative and public capabilities, five modules. */
import type { DemoProgramme } from './demo-programme';

export const INSTITUTIONAL_CAPABILITIES_PROGRAMME: DemoProgramme = {
  title: {
    lt: 'Institucijų administracinių ir viešųjų gebėjimų tobulinimas',
    en: 'Institutional administrative and public capabilities',
  },
  description: {
    lt: 'Viešojo sektoriaus darbuotojams: žmonių valdymas, paslaugų inovacijos, skurdo prevencija, globos pertvarka ir klientui draugiška aplinka.',
    en: 'For public-sector employees: managing people, innovation in services, poverty prevention, the move away from institutional care and client-friendly environments.',
  },
  modules: [
    {
      title: { lt: 'Žmogiškųjų išteklių valdymas', en: 'Human-resource management' },
      description: {
        lt: 'Kaip viešojo sektoriaus įstaiga pritraukia, ugdo ir išlaiko kompetentingus darbuotojus.',
        en: 'How a public institution attracts, develops and keeps competent staff.',
      },
      body: {
        lt: `## Žmonės – svarbiausias įstaigos išteklius

Viešųjų paslaugų kokybę lemia jas teikiantys žmonės. Todėl žmogiškųjų išteklių valdymas – ne vien personalo dokumentų tvarkymas, o strateginė kiekvieno vadovo užduotis.

Šiuolaikinė įstaiga planuoja, kokių kompetencijų jai reikės po kelerių metų, ir ugdo jas iš anksto: mokymais, mentoryste, darbu skirtingose komandose. Darbuotojai, matantys augimo galimybes, rečiau išeina.

### Pagrindiniai procesai

- kompetencijų poreikio planavimas;
- atranka, pagrįsta aiškiais kriterijais;
- naujų darbuotojų įvedimas į darbą;
- reguliarūs veiklos ir tobulėjimo pokalbiai;
- perdegimo prevencija ir lankstus darbo organizavimas.

**Diskusijai:** kuris iš šių procesų jūsų įstaigoje veikia geriausiai, o kurį reikėtų tobulinti pirmiausia?`,
        en: `## People are an institution's main resource

The quality of public services depends on the people who deliver them. Managing human resources is therefore not just keeping personnel files; it is a strategic task for every manager.

A modern institution plans which competences it will need in a few years and builds them in advance: through training, mentoring and work in different teams. Employees who see room to grow are less likely to leave.

### Core processes

- planning the competences needed;
- selection based on clear criteria;
- onboarding new employees;
- regular performance and development conversations;
- preventing burnout and organising work flexibly.

**For discussion:** which of these processes works best in your institution, and which one should be improved first?`,
      },
    },
    {
      title: { lt: 'Inovacijos viešosiose paslaugose', en: 'Innovation in public services' },
      description: {
        lt: 'Paslaugų dizainas, bandomieji projektai ir sprendimai, kurie supaprastina gyventojų kelią.',
        en: 'Service design, pilots and solutions that make the path of residents simpler.',
      },
      body: {
        lt: `## Inovacija prasideda nuo kliento

Viešųjų paslaugų inovacija – nebūtinai nauja technologija. Dažnai didžiausią pokytį sukuria paprastesnė procedūra, viena kontaktinė vieta ar aiškiai parašytas laiškas.

Paslaugų dizaino metodas siūlo pradėti nuo žmonių patirties: stebėti, kaip gyventojas ieško pagalbos, kur jis sustoja ir ko nesupranta. Tada idėjos išbandomos mažu mastu, greitai pataisomos ir tik po to diegiamos plačiau.

### Inovacijos ciklas

1. Supraskite problemą kalbėdamiesi su klientais ir darbuotojais.
2. Sugalvokite kelias galimas idėjas.
3. Išbandykite pigų prototipą su tikrais žmonėmis.
4. Įvertinkite rezultatus ir nuspręskite: plėsti, keisti ar atsisakyti.

Klaida bandomajame projekte yra žinios, o ne nesėkmė.`,
        en: `## Innovation starts with the client

Innovation in public services does not have to mean new technology. Often the biggest change comes from a simpler procedure, a single point of contact or a clearly written letter.

Service design starts from people's experience: watching how a resident looks for help, where they get stuck and what they do not understand. Ideas are then tried on a small scale, quickly improved, and only then rolled out more widely.

### The innovation cycle

1. Understand the problem by talking to clients and staff.
2. Come up with several possible ideas.
3. Try a cheap prototype with real people.
4. Assess the results and decide: scale up, change or drop it.

A mistake in a pilot is knowledge, not failure.`,
      },
    },
    {
      title: { lt: 'Skurdo prevencija', en: 'Poverty prevention' },
      description: {
        lt: 'Kaip anksti atpažinti skurdo riziką ir suderinti savivaldybės, nevyriausybinių organizacijų ir verslo pagalbą.',
        en: 'How to spot the risk of poverty early and combine the help of the municipality, NGOs and businesses.',
      },
      body: {
        lt: `## Anksčiau, nei prireiks pašalpos

Skurdas retai atsiranda staiga. Jį dažniausiai lemia kelių veiksnių derinys: darbo netekimas, liga, skolos, vienišas vaikų auginimas, prastas paslaugų pasiekiamumas. Prevencija reiškia pastebėti šiuos ženklus anksti ir padėti dar prieš krizę.

Vien piniginė parama problemos neišsprendžia. Veiksmingiausia, kai socialinis darbuotojas, užimtumo tarnyba, mokykla, sveikatos priežiūros įstaiga ir nevyriausybinės organizacijos veikia kaip viena komanda aplink šeimą.

### Veiksmingos priemonės

- atvejo vadyba, kai šeima turi vieną atsakingą specialistą;
- finansinio raštingumo ir skolų konsultacijos;
- pagalba grįžtant į darbo rinką, taip pat per socialinį verslą;
- nemokamos ar pigios vaikų užimtumo galimybės.

Kalbėkite pagarbiai: žmogus, patiriantis skurdą, geriausiai žino savo padėtį ir turi dalyvauti priimant sprendimus.`,
        en: `## Before benefits are needed

Poverty rarely arrives overnight. It usually comes from a combination of factors: losing a job, illness, debt, raising children alone, poor access to services. Prevention means noticing these signs early and helping before a crisis.

Money alone does not solve the problem. It works best when the social worker, the employment service, the school, the health centre and NGOs act as one team around the family.

### Measures that work

- case management, with one specialist responsible for a family;
- financial literacy and debt advice;
- support in returning to work, including through social business;
- free or low-cost activities for children.

Speak with respect: a person living in poverty knows their situation best and must take part in the decisions.`,
      },
    },
    {
      title: { lt: 'Globos deinstitucionalizacija', en: 'Care deinstitutionalisation' },
      description: {
        lt: 'Perėjimas nuo didelių globos įstaigų prie paslaugų bendruomenėje: principai ir praktiniai žingsniai.',
        en: 'The move from large care institutions to services in the community: principles and practical steps.',
      },
      body: {
        lt: `## Nuo institucijos prie namų

Deinstitucionalizacija – tai perėjimas nuo didelių globos įstaigų prie paslaugų, teikiamų bendruomenėje: grupinio gyvenimo namų, apsaugoto būsto, dienos centrų, pagalbos į namus. Tikslas – kad vaikai, žmonės su negalia ir senyvo amžiaus žmonės gyventų kuo savarankiškiau ir būtų bendruomenės dalis.

Pertvarka – ne vien pastatų keitimas. Ji keičia darbuotojų vaidmenis, finansavimo tvarką ir bendruomenės požiūrį. Todėl ją reikia planuoti kartu su paslaugų gavėjais, jų šeimomis ir darbuotojais.

### Pertvarkos žingsniai

1. Įvertinkite kiekvieno gyventojo poreikius ir norus.
2. Sukurkite trūkstamas bendruomenines paslaugas prieš uždarydami institucines.
3. Perkvalifikuokite ir palaikykite darbuotojus.
4. Kalbėkitės su kaimynais ir bendruomene, kad sumažintumėte baimes.

Globos namai gali tapti paslaugų centrais, teikiančiais pagalbą visai apylinkei.`,
        en: `## From institution to home

Deinstitutionalisation is the move from large care institutions to services provided in the community: group homes, supported housing, day centres, help at home. The aim is for children, people with disabilities and older people to live as independently as possible and be part of the community.

The transition is about more than buildings. It changes staff roles, the way services are funded and the community's attitudes. It therefore has to be planned together with the people who receive care, their families and staff.

### Steps in the transition

1. Assess each resident's needs and wishes.
2. Build the missing community services before closing institutional ones.
3. Retrain and support staff.
4. Talk with neighbours and the community to ease their fears.

Care homes can become service centres that support the whole neighbourhood.`,
      },
    },
    {
      title: { lt: 'Klientui draugiška aplinka', en: 'Client-friendly environments' },
      description: {
        lt: 'Kaip sukurti paslaugas ir erdves, patogias kiekvienai klientų grupei.',
        en: 'How to build services and places that suit every group of clients.',
      },
      body: {
        lt: `## Paslauga, kuri tinka visiems

Klientui draugiška įstaiga yra prieinama fiziškai, informaciškai ir žmogiškai. Į ją lengva patekti su vežimėliu, jos svetainė veikia su ekrano skaitytuvu, o darbuotojai kalba aiškiai ir be biurokratinio žargono.

Skirtingos klientų grupės turi skirtingų poreikių: senyvo amžiaus žmonėms svarbus asmeninis kontaktas, jaunoms šeimoms – galimybė viską sutvarkyti internetu, užsieniečiams – informacija keliomis kalbomis. Draugiška aplinka siūlo pasirinkimą.

### Kontrolinis sąrašas

- aiškios nuorodos ir prieinamas įėjimas;
- paprasta kalba parašyti dokumentai ir svetainė;
- galimybė gauti paslaugą gyvai, telefonu ir internetu;
- darbuotojų mokymai apie įvairius klientų poreikius;
- grįžtamojo ryšio rinkimas ir viešas atsakymas į jį.

**Užduotis:** praeikite vienos savo įstaigos paslaugos kelią kliento akimis ir užrašykite tris kliūtis.`,
        en: `## A service that fits everyone

A client-friendly institution is accessible physically, in its information and in its people. It is easy to enter with a wheelchair, its website works with a screen reader, and its staff speak clearly and without bureaucratic jargon.

Different client groups have different needs: older people value personal contact, young families want to do everything online, foreigners need information in several languages. A friendly environment offers a choice.

### Checklist

- clear signs and an accessible entrance;
- documents and a website in plain language;
- the option to get the service in person, by phone and online;
- staff training on the needs of different clients;
- collecting feedback and answering it in public.

**Task:** walk through one of your institution's services as a client would and write down three obstacles.`,
      },
    },
  ],
};
