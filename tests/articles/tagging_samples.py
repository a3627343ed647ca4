"""Invented articles with the topics an editor would give them: a held-out set for the tagger.

Written for these tests (no text from real dumps), several per topic, with the traps the seed set
showed: a river's banks, a border in a trade story, a court case with a phone in it, a holiday
with a parade. The rules were not tuned on these.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Sample:
    title: str
    paragraphs: list[str]
    topics: set[str]


ECONOMY = "Economy and Trade"
ENERGY = "Energy"
TRANSPORT = "Transport and Logistics"
POLITICS = "Politics and Governance"
DIPLOMACY = "Diplomacy"
SECURITY = "Security and Defence"
LAW = "Law, Justice and Corruption"
RIGHTS = "Human Rights and Society"
ENVIRONMENT = "Environment, Climate and Water"
TECHNOLOGY = "Technology"
CULTURE = "Education and Culture"
MIGRATION = "Migration and Labour"
HEALTH = "Health"

HELD_OUT = [
    Sample(
        "Floodwater Eats Away at Riverbanks Along the Syr Darya",
        [
            "Spring floods have washed away parts of the banks of the Syr Darya in the Kyzylorda "
            "region, where the river rose almost two metres in a week after heavy snowmelt.",
            "Villagers on the left bank moved livestock to higher ground as water reached "
            "gardens and pasture. Engineers from the regional water committee are reinforcing "
            "the embankment with stone and sandbags.",
            "Hydrologists say the flood is the worst in a decade and link it to warmer winters "
            "in the mountains upstream, where glaciers and snowfields melt earlier each year.",
            "The committee plans to clear silted irrigation channels so that the water can be "
            "spread over farmland rather than pile up against the river banks.",
        ],
        {ENVIRONMENT},
    ),
    Sample(
        "New Border Market Opens Between Kyrgyzstan and Kazakhstan",
        [
            "A trade market opened on the Kyrgyz-Kazakh border near Korday on Tuesday, letting "
            "traders from both sides sell fruit, textiles and household goods without customs "
            "paperwork for small consignments.",
            "The market has 400 stalls and a warehouse, and its operators expect turnover of "
            "about $30 million in its first year. Exporters of dried apricots and walnuts from "
            "the Chui valley say it will cut their costs.",
            "Officials hope that the market will ease queues of lorries at the border crossing, "
            "where traders have complained of delays during the harvest season.",
        ],
        {ECONOMY},
    ),
    Sample(
        "Former Bank Manager Jailed for Embezzling Clients’ Deposits",
        [
            "A district court in Shymkent sentenced a former branch manager of a commercial "
            "bank to nine years in prison for embezzling deposits worth 600 million tenge.",
            "Prosecutors said the manager opened accounts in the names of elderly clients and "
            "moved their savings to relatives. Investigators traced the transfers through "
            "text messages found on his phone.",
            "The defendant pleaded not guilty and his lawyer said he would appeal. The court "
            "also ordered the confiscation of two flats and a car bought with the money.",
        ],
        {LAW},
    ),
    Sample(
        "Tashkent Celebrates Independence Day With Concerts and Fireworks",
        [
            "Uzbekistan marked the anniversary of its independence on Sunday with concerts, "
            "folk dance and a fireworks display over the capital’s New Uzbekistan park.",
            "Singers and dance ensembles from every region performed on an open-air stage, "
            "while craftsmen from Bukhara and Khiva showed embroidery, ceramics and carpets. "
            "Museums and theatres opened their doors free of charge.",
            "A guard of honour laid wreaths at the Independence Monument in the morning, and "
            "the president congratulated the nation in a televised address, praising its "
            "traditions and its young people.",
            "Celebrations continued late into the night, with families strolling through the "
            "illuminated streets.",
        ],
        {CULTURE},
    ),
    Sample(
        "Kazakhstan Moves to a Single Time Zone",
        [
            "Kazakhstan’s government has decided that the whole country will follow one time "
            "zone from March 1, ending a split between the west and the rest of the country.",
            "The cabinet said the change would bring daily life closer to natural daylight and "
            "simplify the work of ministries, schedules and broadcasting across the regions.",
            "Supporters argued that the evenings will be lighter; critics in the north said "
            "children would walk to school in the dark and asked deputies of the Mazhilis to "
            "review the decision. A ministry spokesman said the reform would be evaluated "
            "after a year.",
        ],
        {POLITICS},
    ),
    Sample(
        "Remittances From Russia Fall as Tajik Migrants Head Elsewhere",
        [
            "Money transfers from Russia to Tajikistan fell by 12% in the first half of the "
            "year, according to the national bank, as fewer labour migrants travelled north.",
            "Many workers are looking for jobs in Kazakhstan, South Korea and the Gulf states, "
            "where wages are higher and work permits easier to obtain. Recruitment agencies in "
            "Dushanbe report rising demand for construction and farm workers abroad.",
            "Remittances still make up about a third of Tajikistan’s economy, and economists "
            "warn that households depend on them for food and schooling.",
        ],
        {MIGRATION, ECONOMY},
    ),
    Sample(
        "Tajikistan Starts New Turbine at Mountain Hydropower Plant",
        [
            "A new 600-megawatt turbine has started generating electricity at a hydropower plant "
            "on the Vakhsh river, adding almost a tenth to Tajikistan’s generating capacity.",
            "The energy ministry said the extra power would end winter blackouts in the south "
            "and allow more electricity exports to Afghanistan and Uzbekistan over new "
            "transmission lines.",
            "The plant’s dam is being raised in stages; the reservoir will feed two more "
            "turbines by 2028.",
        ],
        {ENERGY},
    ),
    Sample(
        "Kyrgyz Parliament Approves Early Elections",
        [
            "Deputies of the Jogorku Kenesh voted on Wednesday to dissolve parliament and hold "
            "early parliamentary elections in November, a year ahead of schedule.",
            "The speaker said the vote would let the new electoral code, which brings back "
            "single-member districts, take effect sooner. Opposition parties complained that "
            "they would have little time to register candidates.",
            "The Central Election Commission will publish the calendar of the campaign next week.",
        ],
        {POLITICS},
    ),
    Sample(
        "Uzbek and Turkish Foreign Ministers Hold Talks in Ankara",
        [
            "Uzbekistan’s foreign minister held talks with his Turkish counterpart in Ankara on "
            "Monday, preparing a state visit by President Mirziyoyev in the autumn.",
            "The ministers discussed the agenda of the High-Level Strategic Cooperation "
            "Council, consular matters and the opening of a new consulate in Samarkand, and "
            "signed a memorandum on cooperation between their diplomatic academies.",
            "Both sides praised bilateral relations and agreed to coordinate their positions "
            "within the Organization of Turkic States and the United Nations.",
        ],
        {DIPLOMACY},
    ),
    Sample(
        "CSTO Troops Hold Drills in the Pamir Mountains",
        [
            "Troops from four member states of the Collective Security Treaty Organization "
            "held joint military exercises near the Tajik-Afghan border this week.",
            "About 3,000 soldiers, with artillery, helicopters and drones, practised repelling "
            "an incursion by armed militants crossing the border in the mountains.",
            "The defence ministry in Dushanbe said the drills tested how quickly the allies "
            "could reinforce border guards in case of an attack.",
        ],
        {SECURITY},
    ),
    Sample(
        "Measles Cases Rise in Southern Kazakhstan",
        [
            "Doctors in the Turkestan region have recorded more than 300 cases of measles since "
            "January, and the health ministry has launched a vaccination campaign in schools "
            "and clinics.",
            "Most of the patients are children whose parents refused vaccines. Hospitals in "
            "Shymkent have opened extra wards for infectious diseases.",
            "Epidemiologists urge parents to check their children’s vaccination records before "
            "the new school year.",
        ],
        {HEALTH},
    ),
    Sample(
        "Uzbekistan Launches App for Public Services",
        [
            "Uzbekistan has launched a mobile app that lets citizens apply for passports, "
            "register businesses and pay fines online, the ministry of digital technologies "
            "said.",
            "The app uses a digital ID and electronic signatures, and more than 200 services "
            "will be available by the end of the year. Developers at the IT Park in Tashkent "
            "built it in eighteen months.",
            "Officials say digitalization will cut queues and paperwork in public offices.",
        ],
        {TECHNOLOGY},
    ),
    Sample(
        "New University Campus Opens in Khujand",
        [
            "A new campus of the state university has opened in Khujand with lecture halls, "
            "laboratories and a library for 5,000 students.",
            "The rector said the university would start programmes in engineering, medicine "
            "and teacher training, and offer scholarships to students from mountain villages.",
            "Lecturers from partner universities in Europe and Asia will teach some of the "
            "courses in English.",
        ],
        {CULTURE},
    ),
    Sample(
        "Felt Carpet Festival Draws Tourists to Lake Issyk-Kul",
        [
            "A festival of felt carpets and nomadic crafts on the shore of Issyk-Kul drew "
            "thousands of tourists at the weekend.",
            "Artisans demonstrated how shyrdak carpets are made, and musicians played the "
            "komuz while horsemen staged traditional games. Hotels in Cholpon-Ata were fully "
            "booked.",
            "The tourism department hopes the festival will become an annual event on the "
            "cultural calendar of the region.",
        ],
        {CULTURE},
    ),
    Sample(
        "Journalist Detained After Reporting on Police Abuse",
        [
            "Police in Almaty detained an independent journalist on Thursday, a day after she "
            "published an investigation into the beating of detainees at a police station.",
            "Human rights groups called the arrest an attack on press freedom and demanded "
            "her release. Her lawyer said she was charged with spreading false information, "
            "which carries a prison sentence of up to seven years.",
            "A court will decide next week whether to keep her in custody.",
        ],
        {RIGHTS, LAW},
    ),
    Sample(
        "Drought Threatens Harvest in Karakalpakstan",
        [
            "A second dry summer has left canals in Karakalpakstan half empty, and farmers "
            "say cotton and wheat are wilting in the fields.",
            "The Amu Darya carries less water than usual after a winter with little snow, and "
            "the shrinking Aral Sea leaves dust storms that carry salt onto the land.",
            "Water authorities have rationed irrigation, and ecologists are calling for "
            "drip systems and drought-resistant crops to adapt to a hotter climate.",
        ],
        {ENVIRONMENT},
    ),
    Sample(
        "First Container Train Crosses New Railway to Afghanistan",
        [
            "The first container train has travelled the new railway line from Termez to "
            "Mazar-i-Sharif, cutting the time needed to move freight across the border.",
            "The train carried 50 containers of flour, building materials and fertiliser. "
            "Rail operators plan two trains a week and expect cargo volumes to triple once "
            "a logistics hub opens at the terminal.",
            "The line is part of a transport corridor meant to link Central Asia with ports "
            "in Pakistan.",
        ],
        {TRANSPORT},
    ),
    Sample(
        "Central Bank of Uzbekistan Holds Interest Rate as Inflation Slows",
        [
            "The Central Bank of Uzbekistan kept its policy rate at 13.5% on Thursday, saying "
            "inflation had slowed to 9% a year but remained above its target.",
            "The regulator said prices of food and services were rising more slowly, while "
            "wage growth and lending to businesses remained strong. Commercial banks expect "
            "the rate to fall in the spring.",
            "Economists said the decision supported the sum, which has been stable against the "
            "dollar this year.",
        ],
        {ECONOMY},
    ),
    Sample(
        "Turkmenistan Signs Deal to Raise Gas Exports to China",
        [
            "Turkmenistan has agreed to raise natural gas supplies to China through the "
            "Central Asia–China pipeline, after talks between the state gas company and its "
            "Chinese partner.",
            "A fourth branch of the pipeline will carry an extra 25 billion cubic metres a "
            "year once the Galkynysh field’s next phase comes on stream. The deal is worth "
            "several billion dollars in export revenue a year.",
            "Gas exports already make up most of Turkmenistan’s foreign trade.",
        ],
        {ENERGY, ECONOMY},
    ),
    Sample(
        "Road Agency Officials Arrested Over Bribes",
        [
            "Anti-corruption officers have arrested the head of a regional road agency and two "
            "of his deputies on suspicion of taking bribes from contractors.",
            "Investigators say the officials demanded kickbacks of 10% for contracts to repair "
            "roads and bridges, and found $400,000 in cash during searches.",
            "The suspects face up to twelve years in prison if convicted.",
        ],
        {LAW},
    ),
    Sample(
        "Kazakhstan Toughens Penalties for Domestic Violence",
        [
            "President Tokayev has signed a law that makes domestic violence a criminal "
            "offence from the first assault and creates shelters for women and children.",
            "Activists who campaigned for the change for years welcomed the law but said police "
            "must now take victims’ complaints seriously. Rights groups counted hundreds of "
            "women killed by partners over the past decade.",
            "The law also introduces restraining orders and courses for offenders.",
        ],
        {RIGHTS, LAW},
    ),
    Sample(
        "Kazakh and Chinese Leaders Open Trade and Investment Forum",
        [
            "The presidents of Kazakhstan and China opened a business forum in Astana during a "
            "state visit, where companies signed investment agreements worth $4 billion.",
            "The deals cover car assembly, food processing, logistics centres and a copper "
            "smelter. The two leaders also discussed visa-free travel and new flights.",
            "Bilateral trade reached a record $41 billion last year, and both sides aim to "
            "raise it further.",
        ],
        {DIPLOMACY, ECONOMY},
    ),
]

# Russian articles: the reference rules hold Russian keywords and aliases, so these need no
# editor's help.
RUSSIAN = [
    Sample(
        "Казахстан и Китай подписали соглашения о торговле",
        [
            "В Астане прошли переговоры президентов Казахстана и Китая, по итогам которых "
            "подписаны соглашения об инвестициях и торговле на 4 миллиарда долларов.",
            "Товарооборот между странами в прошлом году вырос на 20%, экспорт казахстанского "
            "зерна и металлов в Китай продолжает расти.",
        ],
        {DIPLOMACY, ECONOMY},
    ),
    Sample(
        "В Бишкеке осудили чиновника за взятку",
        [
            "Суд Бишкека приговорил бывшего чиновника мэрии к восьми годам лишения свободы "
            "за получение взятки.",
            "По данным прокуратуры, он требовал деньги у предпринимателей за выдачу "
            "разрешений. Уголовное дело расследовала служба по борьбе с коррупцией.",
        ],
        {LAW},
    ),
    Sample(
        "Таджикские мигранты отправили домой меньше денег",
        [
            "Объем денежных переводов трудовых мигрантов из России в Таджикистан снизился, "
            "сообщил Национальный банк.",
            "Многие мигранты ищут работу в других странах, где выше зарплаты и проще "
            "получить разрешение на работу.",
        ],
        {MIGRATION, ECONOMY},
    ),
    Sample(
        "Узбекистан строит новую солнечную электростанцию",
        [
            "В Самаркандской области началось строительство солнечной электростанции "
            "мощностью 500 мегаватт.",
            "Министерство энергетики Узбекистана ожидает, что станция обеспечит "
            "электроэнергией сто тысяч домов и сократит потребление газа.",
        ],
        {ENERGY},
    ),
    Sample(
        "Засуха угрожает урожаю в Туркменистане",
        [
            "Из-за засухи и жары в Дашогузском велаяте обмелели каналы, фермеры жалуются на "
            "нехватку воды для полива.",
            "Экологи связывают маловодье Амударьи с изменением климата и таянием ледников.",
        ],
        {ENVIRONMENT},
    ),
]
