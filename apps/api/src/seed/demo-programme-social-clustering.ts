/** Seed track 1 (PRODUCT.md): social clustering competences, five modules. */
import type { DemoProgramme } from './demo-programme';

export const SOCIAL_CLUSTERING_PROGRAMME: DemoProgramme = {
  title: { lt: 'Socialinės klasterystės kompetencijos', en: 'Social clustering competences' },
  description: {
    lt: 'Kaip savivaldybės, nevyriausybinės organizacijos ir verslas kartu sprendžia socialines problemas: partnerystė, komunikacija, atsakingas verslas ir klasterių kūrimas regione.',
    en: 'How municipalities, NGOs and businesses solve social problems together: partnership, communication, responsible business and building clusters in a region.',
  },
  modules: [
    {
      title: { lt: 'Socialinė partnerystė', en: 'Social partnership' },
      description: {
        lt: 'Kas yra socialinė partnerystė, kas joje dalyvauja ir kaip susitarti dėl bendro tikslo.',
        en: 'What social partnership is, who takes part in it and how partners agree on a common goal.',
      },
      body: {
        lt: `## Kas yra socialinė partnerystė

Socialinė partnerystė – tai savanoriškas ir lygiavertis savivaldybės, nevyriausybinių organizacijų, verslo ir bendruomenės bendradarbiavimas, kuriuo siekiama išspręsti problemą, kurios nė vienas dalyvis neišspręstų vienas.

Gera partnerystė prasideda nuo bendro problemos supratimo, o ne nuo projekto paraiškos. Partneriai susitaria, ką nori pakeisti, kas už ką atsako ir kaip matuos pažangą.

### Sėkmingos partnerystės požymiai

- aiškus bendras tikslas, kurį supranta visi partneriai;
- pasidalyti vaidmenys, ištekliai ir atsakomybė;
- reguliarus, atviras keitimasis informacija;
- sprendimai priimami kartu, o rezultatai vertinami viešai.

**Apmąstykite:** kurie partneriai jūsų savivaldybėje jau sprendžia tą pačią socialinę problemą, bet dar nedirba kartu?`,
        en: `## What social partnership is

Social partnership is voluntary, equal cooperation between a municipality, non-governmental organisations, businesses and the community to solve a problem that none of them could solve alone.

A good partnership starts from a shared understanding of the problem, not from a grant application. The partners agree on what they want to change, who is responsible for what, and how they will measure progress.

### Signs of a working partnership

- a clear common goal that every partner understands;
- shared roles, resources and responsibility;
- regular, open exchange of information;
- decisions made together and results assessed in public.

**To reflect on:** which partners in your municipality already work on the same social problem but do not yet work together?`,
      },
    },
    {
      title: { lt: 'Socialinio verslo komunikacija', en: 'Social business communication' },
      description: {
        lt: 'Kaip socialinis verslas pasakoja apie savo poveikį klientams, partneriams ir visuomenei.',
        en: 'How a social business tells clients, partners and the public about its impact.',
      },
      body: {
        lt: `## Poveikis, kurį galima parodyti

Socialinis verslas parduoda prekes ar paslaugas, bet jo tikslas – socialinis poveikis. Todėl komunikacija turi kalbėti ir apie kokybę, ir apie pokytį, kurį verslas kuria bendruomenėje.

Patikima žinutė remiasi faktais: kiek žmonių įdarbinta, kokios paslaugos tapo prieinamos, kas pasikeitė klientų gyvenime. Istorijos įtikina, kai jas patvirtina skaičiai.

### Komunikacijos planas

1. Apibrėžkite auditorijas: klientus, savivaldybę, rėmėjus, vietos gyventojus.
2. Kiekvienai auditorijai parinkite vieną pagrindinę žinutę.
3. Pasirinkite kanalus, kuriuos ši auditorija iš tiesų naudoja.
4. Reguliariai matuokite ir skelbkite rezultatus.

Venkite gailesčio retorikos: žmonės, su kuriais dirbate, yra partneriai, o ne pagalbos objektai.`,
        en: `## Impact you can show

A social business sells goods or services, but its purpose is social impact. Its communication therefore has to speak about both quality and the change the business creates in the community.

A credible message rests on facts: how many people found work, which services became accessible, what changed in clients' lives. Stories persuade when numbers back them up.

### A communication plan

1. Define your audiences: clients, the municipality, funders, local residents.
2. Choose one key message for each audience.
3. Pick the channels that audience actually uses.
4. Measure and publish results regularly.

Avoid the rhetoric of pity: the people you work with are partners, not objects of help.`,
      },
    },
    {
      title: { lt: 'Socialiai atsakingas verslas bendruomenėse', en: 'Socially responsible business in communities' },
      description: {
        lt: 'Kaip vietos įmonės gali prisidėti prie bendruomenės gerovės ir kodėl tai naudinga joms pačioms.',
        en: 'How local companies can add to the well-being of their community, and why it pays off for them too.',
      },
      body: {
        lt: `## Atsakomybė, kuri kuria vertę

Socialiai atsakingas verslas ne tik laikosi įstatymų, bet ir savanoriškai prisiima atsakomybę už savo poveikį darbuotojams, aplinkai ir bendruomenei. Mažame mieste viena įmonė gali reikšmingai pakeisti vietos gyvenimą.

Atsakingumas neturi būti vienkartinė labdara. Tvariausios iniciatyvos susijusios su pagrindine įmonės veikla: įdarbinami ilgai nedirbę žmonės, perkama iš vietos socialinių įmonių, darbuotojai savo žiniomis padeda nevyriausybinėms organizacijoms.

### Bendradarbiavimo formos

- mentorystė ir savanorystė pagal darbuotojų kompetencijas;
- socialiai atsakingi viešieji ir privatūs pirkimai;
- praktikos vietos jauniems ir socialinę atskirtį patiriantiems žmonėms;
- bendri projektai su savivaldybe ir nevyriausybinėmis organizacijomis.

Nauda abipusė: įmonė stiprina reputaciją, pritraukia ir išlaiko darbuotojus, o bendruomenė gauna išteklių ir žinių.`,
        en: `## Responsibility that creates value

A socially responsible business does more than obey the law: it voluntarily takes responsibility for its impact on employees, the environment and the community. In a small town one company can noticeably change local life.

Responsibility should not be a one-off donation. The most lasting initiatives are tied to the company's core business: hiring people who have long been out of work, buying from local social enterprises, employees lending their skills to NGOs.

### Ways to cooperate

- mentoring and volunteering that use employees' skills;
- socially responsible public and private procurement;
- work placements for young people and people at risk of exclusion;
- joint projects with the municipality and NGOs.

The benefit runs both ways: the company strengthens its reputation and attracts and keeps staff, and the community gains resources and know-how.`,
      },
    },
    {
      title: {
        lt: 'Kaip savivaldybė kuria aplinką socialiniams klasteriams',
        en: 'How a municipality creates an environment for social clusters',
      },
      description: {
        lt: 'Kokiomis priemonėmis savivaldybė gali paskatinti organizacijas jungtis į socialinius klasterius.',
        en: 'The tools a municipality has to encourage organisations to join forces in social clusters.',
      },
      body: {
        lt: `## Savivaldybės vaidmuo

Socialinis klasteris – tai savivaldybės, nevyriausybinių organizacijų, verslo, švietimo ir sveikatos įstaigų tinklas, kuris kartu kuria ir teikia socialines paslaugas. Savivaldybė dažnai yra natūrali tokio tinklo iniciatorė, nes ji mato visą paslaugų žemėlapį.

Tačiau savivaldybė neturėtų klasterio valdyti viena. Jos užduotis – sukurti sąlygas: suteikti erdves, duomenis, finansavimo galimybes ir aiškias bendradarbiavimo taisykles.

### Priemonės

- paslaugų poreikio ir teikėjų žemėlapis, prieinamas visiems partneriams;
- paslaugų pirkimas ir delegavimas nevyriausybinėms organizacijoms;
- nuolatinė bendradarbiavimo platforma ir koordinatorius;
- strateginiuose planuose įtvirtinti klasterio tikslai.

**Praktinis žingsnis:** peržiūrėkite savo savivaldybės strateginį plėtros planą ir pažymėkite, kur jame minimas bendradarbiavimas su nevyriausybiniu sektoriumi.`,
        en: `## The municipality's role

A social cluster is a network of the municipality, NGOs, businesses, schools and health institutions that designs and delivers social services together. The municipality is often the natural initiator of such a network, as it sees the whole map of services.

The municipality should not run the cluster alone, though. Its task is to create the conditions: premises, data, funding opportunities and clear rules for cooperation.

### Tools

- a map of service needs and providers open to every partner;
- contracting and delegating services to NGOs;
- a standing cooperation platform with a coordinator;
- cluster goals written into strategic plans.

**Practical step:** go through your municipality's strategic development plan and mark where it mentions cooperation with the non-governmental sector.`,
      },
    },
    {
      title: { lt: 'Klasteriai ir regiono konkurencingumas', en: 'Clusters and regional competitiveness' },
      description: {
        lt: 'Kodėl bendradarbiaujantys regionai geriau išlaiko gyventojus ir pritraukia investicijas.',
        en: 'Why regions that cooperate keep their residents and attract investment more easily.',
      },
      body: {
        lt: `## Bendradarbiavimas kaip regiono pranašumas

Regionai konkuruoja dėl gyventojų, darbuotojų ir investicijų. Žmonės renkasi vietas, kuriose gera gyventi: yra darbo, prieinamos socialinės, sveikatos ir švietimo paslaugos, veikia aktyvi bendruomenė.

Socialiniai klasteriai stiprina būtent šiuos veiksnius. Kai organizacijos dalijasi ištekliais ir žiniomis, paslaugos tampa kokybiškesnės ir pigesnės, o naujos idėjos greičiau virsta veikiančiais sprendimais.

### Ką verta matuoti

- paslaugų prieinamumą ir klientų pasitenkinimą;
- užimtumą ir naujas darbo vietas socialiniame versle;
- bendrų projektų ir pritrauktų lėšų kiekį;
- jaunų žmonių ir šeimų atvykimą į regioną ir išvykimą iš jo.

Norvegijos patirtis rodo, kad lanksčios, bendradarbiavimu grįstos mokymosi ir paslaugų formos padeda išlaikyti gyvybingus net ir retai apgyvendintus regionus.`,
        en: `## Cooperation as a regional advantage

Regions compete for residents, workers and investment. People choose places where life is good: there is work, social, health and education services are within reach, and the community is active.

Social clusters strengthen exactly these factors. When organisations share resources and knowledge, services become better and cheaper, and new ideas turn into working solutions faster.

### What to measure

- access to services and client satisfaction;
- employment and new jobs in social business;
- the number of joint projects and the funding they attract;
- young people and families moving into and out of the region.

Norway's experience shows that flexible, cooperation-based forms of learning and services help keep even sparsely populated regions alive.`,
      },
    },
  ],
};
