"""Weighted topic rules (English and Russian) and Russian aliases for the Central Asian countries.

The reference topics' keywords become weighted rules (see articles.tagging.rules for the syntax):
3 for words that make the topic on their own, 2 for strong signs, 1 or less for words that only
add up, 0 for look-alikes that must not count ("important" is not "import*"), and negative for
contexts that speak against the topic. Lines an editor added to a topic are kept, after these;
backwards, the keywords of 0002 come back, again with the editor's own lines.
"""

from decimal import Decimal
from importlib import import_module

from django.db import migrations
from django.utils.text import slugify

REFERENCE = import_module("articles.migrations.0002_reference_data")

# slug: (minimum score, rules)
TOPICS = {
    "economy-and-trade": (Decimal("10"), """
        # The topic itself
        economy 3
        economies 3
        economic 2
        economically 2
        economist* 2
        GDP 3
        inflation 3
        trade 2
        trading 2
        trade turnover 3
        foreign trade 3
        free trade 3
        export* 2
        import 2
        imports 2
        imported 2
        importing 2
        importer* 2
        investment* 3
        investor* 3
        invest 2
        invested 2
        investing 2
        tariff* 2
        customs 1.5
        sanction* 1
        budget 1.5
        debt* 2
        default 1.5
        loan* 1
        credit* 1
        financ* 1
        central bank* 3
        national bank 3
        bank 1
        banks 1
        banking 2
        business* 1.5
        businessmen 2
        entrepreneur* 2
        compan* 0.5
        corporation* 0.5
        enterprise* 0.5
        joint venture* 3
        market 1
        markets 1.5
        privati* 3
        stock exchange* 3
        IPO 3
        industr* 0.5
        industrial 1
        manufactur* 2
        production 0.5
        agricultur* 0.5
        agribusiness 2
        farm* 0.5
        goods 1
        commodit* 2
        sales 2
        prices 1.5
        price 1
        revenue* 2
        profit* 2
        growth 0.5
        tenge 1.5
        somoni 1.5
        manat 1.5
        ruble* 1
        rouble* 1
        dollar* 0
        billion 0.5
        tax 1.5
        taxes 1.5
        taxation 1.5
        WTO 3
        Special Economic Zone* 3
        Belt and Road 2
        remittance* 1.5
        e-commerce 1
        retail 1.5
        wholesale 1.5
        currency 1.5
        exchange rate* 3
        devaluation 3
        interest rate* 3
        deficit* 2
        subsid* 1.5
        grain 1
        wheat 1
        cotton 1
        gold 1
        # Look-alikes and other topics' words
        importan* 0
        World Bank 0
        Development Bank 0
        river bank* 0
        -food security 0
        customs and traditions 0
        trade union* 0
        gold medal* 0
        # Russian
        экономик* 3
        экономическ* 2
        торговл* 2
        торгов* 1.5
        торговл* людьми 0
        товарооборот* 3
        экспорт* 2
        импорт* 2
        инвестиц* 3
        инвестор* 3
        ВВП 3
        инфляци* 3
        бюджет* 1.5
        банк* 1
        национальн* банк* 2
        нацбанк* 2
        денежн* перевод* 1.5
        бизнес* 1.5
        предпринимател* 2
        рынок 1
        рынка 1
        рынке 1
        рынки 1.5
        рынков 1.5
        рыночн* 1.5
        промышлен* 1
        компани* 1
        налог* 1.5
        пошлин* 2
        таможен* 1.5
        тенге 1.5
        сомони 1.5
        миллиард* 0.5
        """),
    "energy": (Decimal("10"), """
        # The topic itself
        energy 2
        oil 3
        gas 3
        natural gas 3
        LNG 3
        crude 2
        barrel* 2
        refiner* 3
        petrochemical* 3
        pipeline* 3
        fuel* 2
        petrol 2
        gasoline 2
        diesel 2
        coal 2
        electricity 3
        power plant* 3
        power station* 3
        power grid* 3
        power line* 2
        transmission line* 2
        blackout* 2
        hydropower 3
        hydroelectric 3
        turbine* 2
        nuclear 2
        uranium 3
        renewable* 3
        solar 3
        wind farm* 3
        wind power 3
        kilowatt* 3
        megawatt* 3
        gigawatt* 3
        critical minerals 2.5
        critical raw materials 2
        rare earth* 3
        lithium 2
        minerals 1
        mining 1
        OPEC 3
        # Look-alikes and other topics' words
        greenhouse gas* 0
        tear gas 0
        nuclear weapon* 0
        sunflower oil 0
        vegetable oil 0
        cooking oil 0
        cottonseed oil 0
        olive oil 0
        # Russian
        энергет* 2
        энерги* 2
        электроэнерги* 3
        электричеств* 3
        электростанц* 3
        ГЭС 3
        АЭС 3
        нефт* 3
        нефтегаз* 3
        газ 3
        газа 3
        газу 3
        газом 3
        газов* 3
        газопровод* 3
        трубопровод* 3
        топлив* 2
        уголь 2
        угля 2
        угольн* 2
        уран* 2
        возобновляем* 3
        солнечн* электростанц* 3
        ветров* 1
        ветрян* 2
        мегаватт* 3
        киловатт* 3
        гигаватт* 3
        месторождени* 2
        редкоземельн* 3
        критическ* минерал* 3
        """),
    "transport-and-logistics": (Decimal("10"), """
        # The topic itself
        transport 2
        transportation 2
        transit 2
        logistic* 3
        railway* 3
        railroad* 3
        rail 2
        train 1
        trains 1.5
        passenger* 1.5
        bus 1
        buses 1
        metro 2
        air service* 2
        freight 3
        cargo 3
        container* 2
        port 1.5
        ports 1.5
        seaport* 3
        dry port* 3
        shipping 2
        ferry 2
        ferries 2
        Middle Corridor 3
        Trans-Caspian 3
        corridor* 2
        route* 1
        connectivity 2
        terminal* 1.5
        infrastructure 1
        road 1
        roads 1
        highway* 3
        motorway* 3
        truck* 2
        lorr* 2
        airline* 3
        airport* 3
        aviation 3
        flight* 1.5
        Belt and Road 2
        # Look-alikes and other topics' words
        road map* 0
        # Russian
        транспорт* 3
        логистик* 3
        логистическ* 3
        железн* дорог* 3
        железнодорожн* 3
        транзит* 2
        грузов* 3
        грузоперевоз* 3
        контейнер* 2
        порт 2
        порта 2
        порту 2
        портов 2
        морск* порт* 3
        авиа* 2
        аэропорт* 3
        рейс* 1.5
        перевоз* 2
        коридор* 2
        автомобильн* дорог* 3
        поезд* 2
        """),
    "politics-and-governance": (Decimal("10"), """
        # The topic itself
        politics 2
        political 1
        parliament* 3
        parliamentary 3
        lawmaker* 3
        deputies 2
        Mazhilis 3
        Jogorku Kenesh 3
        Oliy Majlis 3
        Majlisi Oli 3
        Senate 2
        senator* 2
        speaker 1
        plenary 2
        election* 3
        electoral 3
        vote 2
        voted 2
        voters 3
        votes 2
        ballot* 3
        polling 3
        campaign 1
        candidate* 2
        referendum 3
        constitution* 2
        political part* 3
        opposition 2
        government 0.5
        cabinet 1.5
        prime minister 0.5
        reform* 1
        decree* 2
        resign* 2
        appoint* 1.5
        inauguration 3
        akim* 2
        governance 2
        presidential administration 2
        mayor* 1
        municipal 1
        local government* 1.5
        civil servant* 1
        public administration 2
        bureaucra* 1.5
        impeach* 3
        coup 2
        # Russian
        политик* 1.5
        политическ* 1
        парламент* 3
        депутат* 2
        Мажилис* 3
        Жогорку Кенеш* 3
        Олий Мажлис* 3
        сенат* 2
        выборы 3
        выборов 3
        выборах 3
        избирательн* 3
        голосовани* 2
        референдум* 3
        конституц* 2
        парти* 1
        оппозиц* 2
        правительств* 0.5
        реформ* 1
        указ 2
        указом 2
        отставк* 2
        аким* 2
        """),
    "diplomacy": (Decimal("10"), """
        # The topic itself
        diplomacy 3
        diplomat* 3
        bilateral 2
        bilateral relations 3
        relations 1.5
        ties 1.5
        summit* 3
        state visit 3
        official visit 3
        working visit 3
        visit* 1.5
        talks 2
        held talks 3
        negotiat* 1.5
        counterpart* 2
        delegation* 1.5
        foreign minister* 3
        foreign affairs 2
        foreign policy 3
        foreign ministry 3
        geopolitic* 1
        secretary of state 3
        State Department 2
        embassy 3
        embassies 3
        ambassador* 3
        envoy* 3
        consul* 2
        memorandum 1
        treaty 2
        strategic partner* 3
        partnership 1
        United Nations 1.5
        UN 1
        SCO 2
        CIS 2
        EAEU 2
        C5+1 3
        Organization of Turkic States 3
        Turkic States 2
        # Look-alikes and other topics' words
        visitor* 0
        public relations 0
        labor relations 0
        labour relations 0
        family ties 0
        # Russian
        дипломат* 3
        двусторонн* 2
        саммит* 3
        визит* 2
        переговор* 2
        министр* иностранн* дел 3
        МИД 3
        посол 3
        посла 3
        послом 3
        посольств* 3
        консульств* 2
        меморандум* 1
        соглашени* 1
        стратегическ* партн* 3
        партнерств* 1
        отношени* 1
        делегаци* 1.5
        ООН 1.5
        ШОС 2
        СНГ 2
        ЕАЭС 2
        внешн* политик* 3
        """),
    "security-and-defence": (Decimal("10"), """
        # The topic itself
        security 1.5
        national security 3
        military 3
        militar* 3
        army 3
        armies 3
        armed forces 3
        troops 3
        soldier* 3
        defense 2
        defence 2
        Ministry of Defense 3
        Ministry of Defence 3
        air defense 3
        air defence 3
        weapon* 3
        weaponry 3
        arms 2
        missile* 3
        combat 1
        CSTO 3
        NATO 2
        drone* 1.5
        UAV* 2
        military exercise* 3
        military parade* 1
        drills 2
        invasion 2
        war 1.5
        warfare 2
        militant* 3
        insurgen* 3
        terror* 3
        extremis* 3
        radicali* 2
        border guard* 3
        border troops 3
        border clash* 3
        border* 0.5
        clash* 1.5
        ceasefire 3
        peacekeep* 2
        # Look-alikes and other topics' words
        food security 0
        energy security 0
        social security 0
        security guard* 0
        Security Council 0
        defence lawyer* 0
        defense lawyer* 0
        combat corruption 0
        coat of arms 0
        trade war* 0
        World War* 0
        Great Patriotic War 0
        # Russian
        безопасност* 1.5
        национальн* безопасност* 3
        продовольственн* безопасност* 0
        энергетическ* безопасност* 0
        военн* 3
        арми* 3
        вооруженн* сил* 3
        войск* 3
        солдат* 3
        оборон* 2
        оружи* 3
        ракет* 2
        ОДКБ 3
        НАТО 2
        беспилотник* 2
        учения 2
        учений 2
        учениях 2
        военн* учени* 3
        террор* 3
        экстремиз* 3
        экстремист* 3
        боевик* 3
        пограничн* 2
        войн* 1.5
        вторжени* 2
        """),
    "law-justice-and-corruption": (Decimal("10"), """
        # The topic itself
        court 2.5
        courts 1
        courtroom* 3
        Supreme Court 3
        judicial 2
        judiciary 2
        judge* 1.5
        justice 1.5
        rule of law 2
        trial 2
        sentenced 3
        sentence* 2
        convicted 3
        conviction* 2
        verdict* 3
        acquit* 3
        guilty 3
        defendant* 3
        lawyer* 2
        prosecutor* 3
        prosecution 3
        prison* 3
        imprison* 3
        jail* 3
        custody 2
        criminal 2
        Criminal Code 3
        crime* 1.5
        charged 1.5
        police 2
        arrest* 2
        detain* 2
        detention 2
        suspect* 2
        investigat* 1
        law enforcement 1
        corruption 3
        corrupt 3
        anti-corruption 3
        bribe* 3
        kickback* 3
        embezzl* 3
        fraud* 2
        money laundering 3
        smuggl* 2
        trafficking 1
        murder* 2
        rape 2
        raped 2
        rapist* 2
        fined 1.5
        legislation 0.5
        # Look-alikes and other topics' words
        clinical trial* 0
        trial period 0
        trial basis 0
        # Russian
        суд 3
        суда 3
        суде 3
        судом 3
        суды 2
        судебн* 2
        судья 2
        судьи 2
        приговор* 3
        осужд* 3
        осуди* 3
        тюрьм* 3
        тюремн* 3
        лишени* свобод* 3
        прокурор* 3
        прокуратур* 3
        коррупц* 3
        коррупцион* 3
        взятк* 3
        взяточ* 3
        мошенничеств* 2
        уголовн* 2
        преступлен* 2
        полици* 2
        милици* 2
        арест* 2
        задержан* 2
        расследовани* 1
        адвокат* 2
        обвин* 2
        хищени* 3
        растрат* 3
        торговл* людьми 3
        """),
    "human-rights-and-society": (Decimal("10"), """
        # The topic itself
        human rights 3
        rights 1.5
        women’s rights 3
        women's rights 3
        children’s rights 3
        children's rights 3
        women 1.5
        girls 1.5
        children 1
        child abuse 3
        violence 1.5
        domestic violence 3
        gender 3
        equality 2
        discrimination 3
        femicide 3
        activist* 2
        freedom 1.5
        freedoms 2
        freedom of speech 3
        freedom of expression 3
        press freedom 3
        media freedom 3
        censorship 3
        journalist* 1.5
        defamat* 2
        slander* 2
        libel 2
        protest* 2
        NGO* 2
        civil society 3
        ombudsman 3
        torture 3
        political prisoner* 3
        dissident* 3
        refugee* 2
        minorit* 2
        disabilit* 3
        Amnesty International 3
        persecut* 2
        LGBT* 3
        religious freedom 3
        poverty 1.5
        orphan* 2
        social protection 2
        # Look-alikes and other topics' words
        property rights 0
        IP rights 0
        exclusive rights 0
        restriction of freedom 0
        # Russian
        права человека 3
        прав человека 3
        правам человека 3
        правозащитн* 3
        женщин* 1.5
        дети 1
        детей 1
        насили* 2
        домашн* насили* 3
        гендерн* 3
        равенств* 2
        дискриминац* 3
        активист* 2
        свобод* слова 3
        свобод* 1
        лишени* свобод* 0
        журналист* 1.5
        цензур* 3
        протест* 2
        митинг* 2
        гражданск* обществ* 3
        омбудсмен* 3
        пытк* 3
        беженц* 2
        инвалид* 2
        """),
    "environment-climate-and-water": (Decimal("10"), """
        # The topic itself
        climate 3
        climate change 3
        environment 2
        environmental 2
        ecolog* 3
        water 1.5
        water resources 3
        water scarcity 3
        Aral Sea 3
        glacier* 3
        drought* 3
        pollution 3
        polluted 3
        emission* 2
        carbon 2
        greenhouse gas* 3
        landscape* 2
        landscaping 2
        irrigation 2
        biodiversity 3
        flood* 2
        pasture* 2
        desertification 3
        degradation 1.5
        reforestation 3
        afforestation 3
        forest* 2
        wildlife 3
        snow leopard* 3
        national park* 2
        river* 1
        riverbank* 1
        dam 1
        dams 1
        reservoir* 1
        waste 1.5
        recycl* 3
        air quality 3
        smog 3
        heatwave* 2
        earthquake* 2
        mudflow* 2
        landslide* 2
        # Look-alikes and other topics' words
        investment climate 0
        business climate 0
        political climate 0
        geopolitical climate 0
        business environment 0
        investment environment 0
        political landscape 0
        media landscape 0
        favorable environment 0
        favourable environment 0
        security environment 0
        # Russian
        климат* 3
        изменени* климат* 3
        инвестиционн* климат* 0
        экологи* 3
        экологическ* 3
        вода 1.5
        воды 1.5
        воде 1.5
        воду 1.5
        водой 1.5
        водн* 1.5
        водн* ресурс* 3
        Арал* 3
        ледник* 3
        засух* 3
        загрязнени* 3
        выброс* 2
        ландшафт* 2
        орошени* 2
        ирригаци* 2
        полив* 1.5
        биоразнообрази* 3
        наводнени* 2
        паводк* 2
        пастбищ* 2
        опустынивани* 3
        маловоди* 3
        """),
    "technology": (Decimal("10"), """
        # The topic itself
        technology 1.5
        technologies 1.5
        technological 1
        tech 1.5
        high-tech 3
        digital* 2
        digitization 3
        digitalization 3
        digitalisation 3
        innovation* 1.5
        innovative 0.5
        startup* 3
        start-up* 3
        IT 2
        information technolog* 3
        artificial intelligence 3
        AI 3
        software 3
        app 1.5
        apps 1.5
        online 1
        internet 1.5
        broadband 3
        5G 3
        telecom* 2
        cyber* 2
        fintech 3
        fin-tech 3
        e-government 3
        data cent* 2
        blockchain 3
        crypto* 3
        semiconductor* 3
        computer* 2
        smartphone* 2
        robot* 2
        satellite* 3
        microsatellite* 3
        nanosatellite* 3
        space research 3
        spacecraft 3
        aerospace 1
        e-commerce 1.5
        mobile operator* 2
        mobile network* 2
        Starlink 3
        # Look-alikes and other topics' words
        satellite cit* 0
        satellite town* 0
        # Russian
        технолог* 2
        цифров* 2
        цифровизаци* 3
        инновац* 2
        стартап* 3
        ИТ 2
        искусственн* интеллект* 3
        ИИ 3
        интернет* 1.5
        кибер* 2
        телеком* 2
        финтех* 3
        программн* обеспечени* 3
        блокчейн* 3
        криптовалют* 3
        смартфон* 2
        спутник* 2
        космическ* 2
        """),
    "education-and-culture": (Decimal("10"), """
        # The topic itself
        education 2
        educational 2
        universit* 3
        school 1.5
        schools 1.5
        student* 2
        teacher* 1.5
        scholarship* 3
        curriculum 3
        culture 2
        cultural 2
        heritage 2
        UNESCO 3
        museum* 3
        exhibition* 2
        theatre* 3
        theater* 3
        concert* 3
        music* 2
        festival* 3
        film 2
        films 2
        cinema 3
        literature 3
        novels 3
        novelist* 3
        poet* 3
        writer* 2
        artist* 2
        artisan* 2
        craft* 1.5
        folk 2
        dance* 2
        singer* 2
        language* 1
        tourism 2.5
        tourist* 2.5
        Nowruz 3
        Navruz 3
        Nauryz 3
        celebrat* 1.5
        tradition* 1
        sport* 2
        Olympic* 2
        football 2
        athlete* 2
        championship* 2
        medal* 1
        anniversary 1
        Independence Day 1.5
        holiday* 1
        parade* 1
        fireworks 2
        history 1
        historical 1
        historian* 2
        archaeolog* 3
        ancient 1
        monument* 1.5
        mausoleum* 2
        books 1.5
        art 1
        arts 1.5
        painter* 2
        # Look-alikes and other topics' words
        state of the art 0
        # Russian
        образовани* 2
        образовательн* 2
        университет* 3
        вуз* 3
        школ* 1.5
        студент* 2
        учител* 2
        культур* 2
        музе* 3
        выставк* 2
        театр* 3
        концерт* 3
        музык* 2
        фестивал* 3
        фильм* 2
        кино* 2
        литератур* 3
        наследи* 2
        язык* 1.5
        туризм* 2.5
        турист* 2.5
        праздник* 1.5
        Навруз* 3
        Наурыз* 3
        ЮНЕСКО 3
        спорт* 2
        """),
    "migration-and-labour": (Decimal("10"), """
        # The topic itself
        migration 3
        migrant* 3
        labor migration 3
        labour migration 3
        labor 1
        labour 1
        labour market* 3
        labor market* 3
        workers 1
        worker 1
        remittance* 3
        employment 1.5
        unemploy* 2
        jobs 1
        wage* 1
        diaspora* 2
        work permit* 3
        guest worker* 3
        deport* 3
        emigra* 3
        immigra* 3
        citizenship 1
        trade union* 2
        # Look-alikes and other topics' words
        correctional labo* 0
        corrective labo* 0
        forced labo* 0
        social worker* 0
        # Russian
        миграц* 3
        мигрант* 3
        трудов* мигрант* 3
        денежн* перевод* 3
        трудоустройств* 1.5
        безработ* 2
        занятост* 1.5
        диаспор* 2
        разрешени* на работу 3
        депортац* 3
        эмигра* 3
        иммигра* 3
        рабоч* мест* 1.5
        зарплат* 1
        """),
    "health": (Decimal("10"), """
        # The topic itself
        health 2
        healthcare 3
        health care 3
        public health 3
        mental health 3
        hospital* 2
        clinic* 2
        medical 2
        medicine* 2
        doctor* 2
        nurse* 2
        patient* 2
        disease* 2
        infectio* 2
        outbreak* 2
        epidemic 1
        pandemic 3
        vaccin* 3
        immunis* 3
        immuniz* 3
        COVID* 3
        coronavirus 3
        measles 3
        tuberculosis 3
        HIV 3
        cancer 3
        surgeon* 3
        surger* 2
        ambulance* 2
        pharmac* 1
        WHO 2
        epidemiolog* 1.5
        # Look-alikes and other topics' words
        foot-and-mouth disease 0
        # Russian
        здравоохранени* 3
        здоровь* 2
        больниц* 2
        поликлиник* 3
        медицин* 2
        медик* 2
        врач* 2
        пациент* 2
        заболевани* 2
        болезн* 2
        инфекци* 2
        вакцин* 3
        прививк* 3
        пандеми* 3
        эпидеми* 2
        коронавирус* 3
        корь 3
        кори 3
        туберкулез* 3
        ВИЧ 3
        онколог* 3
        лекарств* 2
        """),
}

# Russian names of places, institutions and leaders, by country slug, beside those of 0002
# (Казахстан*, Кыргыз*, Таджик*, Туркмен*, Узбек*, the capitals and the presidents).
RUSSIAN_ALIASES = {
    "kazakhstan": """
        Шымкент*; Караганд*; Актау; Атырау; Актобе; Тараз*; Павлодар*; Усть-Каменогорск*;
        Кызылорд*; Талдыкорган*; Костанай*; Туркестан*; Байконур*; Мажилис*; Акорд*; Бектенов*;
        КазМунайГаз*; Самрук-Казын*; Нур-Султан*; Алма-Ат*""",
    "kyrgyzstan": """
        Ош; Оше; Оша; Джалал-Абад*; Каракол*; Нарын*; Баткен*; Талас*; Иссык-Кул*; Чолпон-Ат*;
        Токмок*; Жогорку Кенеш*; Ташиев*; Касымалиев*; Кулубаев*""",
    "tajikistan": """
        Худжанд*; Куляб*; Бохтар*; Хорог*; ГБАО; Горно-Бадахшан*; Маджлиси Оли; Эмомали""",
    "turkmenistan": """
        Туркменбаши; Дашогуз*; Туркменабат*; Балканабат*; Мары; Аваза; Авазе;
        Бердымухаммедов*""",
    "uzbekistan": """
        Самарканд*; Бухар*; Хив*; Андижан*; Наманган*; Ферган*; Нукус*; Каракалпак*; Термез*;
        Навои; Хорезм*; Алмалык*; Олий Мажлис*; Арипов*; Саидов*""",
}


def lines(text):
    return [line.strip() for line in text.strip().splitlines() if line.strip()]


def swapped(current, old, new):
    """`new`, then the lines of `current` that were not in `old` (an editor's own), in order."""
    old_lines, new_lines = set(lines(old)), lines(new)
    own = [line for line in lines(current) if line not in old_lines and line not in new_lines]
    return "\n".join([*new_lines, *own])


def update(apps, *, forwards):
    Topic = apps.get_model("articles", "Topic")
    Country = apps.get_model("articles", "Country")
    old = {slugify(name): REFERENCE.alias_lines(words) for name, _, words in REFERENCE.TOPICS}
    for topic in Topic.objects.filter(slug__in=TOPICS):
        min_score, rules = TOPICS[topic.slug]
        before, after = (old[topic.slug], rules) if forwards else (rules, old[topic.slug])
        topic.keywords = swapped(topic.keywords, before, after)
        if forwards:
            topic.min_score = min_score
        topic.save(update_fields=["keywords", "min_score"])
    for country in Country.objects.filter(slug__in=RUSSIAN_ALIASES):
        added = lines(REFERENCE.alias_lines(RUSSIAN_ALIASES[country.slug]))
        kept = [line for line in lines(country.aliases) if line not in added]
        country.aliases = "\n".join(kept + added if forwards else kept)
        country.save(update_fields=["aliases"])


def forwards(apps, schema_editor):
    update(apps, forwards=True)


def backwards(apps, schema_editor):
    update(apps, forwards=False)


class Migration(migrations.Migration):
    dependencies = [("articles", "0008_tagging_rules")]

    operations = [migrations.RunPython(forwards, backwards)]
