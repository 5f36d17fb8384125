// Hand-made gold alignments of short volunteer leaflets in English, German and Russian, written the way
// published editions differ: sentences joined or split by the translator, a sentence left out, one added.
// Links in vecalign's notation (left:right, 0-based sentence numbers).

export interface GoldText {
  name: string;
  left: string[];
  right: string[];
  gold: string[];
}

export const FOOD_BANK_EN = [
  'Welcome to the Riverside Food Bank.',
  'Every Saturday from 9 a.m. to 1 p.m., volunteers sort donations in the hall on Mill Street 14.',
  'No experience is needed.',
  'We will show you everything on your first day.',
  'Please wear closed shoes and bring a water bottle.',
  'Children under 16 may help when a parent comes along.',
  'In 2023 we handed out 48,000 meals to 1,200 families.',
  'This was only possible because 150 people gave their time.',
  'Do you speak Arabic, Ukrainian or Turkish?',
  'Then you can help us at the reception desk, where new visitors often need someone who understands them.',
  'Drivers with a licence for vans are also very welcome.',
  'Questions?',
  'Write to Maria Keller at info@riverside-foodbank.org or call 0441 555 2310.',
  'Thank you for helping your neighbours!',
];

export const FOOD_BANK_DE = [
  'Willkommen bei der Tafel Riverside.',
  'Jeden Samstag von 9 bis 13 Uhr sortieren Freiwillige die Spenden im Saal in der Mühlenstraße 14.',
  'Sie brauchen keine Erfahrung, denn am ersten Tag zeigen wir Ihnen alles.',
  'Bitte tragen Sie geschlossene Schuhe.',
  'Bringen Sie auch eine Wasserflasche mit.',
  'Kinder unter 16 Jahren dürfen mithelfen, wenn ein Elternteil dabei ist.',
  'Im Jahr 2023 haben wir 48.000 Mahlzeiten an 1.200 Familien ausgegeben.',
  'Das war nur möglich, weil 150 Menschen ihre Zeit geschenkt haben.',
  'Sprechen Sie Arabisch, Ukrainisch oder Türkisch?',
  'Dann können Sie uns am Empfang helfen, wo neue Besucher oft jemanden brauchen, der sie versteht.',
  'Auch Fahrerinnen und Fahrer mit Führerschein für Transporter sind herzlich willkommen.',
  'Fragen?',
  'Schreiben Sie an Maria Keller, info@riverside-foodbank.org, oder rufen Sie 0441 555 2310 an.',
  'Danke, dass Sie Ihren Nachbarn helfen!',
];

export const FOOD_BANK_RU = [
  'Добро пожаловать в продовольственный банк «Риверсайд».',
  'Каждую субботу с 9 до 13 часов волонтёры сортируют пожертвования в зале на Мельничной улице, 14.',
  'Опыт не нужен.',
  'В первый день мы всё вам покажем.',
  'Пожалуйста, наденьте закрытую обувь и возьмите с собой бутылку воды.',
  'Дети до 16 лет могут помогать, если с ними придёт кто-то из родителей.',
  'В 2023 году мы раздали 48 000 обедов 1200 семьям, и это стало возможным только благодаря 150 людям, которые отдали нам своё время.',
  'Вы говорите по-арабски, по-украински или по-турецки?',
  'Тогда вы можете помочь нам на стойке регистрации.',
  'Новым посетителям часто нужен кто-то, кто их понимает.',
  'Есть вопросы?',
  'Пишите Марии Келлер на info@riverside-foodbank.org или звоните по телефону 0441 555 2310.',
  'Спасибо, что помогаете своим соседям!',
  'Консультации на русском языке проходят по средам.',
];

const CLEANUP_EN = [
  'The spring clean-up of Lindenpark takes place on Saturday, 12 April.',
  "We meet at 10 o'clock at the main gate.",
  'Gloves, bags and litter pickers are provided by the city.',
  'Last year 85 volunteers collected more than two tonnes of rubbish.',
  'Most of it was plastic.',
  'This year we also want to clean the banks of the pond.',
  'For that we need people with rubber boots.',
  'After the work there is soup and tea for everyone.',
  'The Sommer bakery is donating the bread.',
  'If it rains heavily, the clean-up moves to 19 April.',
  'Please register by 5 April so that we can plan the groups.',
  'You can register online or at the library.',
];

const CLEANUP_RU = [
  'Весенняя уборка Липового парка пройдёт в субботу, 12 апреля; встречаемся в 10 часов у главного входа.',
  'Перчатки, мешки и захваты для мусора предоставляет город.',
  'В прошлом году 85 волонтёров собрали больше двух тонн мусора, в основном пластика.',
  'В этом году мы хотим также очистить берега пруда.',
  'Для этого нужны люди в резиновых сапогах.',
  'После работы всех ждут суп и чай.',
  'Хлеб бесплатно привезёт пекарня «Зоммер».',
  'Если будет сильный дождь, уборку перенесём на 19 апреля.',
  'Пожалуйста, зарегистрируйтесь до 5 апреля.',
  'Так мы сможем заранее распределить группы.',
  'Записаться можно на сайте или в библиотеке.',
];

const CHOIR_DE = [
  'Der Chor Cantabile sucht neue Stimmen.',
  'Wir proben jeden Dienstag um 19.30 Uhr im Gemeindehaus St. Markus.',
  'Noten lesen ist keine Voraussetzung.',
  'Besonders willkommen sind Tenöre und Bässe.',
  'Im Dezember singen wir das Weihnachtsoratorium von Johann Sebastian Bach, im Sommer ein Programm mit Volksliedern aus Osteuropa.',
  'Der Mitgliedsbeitrag beträgt 8 Euro im Monat.',
  'Schülerinnen, Schüler und Studierende zahlen nichts.',
  'Kommen Sie einfach zu einer Probe vorbei!',
  'Unsere Chorleiterin Anna Petrowa freut sich auf Sie.',
];

const CHOIR_RU = [
  'Хор «Кантабиле» ищет новые голоса.',
  'Репетиции проходят каждый вторник в 19:30 в приходском доме Святого Марка.',
  'Уметь читать ноты не обязательно.',
  'Особенно мы ждём теноров и басов.',
  'В декабре мы исполняем Рождественскую ораторию Иоганна Себастьяна Баха.',
  'Летом у нас программа из народных песен Восточной Европы.',
  'Членский взнос составляет 8 евро в месяц, школьники и студенты не платят.',
  'Приходите на репетицию!',
  'Наш хормейстер Анна Петрова будет рада вас видеть.',
];

export const GOLD_TEXTS: GoldText[] = [
  {
    name: 'food bank en–de (a join, a split)',
    left: FOOD_BANK_EN,
    right: FOOD_BANK_DE,
    gold: [
      '[0]:[0]',
      '[1]:[1]',
      '[2, 3]:[2]',
      '[4]:[3, 4]',
      '[5]:[5]',
      '[6]:[6]',
      '[7]:[7]',
      '[8]:[8]',
      '[9]:[9]',
      '[10]:[10]',
      '[11]:[11]',
      '[12]:[12]',
      '[13]:[13]',
    ],
  },
  {
    name: 'food bank en–ru (a join, a split, a sentence left out, one added)',
    left: FOOD_BANK_EN,
    right: FOOD_BANK_RU,
    gold: [
      '[0]:[0]',
      '[1]:[1]',
      '[2]:[2]',
      '[3]:[3]',
      '[4]:[4]',
      '[5]:[5]',
      '[6, 7]:[6]',
      '[8]:[7]',
      '[9]:[8, 9]',
      '[10]:[]',
      '[11]:[10]',
      '[12]:[11]',
      '[13]:[12]',
      '[]:[13]',
    ],
  },
  {
    name: 'food bank de–ru',
    left: FOOD_BANK_DE,
    right: FOOD_BANK_RU,
    gold: [
      '[0]:[0]',
      '[1]:[1]',
      '[2]:[2, 3]',
      '[3, 4]:[4]',
      '[5]:[5]',
      '[6, 7]:[6]',
      '[8]:[7]',
      '[9]:[8, 9]',
      '[10]:[]',
      '[11]:[10]',
      '[12]:[11]',
      '[13]:[12]',
      '[]:[13]',
    ],
  },
  {
    name: 'park clean-up en–ru (two joins, a split)',
    left: CLEANUP_EN,
    right: CLEANUP_RU,
    gold: ['[0, 1]:[0]', '[2]:[1]', '[3, 4]:[2]', '[5]:[3]', '[6]:[4]', '[7]:[5]', '[8]:[6]', '[9]:[7]', '[10]:[8, 9]', '[11]:[10]'],
  },
  {
    name: 'choir de–ru (a split, a join)',
    left: CHOIR_DE,
    right: CHOIR_RU,
    gold: ['[0]:[0]', '[1]:[1]', '[2]:[2]', '[3]:[3]', '[4]:[4, 5]', '[5, 6]:[6]', '[7]:[7]', '[8]:[8]'],
  },
];
