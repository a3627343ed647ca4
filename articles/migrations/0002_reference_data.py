"""Countries, topics and spelling variants the tagger and search start with; editors refine them."""

from django.db import migrations
from django.utils.text import slugify

# name, ISO code, Central Asian, capital, currency, aliases (a trailing * matches any ending).
COUNTRIES = [
    ("Kazakhstan", "KZ", True, "Astana", "KZT", """
        Kazakh; Kazakhs; Kazakhstani; Kazakhstanis; Astana; Nur-Sultan; Almaty; Alma-Ata; Shymkent;
        Karaganda; Aktau; Atyrau; Aktobe; Taraz; Pavlodar; Oskemen; Ust-Kamenogorsk; Semey;
        Kyzylorda; Taldykorgan; Kostanay; Petropavl; Baikonur; Kuryk; Mazhilis; Mazhlis; Akorda;
        Tokayev; Tokaev; Kassym-Jomart; Nazarbayev; Nazarbaev; Bektenov; KazMunayGas;
        Samruk-Kazyna; Temir Zholy; Казахстан*; Казах*; Астан*; Алматы; Токаев*; Назарбаев*"""),
    ("Kyrgyzstan", "KG", True, "Bishkek", "KGS", """
        Kyrgyz; Kyrgyzstani; Kyrgyzstanis; Kirghizia; Kirgizia; Kirghiz; Bishkek; Osh; Jalal-Abad;
        Karakol; Naryn; Batken; Talas; Issyk-Kul; Cholpon-Ata; Tokmok; Jogorku Kenesh; Japarov;
        Zhaparov; Dzhaparov; Tashiev; Kasymaliev; Kasymaliyev; Kulubaev; Кыргыз*; Киргиз*;
        Бишкек*; Жапаров*"""),
    ("Tajikistan", "TJ", True, "Dushanbe", "TJS", """
        Tajik; Tajiks; Tajikistani; Dushanbe; Khujand; Kulob; Bokhtar; Khorog; Gorno-Badakhshan;
        GBAO; Majlisi Oli; Rahmon; Rakhmon; Emomali; Таджик*; Душанбе; Рахмон*"""),
    ("Turkmenistan", "TM", True, "Ashgabat", "TMT", """
        Turkmen; Turkmens; Ashgabat; Ashkhabad; Turkmenbashi; Dashoguz; Turkmenabat; Balkanabat;
        Awaza; Berdimuhamedov; Berdymukhamedov; Turkmenportal; Туркмен*; Ашхабад*;
        Бердымухамедов*"""),
    ("Uzbekistan", "UZ", True, "Tashkent", "UZS", """
        Uzbek; Uzbeks; Uzbekistani; Uzbekistanis; Tashkent; Samarkand; Bukhara; Khiva; Andijan;
        Namangan; Fergana; Ferghana; Nukus; Karakalpakstan; Termez; Navoi; Almalyk; Kattakurgan;
        Oliy Majlis; Mirziyoyev; Mirziyoev; Mirziyoyeva; Saidov; Aripov; Узбек*; Ташкент*;
        Мирзиёев*"""),
    ("Afghanistan", "AF", False, "Kabul", "AFN", """
        Afghan; Afghans; Kabul; Kandahar; Herat; Mazar-i-Sharif; Taliban; Афганистан*"""),
    ("Armenia", "AM", False, "Yerevan", "AMD", "Armenian; Armenians; Yerevan; Pashinyan"),
    ("Azerbaijan", "AZ", False, "Baku", "AZN", """
        Azerbaijani; Azerbaijanis; Azeri; Baku; Aliyev; Азербайджан*"""),
    ("Belarus", "BY", False, "Minsk", "BYN", "Belarusian; Minsk; Lukashenko; Беларус*"),
    ("China", "CN", False, "Beijing", "CNY", """
        Chinese; Beijing; Xinjiang; Urumqi; Shanghai; Tianjin; Xi Jinping; Belt and Road; Китай*"""),
    ("France", "FR", False, "Paris", "EUR", "French; Paris; Macron"),
    ("Georgia", "GE", False, "Tbilisi", "GEL", "Georgian; Georgians; Tbilisi; Batumi"),
    ("Germany", "DE", False, "Berlin", "EUR", """
        German; Germans; Berlin; Bundestag; Scholz; Merz; Steinmeier; Германи*"""),
    ("India", "IN", False, "New Delhi", "INR", "Indian; Indians; New Delhi; Delhi; Mumbai; Modi"),
    ("Iran", "IR", False, "Tehran", "IRR", "Iranian; Iranians; Tehran; Pezeshkian; Иран*"),
    ("Italy", "IT", False, "Rome", "EUR", "Italian; Italians; Rome; Milan; Meloni"),
    ("Japan", "JP", False, "Tokyo", "JPY", "Japanese; Tokyo; Osaka; Ishiba; Kishida; Япони*"),
    ("Mongolia", "MN", False, "Ulaanbaatar", "MNT", """
        Mongolian; Mongolians; Ulaanbaatar; Ulan Bator; Khurelsukh; Монгол*"""),
    ("Pakistan", "PK", False, "Islamabad", "PKR", "Pakistani; Pakistanis; Islamabad; Karachi; Lahore"),
    ("Qatar", "QA", False, "Doha", "QAR", "Qatari; Doha"),
    ("Russia", "RU", False, "Moscow", "RUB", """
        Russian; Russians; Russian Federation; Moscow; Kremlin; Putin; St Petersburg;
        Saint Petersburg; Lavrov; Mishustin; Росси*; Москв*; Путин*; Кремл*"""),
    ("Saudi Arabia", "SA", False, "Riyadh", "SAR", "Saudi; Saudis; Riyadh"),
    ("Singapore", "SG", False, "Singapore", "SGD", "Singaporean; Singaporeans; Lawrence Wong"),
    ("South Korea", "KR", False, "Seoul", "KRW", """
        Korea; Korean; Koreans; Republic of Korea; Seoul; Busan; Yoon Suk Yeol; Lee Jae-myung;
        Корея*; Корей*"""),
    ("Switzerland", "CH", False, "Bern", "CHF", "Swiss; Bern; Geneva; Zurich"),
    ("Turkey", "TR", False, "Ankara", "TRY", """
        Turkish; Türkiye; Turkiye; Ankara; Istanbul; Erdogan; Erdoğan; Турци*"""),
    ("Ukraine", "UA", False, "Kyiv", "UAH", "Ukrainian; Ukrainians; Kyiv; Kiev; Zelensky; Украин*"),
    ("United Arab Emirates", "AE", False, "Abu Dhabi", "AED", "UAE; Emirati; Emirates; Dubai; Abu Dhabi"),
    ("United Kingdom", "GB", False, "London", "GBP", """
        UK; U.K.; Britain; Great Britain; British; London; England; Scotland; Великобритани*"""),
    ("United States", "US", False, "Washington", "USD", """
        US; U.S.; USA; U.S.A.; America; American; Americans; Washington; White House;
        State Department; Pentagon; Congress; Biden; Trump; США; Америк*"""),
]

TOPICS = [
    ("Economy and Trade", "Growth, trade, investment, banking and business across the region.", """
        economy; economic*; trade; trade turnover; export*; import*; investment*; investor*; GDP;
        inflation; tariff*; budget; bank*; business*; market*; industr*; manufactur*; agricultur*;
        tenge; som; somoni; billion; million dollars; joint venture*; экономик*; торгов*"""),
    ("Energy", "Oil, gas, power, nuclear and renewables, and the critical minerals behind them.", """
        energy; oil; gas; pipeline*; hydropower; hydroelectric; power plant*; electricity; nuclear;
        uranium; renewable*; solar; wind farm*; coal; petrochemical*; critical minerals; lithium;
        rare earth*; mining; энергет*; нефт*; газ"""),
    ("Transport and Logistics", "Corridors, railways, ports, aviation and transit.", """
        transport*; logistic*; railway*; rail; Middle Corridor; Trans-Caspian; transit; port; ports;
        cargo; freight; corridor*; airline*; flight*; airport*; road*; container*; транспорт*"""),
    ("Politics and Governance", "Presidents, parliaments, elections, reforms and the state.", """
        parliament*; election*; vote*; government; cabinet; prime minister; deputies; reform*;
        constitution*; referendum; political part*; opposition; Jogorku Kenesh; Mazhilis; Senate;
        akim; governance; polit*; выбор*; парламент*"""),
    ("Diplomacy", "Visits, summits, treaties and the region's relations with the world.", """
        diplomat*; bilateral; summit*; state visit; official visit; talks; foreign minister;
        foreign affairs; embassy; ambassador*; memorandum; strategic partner*; United Nations;
        UN; SCO; CIS; EAEU; C5+1; дипломат*; визит*"""),
    ("Security and Defence", "Armed forces, borders, extremism and regional security.", """
        military; army; armies; armed forces; defense; defence; security; terror*; extremis*;
        border*; troops; weapon*; CSTO; NATO; drone*; UAV*; military exercise*; invasion; war;
        безопасност*; арми*"""),
    ("Law, Justice and Corruption", "Courts, prosecutions, policing and graft.", """
        court*; sentenced; convicted; prison; trial; prosecutor*; corruption; bribe*;
        anti-corruption; criminal; police; arrest*; detained; investigation; judicial; legislation;
        law enforcement; суд*; коррупц*"""),
    ("Human Rights and Society", "Rights, freedoms, gender, children and civil society.", """
        human rights; women; girls; children; violence; domestic violence; gender; activist*;
        freedom; press freedom; journalist*; protest*; NGO*; civil society; discrimination;
        ombudsman; femicide; права человека; насили*"""),
    ("Environment, Climate and Water", "Climate change, water, the Aral Sea, land and pollution.", """
        climate; climate change; environment*; water; Aral Sea; glacier*; drought; pollution;
        ecolog*; emissions; landscape*; irrigation; biodiversity; flood*; pasture*; климат*;
        экологи*"""),
    ("Technology", "Digital services, innovation, IT, space and telecoms.", """
        technolog*; digital*; digitization; digitalization; innovation*; startup*; IT;
        artificial intelligence; AI; satellite*; microsatellite*; nanosatellite*; space research;
        internet; cyber*; telecom*; fin-tech; fintech; технолог*; цифров*"""),
    ("Education and Culture", "Schools, universities, the arts, heritage and tourism.", """
        education; educational; universit*; school*; student*; culture; cultural; museum*;
        exhibition*; literature; novel*; epic*; film*; festival*; heritage; language*; tourism;
        tourist*; образован*; культур*"""),
    ("Migration and Labour", "Labour migrants, remittances, jobs and diasporas.", """
        migration; migrant*; labor migration; labour migration; labor; labour; workers;
        remittance*; employment; unemployment; diaspora*; work permit*; мигра*"""),
    ("Health", "Public health, hospitals, disease and medicine.", """
        health; healthcare; hospital*; medical; medicine*; disease*; vaccin*; pandemic; epidemic;
        doctor*; patients; здравоохранен*"""),
]

SPELLINGS = [
    ("Tokayev", "Tokaev\nТокаев"),
    ("Nazarbayev", "Nazarbaev\nНазарбаев"),
    ("Japarov", "Zhaparov\nDzhaparov\nЖапаров"),
    ("Mirziyoyev", "Mirziyoev\nMirzijojev\nМирзиёев"),
    ("Rahmon", "Rakhmon\nRakhmonov\nРахмон"),
    ("Berdimuhamedov", "Berdymukhamedov\nBerdimuhammedov\nБердымухамедов"),
    ("Putin", "Путин"),
    ("Kazakhstan", "Kazakstan\nКазахстан"),
    ("Kyrgyzstan", "Kirghizia\nKirgizia\nKyrgyz Republic\nКыргызстан\nКиргизия"),
    ("Tajikistan", "Tadzhikistan\nТаджикистан"),
    ("Turkmenistan", "Туркменистан"),
    ("Uzbekistan", "Узбекистан"),
    ("Almaty", "Alma-Ata\nАлматы\nАлма-Ата"),
    ("Astana", "Nur-Sultan\nАстана"),
    ("Bishkek", "Бишкек"),
    ("Tashkent", "Ташкент"),
    ("Dushanbe", "Душанбе"),
    ("Ashgabat", "Ashkhabad\nАшхабад"),
]


def alias_lines(text):
    return "\n".join(part.strip() for part in text.replace("\n", " ").split(";") if part.strip())


def load(apps, schema_editor):
    Country = apps.get_model("articles", "Country")
    Topic = apps.get_model("articles", "Topic")
    SpellingVariant = apps.get_model("articles", "SpellingVariant")
    Country.objects.bulk_create(
        Country(
            name=name,
            slug=slugify(name),
            iso_code=iso,
            is_central_asian=central,
            capital=capital,
            currency_code=currency,
            aliases=alias_lines(aliases),
        )
        for name, iso, central, capital, currency, aliases in COUNTRIES
    )
    Topic.objects.bulk_create(
        Topic(name=name, slug=slugify(name), description=description, keywords=alias_lines(words))
        for name, description, words in TOPICS
    )
    SpellingVariant.objects.bulk_create(
        SpellingVariant(name=name, variants=variants) for name, variants in SPELLINGS
    )


def unload(apps, schema_editor):
    for model in ("Country", "Topic", "SpellingVariant"):
        apps.get_model("articles", model).objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("articles", "0001_initial")]

    operations = [migrations.RunPython(load, unload)]
