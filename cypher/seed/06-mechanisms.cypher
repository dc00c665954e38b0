// Seed graph 06: mechanisms and the causal claims between them (CAUSES).
// The ten chains of shared/research/domain.md section 2, each edge with polarity, sources, confidence
// and a note on what the source says. Polarity: '+' more of the cause gives more of the effect,
// '-' less. Challenge nodes are named as problems ('growing liveability problems'), so '+' into
// them means 'worse'.
// Feedback loop (reinforcing, all '+'), after RIGO/Atlas (tipping zones) and Zorgen voor New Towns:
//   challenge:leefbaarheid-en-veiligheid -> mechanism:omslagzone-leefbaarheid
//   -> mechanism:selectief-vertrek-hogere-inkomens -> mechanism:sociaaleconomische-sortering
//   -> challenge:dalende-sociaaleconomische-positie -> challenge:leefbaarheid-en-veiligheid

// --- Mechanisms

MERGE (n:Mechanism {id: 'mechanism:bouw-in-een-periode'})
SET n += {
  name: 'Bouw van hele wijken in één periode',
  nameEn: 'Whole neighbourhoods built in one period',
  description: 'Woningen, scholen en openbare ruimte van de groeikernen zijn in korte tijd gebouwd; volgens de Uitvoeringsagenda (2009) dateert circa driekwart van de voorraad van na 1971.',
  descriptionEn: 'Homes, schools and public space of the growth centres were built in a short time; according to the Implementation agenda (2009) about three-quarters of the stock dates from after 1971.',
  domains: ['wonen', 'ruimte', 'voorzieningen']
};

MATCH (a:Mechanism {id: 'mechanism:bouw-in-een-periode'})
MATCH (b:Source {id: 'source:zorgen-voor-new-towns-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Mechanism {id: 'mechanism:bouw-in-een-periode'})
MATCH (b:Source {id: 'source:zoetermeer-nu-actie-nodig-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Mechanism {id: 'mechanism:bouw-in-een-periode'})
MATCH (b:Source {id: 'source:opennieuwsbank-uitvoeringsagenda-2009'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Mechanism {id: 'mechanism:gelijktijdige-veroudering'})
SET n += {
  name: 'Gelijktijdige veroudering van woningen, scholen en openbare ruimte',
  nameEn: 'Homes, schools and public space ageing at the same time',
  description: 'Wat in één periode is gebouwd, veroudert tegelijk: complete wijken en schoolgebouwen bereiken samen het einde van hun levensduur.',
  descriptionEn: 'What was built in one period ages together: whole neighbourhoods and school buildings reach the end of their life at the same time.',
  domains: ['wonen', 'ruimte', 'voorzieningen', 'onderwijs']
};

MATCH (a:Mechanism {id: 'mechanism:gelijktijdige-veroudering'})
MATCH (b:Source {id: 'source:zorgen-voor-new-towns-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Mechanism {id: 'mechanism:gelijktijdige-veroudering'})
MATCH (b:Source {id: 'source:zoetermeer-nu-actie-nodig-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Mechanism {id: 'mechanism:gelijktijdige-veroudering'})
MATCH (b:Source {id: 'source:opennieuwsbank-uitvoeringsagenda-2009'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Mechanism {id: 'mechanism:homogene-instroom-jonge-gezinnen'})
SET n += {
  name: 'Homogene instroom van jonge gezinnen',
  nameEn: 'Homogeneous influx of young families',
  description: 'De groeikernen werden gevuld door grote, homogene cohorten jonge gezinnen.',
  descriptionEn: 'The growth centres were filled by large, homogeneous cohorts of young families.',
  domains: ['wonen', 'sociaal']
};

MATCH (a:Mechanism {id: 'mechanism:homogene-instroom-jonge-gezinnen'})
MATCH (b:Source {id: 'source:pbl-grijze-groeikern-2017'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Mechanism {id: 'mechanism:honkvastheid'})
SET n += {
  name: 'Honkvastheid van de eerste bewoners',
  nameEn: 'First residents staying put',
  description: 'De eerste generatie bewoners blijft wonen en wordt ter plekke ouder.',
  descriptionEn: 'The first generation of residents stays and grows old in place.',
  domains: ['wonen']
};

MATCH (a:Mechanism {id: 'mechanism:honkvastheid'})
MATCH (b:Source {id: 'source:pbl-grijze-groeikern-2017'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Mechanism {id: 'mechanism:stijgende-zorgvraag'})
SET n += {
  name: 'Stijgende zorgvraag',
  nameEn: 'Rising demand for care',
  description: 'Met de vergrijzing stijgt de vraag naar zorg.',
  descriptionEn: 'As the population ages, demand for care rises.',
  domains: ['zorg']
};

MATCH (a:Mechanism {id: 'mechanism:stijgende-zorgvraag'})
MATCH (b:Source {id: 'source:pbl-grijze-groeikern-2017'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Mechanism {id: 'mechanism:mismatch-voorraad-en-voorzieningen'})
SET n += {
  name: 'Woningvoorraad en voorzieningen passen niet meer bij de bevolking',
  nameEn: 'Housing stock and amenities no longer fit the population',
  description: 'Woningen en voorzieningen, ooit gebouwd voor jonge gezinnen, passen niet meer bij een ouder wordende bevolking.',
  descriptionEn: 'Homes and amenities built for young families no longer fit an ageing population.',
  domains: ['wonen', 'voorzieningen']
};

MATCH (a:Mechanism {id: 'mechanism:mismatch-voorraad-en-voorzieningen'})
MATCH (b:Source {id: 'source:pbl-grijze-groeikern-2017'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Mechanism {id: 'mechanism:stad-als-magneet-en-roltrap'})
SET n += {
  name: 'De grote stad als magneet en roltrap',
  nameEn: 'The big city as magnet and escalator',
  description: 'De grote stad werkt als magneet en roltrap voor jongeren en gezinnen, waardoor de suburbanisatie naar de groeikernen afneemt.',
  descriptionEn: 'The big city works as a magnet and escalator for young people and families, so suburbanisation to the growth centres slows.',
  domains: ['wonen', 'economie']
};

MATCH (a:Mechanism {id: 'mechanism:stad-als-magneet-en-roltrap'})
MATCH (b:Source {id: 'source:pbl-nieuwe-perspectieven-2015'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Mechanism {id: 'mechanism:stad-als-magneet-en-roltrap'})
MATCH (b:Source {id: 'source:pbl-stad-magneet-roltrap-spons-2015'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Mechanism {id: 'mechanism:suburbanisatie-naar-groeikernen'})
SET n += {
  name: 'Suburbanisatie naar de groeikernen',
  nameEn: 'Suburbanisation to the growth centres',
  description: 'De verhuisstroom uit de steden naar de groeikernen, die hun groei droeg.',
  descriptionEn: 'The flow of households from the cities to the growth centres, which carried their growth.',
  domains: ['wonen']
};

MATCH (a:Mechanism {id: 'mechanism:suburbanisatie-naar-groeikernen'})
MATCH (b:Source {id: 'source:pbl-nieuwe-perspectieven-2015'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Mechanism {id: 'mechanism:suburbanisatie-naar-groeikernen'})
MATCH (b:Source {id: 'source:pbl-stad-magneet-roltrap-spons-2015'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Mechanism {id: 'mechanism:selectief-vertrek-hogere-inkomens'})
SET n += {
  name: 'Selectief vertrek van huishoudens met hogere inkomens',
  nameEn: 'Selective out-migration of higher-income households',
  description: 'Huishoudens met meer financiële middelen verhuizen naar nieuwere wijken of verlaten de stad.',
  descriptionEn: 'Households with greater financial means move to newer neighbourhoods or leave the town.',
  domains: ['wonen', 'economie']
};

MATCH (a:Mechanism {id: 'mechanism:selectief-vertrek-hogere-inkomens'})
MATCH (b:Source {id: 'source:pbl-nieuwe-perspectieven-2015'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Mechanism {id: 'mechanism:selectief-vertrek-hogere-inkomens'})
MATCH (b:Source {id: 'source:zorgen-voor-new-towns-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Mechanism {id: 'mechanism:selectief-vertrek-hogere-inkomens'})
MATCH (b:Source {id: 'source:zoetermeer-nu-actie-nodig-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Mechanism {id: 'mechanism:sociaaleconomische-sortering'})
SET n += {
  name: 'Sociaaleconomische sortering',
  nameEn: 'Socio-economic sorting',
  description: 'Door selectief vertrek en instroom op prijs raakt de bevolking naar inkomen gesorteerd: eenzijdiger en armer in de oudere wijken.',
  descriptionEn: 'Selective out-migration and inflow on price sort the population by income: more one-sided and poorer in the older neighbourhoods.',
  domains: ['wonen', 'sociaal', 'economie']
};

MATCH (a:Mechanism {id: 'mechanism:sociaaleconomische-sortering'})
MATCH (b:Source {id: 'source:pbl-nieuwe-perspectieven-2015'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Mechanism {id: 'mechanism:sociaaleconomische-sortering'})
MATCH (b:Source {id: 'source:zorgen-voor-new-towns-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Mechanism {id: 'mechanism:sociaaleconomische-sortering'})
MATCH (b:Source {id: 'source:zoetermeer-nu-actie-nodig-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Mechanism {id: 'mechanism:achterblijvende-voorzieningen'})
SET n += {
  name: 'Voorzieningen groeiden niet mee',
  nameEn: 'Amenities did not keep pace with growth',
  description: 'Voorzieningen hielden geen gelijke tred met de groei, vooral sociaal-culturele voorzieningen, plekken voor jongeren en ontmoeting; het centrum is klein of ontbreekt.',
  descriptionEn: 'Amenities did not keep pace with growth, above all socio-cultural ones, places for young people and for meeting; the centre is small or missing.',
  domains: ['voorzieningen']
};

MATCH (a:Mechanism {id: 'mechanism:achterblijvende-voorzieningen'})
MATCH (b:Source {id: 'source:zorgen-voor-new-towns-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Mechanism {id: 'mechanism:achterblijvende-voorzieningen'})
MATCH (b:Source {id: 'source:zoetermeer-nu-actie-nodig-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Mechanism {id: 'mechanism:achterblijvende-voorzieningen'})
MATCH (b:Source {id: 'source:uitvoeringsagenda-new-towns-2009'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Mechanism {id: 'mechanism:selectieve-instroom-op-prijs'})
SET n += {
  name: 'Selectieve instroom op prijs',
  nameEn: 'Selective inflow on price',
  description: 'Nieuwe bewoners kiezen de New Town vooral om de betaalbare huur- en koopprijzen.',
  descriptionEn: 'Newcomers choose the New Town mainly for its affordable rents and purchase prices.',
  domains: ['wonen']
};

MATCH (a:Mechanism {id: 'mechanism:selectieve-instroom-op-prijs'})
MATCH (b:Source {id: 'source:zorgen-voor-new-towns-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Mechanism {id: 'mechanism:selectieve-instroom-op-prijs'})
MATCH (b:Source {id: 'source:zoetermeer-nu-actie-nodig-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Mechanism {id: 'mechanism:versmalling-sociale-huur'})
SET n += {
  name: 'Versmalling van de sociale huur naar de laagste inkomens',
  nameEn: 'Social housing narrowed to the lowest incomes',
  description: 'De sociale huursector is steeds meer voorbehouden aan de laagste inkomens.',
  descriptionEn: 'The social rented sector is increasingly reserved for the lowest incomes.',
  domains: ['wonen']
};

MATCH (a:Mechanism {id: 'mechanism:versmalling-sociale-huur'})
MATCH (b:Source {id: 'source:rigo-veerkracht-corporatiebezit'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Mechanism {id: 'mechanism:afbouw-intramurale-zorg'})
SET n += {
  name: 'Afbouw van intramurale zorgplaatsen',
  nameEn: 'Institutional care places cut back',
  description: 'Intramurale zorgplaatsen zijn afgebouwd; meer kwetsbare mensen wonen zelfstandig.',
  descriptionEn: 'Institutional care places were cut back; more vulnerable people live independently.',
  domains: ['zorg']
};

MATCH (a:Mechanism {id: 'mechanism:afbouw-intramurale-zorg'})
MATCH (b:Source {id: 'source:rigo-veerkracht-corporatiebezit'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Mechanism {id: 'mechanism:concentratie-kwetsbare-huishoudens'})
SET n += {
  name: 'Concentratie van kwetsbare huishoudens in corporatiebezit',
  nameEn: 'Concentration of vulnerable households in housing-association stock',
  description: 'Kwetsbare huurders stromen in in goedkope, eenzijdige corporatiewijken.',
  descriptionEn: 'Vulnerable tenants flow into cheap, one-sided housing-association neighbourhoods.',
  domains: ['wonen', 'sociaal', 'zorg']
};

MATCH (a:Mechanism {id: 'mechanism:concentratie-kwetsbare-huishoudens'})
MATCH (b:Source {id: 'source:rigo-veerkracht-corporatiebezit'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Mechanism {id: 'mechanism:overlast'})
SET n += {
  name: 'Overlast',
  nameEn: 'Nuisance',
  description: 'Overlast in de buurt, die volgens RIGO toeneemt waar kwetsbare huishoudens zich concentreren.',
  descriptionEn: 'Nuisance in the neighbourhood, which according to RIGO rises where vulnerable households concentrate.',
  domains: ['veiligheid', 'sociaal']
};

MATCH (a:Mechanism {id: 'mechanism:overlast'})
MATCH (b:Source {id: 'source:rigo-veerkracht-corporatiebezit'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Mechanism {id: 'mechanism:samenredzaamheid'})
SET n += {
  name: 'Samenredzaamheid in de buurt',
  nameEn: 'Mutual self-reliance in the neighbourhood',
  description: 'Het vermogen van buurtbewoners om samen problemen op te vangen; daalt volgens RIGO waar kwetsbare huishoudens zich concentreren.',
  descriptionEn: 'The ability of residents to deal with problems together; according to RIGO it falls where vulnerable households concentrate.',
  domains: ['sociaal']
};

MATCH (a:Mechanism {id: 'mechanism:samenredzaamheid'})
MATCH (b:Source {id: 'source:rigo-veerkracht-corporatiebezit'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Mechanism {id: 'mechanism:omslagzone-leefbaarheid'})
SET n += {
  name: 'Omslagzone in de leefbaarheid',
  nameEn: 'Tipping zone in liveability',
  description: 'Zakt de leefbaarheidsscore van een buurt onder een drempel, dan versnelt de selectieve migratie en volgt verval.',
  descriptionEn: 'When a neighbourhood\'s liveability score falls below a threshold, selective migration accelerates and decline follows.',
  domains: ['wonen', 'sociaal', 'veiligheid']
};

MATCH (a:Mechanism {id: 'mechanism:omslagzone-leefbaarheid'})
MATCH (b:Source {id: 'source:rigo-omslagzones-leefbaarheid'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Mechanism {id: 'mechanism:leegstand'})
SET n += {
  name: 'Leegstand',
  nameEn: 'Vacancy',
  description: 'Leegstaande woningen of gebouwen, zoals kantoren in het centrum van Helmond.',
  descriptionEn: 'Vacant homes or buildings, such as offices in the centre of Helmond.',
  domains: ['wonen']
};

MATCH (a:Mechanism {id: 'mechanism:leegstand'})
MATCH (b:Source {id: 'source:helmond-begroting-2019'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Mechanism {id: 'mechanism:bloemkoolwijk-woonerfstructuur'})
SET n += {
  name: 'Bloemkoolwijken en woonerven',
  nameEn: 'Cauliflower neighbourhoods and woonerven',
  description: 'Stedenbouw met doodlopende woonerven in een bloemkoolpatroon, kenmerkend voor de groeikernen.',
  descriptionEn: 'Urban design of cul-de-sac woonerven in a cauliflower pattern, typical of the growth centres.',
  domains: ['ruimte']
};

MATCH (a:Mechanism {id: 'mechanism:bloemkoolwijk-woonerfstructuur'})
MATCH (b:Source {id: 'source:lpb-tweede-jeugd-bloemkoolwijk'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Mechanism {id: 'mechanism:monofunctionele-wijken'})
SET n += {
  name: 'Eenvormige, monofunctionele woonwijken',
  nameEn: 'Uniform, single-use housing estates',
  description: 'Woonwijken met één functie en één soort woning.',
  descriptionEn: 'Housing estates with a single use and a single type of home.',
  domains: ['ruimte', 'wonen']
};

MATCH (a:Mechanism {id: 'mechanism:monofunctionele-wijken'})
MATCH (b:Source {id: 'source:uitvoeringsagenda-new-towns-2009'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Mechanism {id: 'mechanism:onoverzichtelijk-stratenpatroon'})
SET n += {
  name: 'Onoverzichtelijk stratenpatroon',
  nameEn: 'Confusing street network',
  description: 'Een stratenpatroon waarin men moeilijk de weg vindt.',
  descriptionEn: 'A street network in which it is hard to find one\'s way.',
  domains: ['ruimte', 'mobiliteit']
};

MATCH (a:Mechanism {id: 'mechanism:onoverzichtelijk-stratenpatroon'})
MATCH (b:Source {id: 'source:lpb-tweede-jeugd-bloemkoolwijk'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Mechanism {id: 'mechanism:anonimiteit-en-onveiligheidsgevoel'})
SET n += {
  name: 'Anonimiteit en onveiligheidsgevoel',
  nameEn: 'Anonymity and perceived unsafety',
  description: 'Wijken voelen anoniem en onveilig aan.',
  descriptionEn: 'Neighbourhoods feel anonymous and unsafe.',
  domains: ['veiligheid', 'sociaal']
};

MATCH (a:Mechanism {id: 'mechanism:anonimiteit-en-onveiligheidsgevoel'})
MATCH (b:Source {id: 'source:uitvoeringsagenda-new-towns-2009'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Mechanism {id: 'mechanism:forensenstad-kleine-economie'})
SET n += {
  name: 'Forensenstad met een kleine verzorgende economie',
  nameEn: 'Commuter town with a small servicing economy',
  description: 'De groeikernen zijn vooral woonsteden voor forensen, met een kleine, verzorgende lokale economie. Veel woningen stonden onder water.',
  descriptionEn: 'The growth centres are mainly commuter towns with a small, servicing local economy. Many homes were in negative equity.',
  domains: ['economie']
};

MATCH (a:Mechanism {id: 'mechanism:forensenstad-kleine-economie'})
MATCH (b:Source {id: 'source:straatbeeld-uitdagingen-new-towns'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Mechanism {id: 'mechanism:achterblijvende-banengroei'})
SET n += {
  name: 'Achterblijvende banengroei',
  nameEn: 'Lagging job growth',
  description: 'De banengroei en de verbetering van de leefbaarheid bleven in 2000-2010 achter bij de G4.',
  descriptionEn: 'Job growth and improvement of liveability lagged the four big cities in 2000-2010.',
  domains: ['economie']
};

MATCH (a:Mechanism {id: 'mechanism:achterblijvende-banengroei'})
MATCH (b:Source {id: 'source:straatbeeld-uitdagingen-new-towns'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Mechanism {id: 'mechanism:vertrek-jongeren'})
SET n += {
  name: 'Vertrek van jongeren',
  nameEn: 'Young people leaving',
  description: 'Jongeren verlaten de New Town.',
  descriptionEn: 'Young people leave the New Town.',
  domains: ['sociaal', 'onderwijs', 'economie']
};

MATCH (a:Mechanism {id: 'mechanism:vertrek-jongeren'})
MATCH (b:Source {id: 'source:straatbeeld-uitdagingen-new-towns'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Mechanism {id: 'mechanism:einde-groeikernenbeleid'})
SET n += {
  name: 'Einde van het groeikernenbeleid',
  nameEn: 'End of the growth-centre policy',
  description: 'Het groeikernenbeleid eindigde eind jaren tachtig; het beleid van de compacte stad nam het over.',
  descriptionEn: 'The growth-centre policy ended in the late 1980s; compact-city policy took over.',
  domains: ['bestuur', 'ruimte']
};

MATCH (a:Mechanism {id: 'mechanism:einde-groeikernenbeleid'})
MATCH (b:Source {id: 'source:pbl-succes-of-falen-2016'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Mechanism {id: 'mechanism:financiele-druk-beheer-verouderende-stad'})
SET n += {
  name: 'Financiële druk van het beheer van een verouderende stad',
  nameEn: 'Financial strain of managing an ageing town',
  description: 'Almere concludeerde in 2014 (nota Opgave beheer) dat er door het ouder worden van de stad onvoldoende middelen zijn om de openbare ruimte in de toekomst te beheren; de raad besloot daarop € 6,2 miljoen te besparen op het beheer en de organisatie. Zoetermeer trok voor 2023-2026 extra investeringsbudget uit voor de vervanging van kapitaalgoederen in de openbare ruimte.',
  descriptionEn: 'Almere concluded in 2014 (memorandum Opgave beheer) that, as the town grows older, there are insufficient means to manage the public space in future; the council then decided to save EUR 6.2 million on management and organisation. Zoetermeer set aside extra investment budget for 2023-2026 to replace capital assets in the public space.',
  domains: ['ruimte', 'bestuur']
};

MATCH (a:Mechanism {id: 'mechanism:financiele-druk-beheer-verouderende-stad'})
MATCH (b:Source {id: 'source:almere-begroting-2020'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Mechanism {id: 'mechanism:financiele-druk-beheer-verouderende-stad'})
MATCH (b:Source {id: 'source:zoetermeer-nota-onderhoud-openbare-ruimte-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

// --- Causal claims

MATCH (a:Mechanism {id: 'mechanism:bouw-in-een-periode'})
MATCH (b:Mechanism {id: 'mechanism:gelijktijdige-veroudering'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:zoetermeer-nu-actie-nodig-2024', 'source:opennieuwsbank-uitvoeringsagenda-2009'],
  confidence: 'indicative',
  note: 'Zorgen voor New Towns: complete wijken zijn tegelijkertijd verouderd, schoolgebouwen zijn allemaal in dezelfde tijd gebouwd; de Uitvoeringsagenda (2009): circa driekwart van de voorraad is van na 1971.',
  noteEn: 'Zorgen voor New Towns: whole neighbourhoods have aged at the same time, school buildings were all built in the same period; the 2009 agenda: about three-quarters of the stock dates from after 1971.'
};

MATCH (a:Mechanism {id: 'mechanism:gelijktijdige-veroudering'})
MATCH (b:Challenge {id: 'challenge:vernieuwing-hele-wijken'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:opennieuwsbank-uitvoeringsagenda-2009', 'source:zoetermeer-nu-actie-nodig-2024'],
  confidence: 'indicative',
  note: 'Uitvoeringsagenda (2009): het overgrote deel van de woningen vergt op termijn gelijktijdig groot onderhoud; het rapport van 2024 spreekt van een grote vernieuwingsopgave die tegelijk komt.',
  noteEn: 'Implementation agenda (2009): most homes will in time need major maintenance at the same time; the 2024 report describes a large renewal task arriving all at once.'
};

MATCH (a:Mechanism {id: 'mechanism:gelijktijdige-veroudering'})
MATCH (b:Mechanism {id: 'mechanism:financiele-druk-beheer-verouderende-stad'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:almere-begroting-2020'],
  confidence: 'indicative',
  note: 'Almere (begroting 2020, over de nota Opgave beheer van 2014): door het ouder worden van de stad zijn er onvoldoende middelen om de openbare ruimte in de toekomst te beheren. Eén stad en haar eigen berekening; dat het in de andere groeikernen net zo gaat, is niet aangetoond.',
  noteEn: 'Almere (budget 2020, on the 2014 memorandum Opgave beheer): as the town grows older there are insufficient means to manage the public space in future. One town and its own calculation; that the other growth centres fare the same is not shown.'
};

MATCH (a:Mechanism {id: 'mechanism:financiele-druk-beheer-verouderende-stad'})
MATCH (b:Challenge {id: 'challenge:achterblijvende-woonaantrekkelijkheid'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:almere-begroting-2020', 'source:zoetermeer-nota-onderhoud-openbare-ruimte-2023'],
  confidence: 'hypothesis',
  note: 'Een synthese van deze seed uit twee bronnen, en daarom een hypothese: Almere bezuinigde bij het tekort € 6,2 miljoen op het beheer en de organisatie (begroting 2020); Zoetermeer schrijft dat het veilig en verantwoord in stand houden van de openbare ruimte bijdraagt aan de woonaantrekkelijkheid (Nota Onderhoud openbare ruimte 2023-2026). Geen van beide meet dat minder beheer de woonaantrekkelijkheid verlaagt.',
  noteEn: 'This seed\'s synthesis of two sources, and therefore a hypothesis: facing the gap, Almere cut EUR 6.2 million from management and organisation (budget 2020); Zoetermeer writes that keeping the public space safe and in good order contributes to its attractiveness as a place to live (memorandum 2023-2026). Neither measures that less upkeep lowers that attractiveness.'
};

MATCH (a:Mechanism {id: 'mechanism:homogene-instroom-jonge-gezinnen'})
MATCH (b:Challenge {id: 'challenge:vergrijzing'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:pbl-grijze-groeikern-2017'],
  confidence: 'indicative',
  note: 'PBL (De grijze groeikern): de grote, homogene cohorten jonge gezinnen van toen vergrijzen nu tegelijk.',
  noteEn: 'PBL (The grey growth centre): the large, homogeneous cohorts of young families of the time are now ageing together.'
};

MATCH (a:Mechanism {id: 'mechanism:honkvastheid'})
MATCH (b:Challenge {id: 'challenge:vergrijzing'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:pbl-grijze-groeikern-2017'],
  confidence: 'indicative',
  note: 'PBL en Blaauwberg: de eerste bewoners blijven wonen, waardoor de bevolking in de pas vergrijst.',
  noteEn: 'PBL and Blaauwberg: the first residents stay, so the population ages in step.'
};

MATCH (a:Challenge {id: 'challenge:vergrijzing'})
MATCH (b:Mechanism {id: 'mechanism:stijgende-zorgvraag'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:pbl-grijze-groeikern-2017'],
  confidence: 'indicative',
  note: 'Met de vergrijzing van de groeikernen stijgt de zorgvraag.',
  noteEn: 'As the growth centres age, demand for care rises.'
};

MATCH (a:Challenge {id: 'challenge:vergrijzing'})
MATCH (b:Mechanism {id: 'mechanism:mismatch-voorraad-en-voorzieningen'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:pbl-grijze-groeikern-2017'],
  confidence: 'indicative',
  note: 'Woningvoorraad en voorzieningen, gebouwd voor jonge gezinnen, passen niet meer bij de vergrijsde bevolking.',
  noteEn: 'Housing and amenities built for young families no longer fit the aged population.'
};

MATCH (a:Mechanism {id: 'mechanism:stad-als-magneet-en-roltrap'})
MATCH (b:Mechanism {id: 'mechanism:suburbanisatie-naar-groeikernen'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '-',
  sources: ['source:pbl-stad-magneet-roltrap-spons-2015', 'source:pbl-nieuwe-perspectieven-2015'],
  confidence: 'indicative',
  note: 'PBL: de stad werd een magneet en roltrap voor jongeren en gezinnen; de suburbanisatie naar de groeikernen vertraagde.',
  noteEn: 'PBL: the city became a magnet and escalator for young people and families; suburbanisation to the growth centres slowed.'
};

MATCH (a:Mechanism {id: 'mechanism:suburbanisatie-naar-groeikernen'})
MATCH (b:Challenge {id: 'challenge:vergrijzing'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '-',
  sources: ['source:pbl-nieuwe-perspectieven-2015', 'source:geografie-nieuw-perspectief-groeikernen-2015'],
  confidence: 'indicative',
  note: 'Groeikernen groeien niet meer, maar vergrijzen: met minder instroom van gezinnen neemt de vergrijzing toe.',
  noteEn: 'Growth centres no longer grow but age: with fewer families moving in, ageing increases.'
};

MATCH (a:Mechanism {id: 'mechanism:stad-als-magneet-en-roltrap'})
MATCH (b:Mechanism {id: 'mechanism:selectief-vertrek-hogere-inkomens'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:pbl-nieuwe-perspectieven-2015'],
  confidence: 'indicative',
  note: 'PBL: de groeikernen verliezen huishoudens met hogere inkomens aan de stad.',
  noteEn: 'PBL: the growth centres lose higher-income households to the city.'
};

MATCH (a:Mechanism {id: 'mechanism:selectief-vertrek-hogere-inkomens'})
MATCH (b:Mechanism {id: 'mechanism:sociaaleconomische-sortering'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:pbl-nieuwe-perspectieven-2015', 'source:zoetermeer-nu-actie-nodig-2024', 'source:scp-werk-aan-de-wijk-2013'],
  confidence: 'established',
  note: 'PBL (2015) en Zorgen voor New Towns (2024): huishoudens met meer financiële middelen vertrekken naar nieuwere wijken of uit de stad, wat tot sortering naar inkomen leidt.',
  noteEn: 'PBL (2015) and Zorgen voor New Towns (2024): households with greater means move to newer neighbourhoods or leave the town, which sorts the population by income.'
};

MATCH (a:Mechanism {id: 'mechanism:sociaaleconomische-sortering'})
MATCH (b:Challenge {id: 'challenge:dalende-sociaaleconomische-positie'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:pbl-nieuwe-perspectieven-2015'],
  confidence: 'indicative',
  note: 'PBL: door sortering daalt de sociaaleconomische positie van de groeikernen.',
  noteEn: 'PBL: sorting lowers the socio-economic position of the growth centres.'
};

MATCH (a:Mechanism {id: 'mechanism:achterblijvende-voorzieningen'})
MATCH (b:Challenge {id: 'challenge:tekort-voorzieningen'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:zoetermeer-nu-actie-nodig-2024'],
  confidence: 'indicative',
  note: 'Zorgen voor New Towns: voorzieningen groeiden niet mee, vooral sociaal-culturele, voor jongeren en voor ontmoeting.',
  noteEn: 'Zorgen voor New Towns: amenities did not grow with the town, above all socio-cultural ones, for young people and for meeting.'
};

MATCH (a:Mechanism {id: 'mechanism:achterblijvende-voorzieningen'})
MATCH (b:Challenge {id: 'challenge:achterblijvende-woonaantrekkelijkheid'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:zoetermeer-nu-actie-nodig-2024', 'source:uitvoeringsagenda-new-towns-2009'],
  confidence: 'indicative',
  note: 'Zorgen voor New Towns: voorzieningen blijven achter bij wat bewoners nodig hebben en de steden worden minder aantrekkelijk; ook de Uitvoeringsagenda (2009) noemt dit, met de strategie Bruisende centrumvoorzieningen.',
  noteEn: 'Zorgen voor New Towns: amenities lag behind what residents need and the towns become less attractive; the 2009 agenda names it too, with its strategy of vibrant town-centre amenities.'
};

MATCH (a:Challenge {id: 'challenge:achterblijvende-woonaantrekkelijkheid'})
MATCH (b:Mechanism {id: 'mechanism:selectief-vertrek-hogere-inkomens'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:zoetermeer-nu-actie-nodig-2024'],
  confidence: 'indicative',
  note: 'Zorgen voor New Towns: nu de stad minder aantrekkelijk is, vertrekken huishoudens met meer middelen.',
  noteEn: 'Zorgen voor New Towns: as the town is less attractive, households with more means leave.'
};

MATCH (a:Challenge {id: 'challenge:achterblijvende-woonaantrekkelijkheid'})
MATCH (b:Mechanism {id: 'mechanism:selectieve-instroom-op-prijs'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:zoetermeer-nu-actie-nodig-2024'],
  confidence: 'indicative',
  note: 'Zorgen voor New Towns: wie nog instroomt, komt vooral op de betaalbare huur- en koopprijzen af.',
  noteEn: 'Zorgen voor New Towns: those who still move in come mainly for the affordable rents and prices.'
};

MATCH (a:Opportunity {id: 'opportunity:betaalbare-woningen'})
MATCH (b:Mechanism {id: 'mechanism:selectieve-instroom-op-prijs'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:zoetermeer-nu-actie-nodig-2024'],
  confidence: 'indicative',
  note: 'De betaalbaarheid die de intentieverklaring een kans noemt, drijft volgens het rapport van 2024 ook de selectieve instroom op prijs.',
  noteEn: 'The affordability the declaration calls an opportunity also drives, according to the 2024 report, selective inflow on price.'
};

MATCH (a:Mechanism {id: 'mechanism:selectieve-instroom-op-prijs'})
MATCH (b:Mechanism {id: 'mechanism:sociaaleconomische-sortering'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:zoetermeer-nu-actie-nodig-2024'],
  confidence: 'indicative',
  note: 'Zorgen voor New Towns: selectieve uitstroom en instroom op prijs sorteren de bevolking.',
  noteEn: 'Zorgen voor New Towns: selective outflow and inflow on price sort the population.'
};

MATCH (a:Mechanism {id: 'mechanism:versmalling-sociale-huur'})
MATCH (b:Mechanism {id: 'mechanism:concentratie-kwetsbare-huishoudens'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:rigo-veerkracht-corporatiebezit'],
  confidence: 'indicative',
  note: 'RIGO: door de versmalling van de sociale huur naar de laagste inkomens stromen kwetsbare huurders in goedkope, eenzijdige corporatiewijken in.',
  noteEn: 'RIGO: as social housing narrows to the lowest incomes, vulnerable tenants flow into cheap, one-sided housing-association neighbourhoods.'
};

MATCH (a:Mechanism {id: 'mechanism:afbouw-intramurale-zorg'})
MATCH (b:Mechanism {id: 'mechanism:concentratie-kwetsbare-huishoudens'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:rigo-veerkracht-corporatiebezit'],
  confidence: 'indicative',
  note: 'RIGO: door de afbouw van intramurale zorgplaatsen wonen meer kwetsbare mensen zelfstandig in die wijken.',
  noteEn: 'RIGO: with institutional care places cut, more vulnerable people live independently in those neighbourhoods.'
};

MATCH (a:Mechanism {id: 'mechanism:concentratie-kwetsbare-huishoudens'})
MATCH (b:Mechanism {id: 'mechanism:overlast'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:rigo-veerkracht-corporatiebezit'],
  confidence: 'indicative',
  note: 'RIGO: met de concentratie van kwetsbare huishoudens neemt de overlast toe.',
  noteEn: 'RIGO: as vulnerable households concentrate, nuisance rises.'
};

MATCH (a:Mechanism {id: 'mechanism:concentratie-kwetsbare-huishoudens'})
MATCH (b:Mechanism {id: 'mechanism:samenredzaamheid'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '-',
  sources: ['source:rigo-veerkracht-corporatiebezit'],
  confidence: 'indicative',
  note: 'RIGO: met de concentratie van kwetsbare huishoudens daalt de samenredzaamheid.',
  noteEn: 'RIGO: as vulnerable households concentrate, mutual self-reliance falls.'
};

MATCH (a:Mechanism {id: 'mechanism:overlast'})
MATCH (b:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:rigo-veerkracht-corporatiebezit'],
  confidence: 'indicative',
  note: 'RIGO: de leefbaarheid in corporatiewijken gaat sinds 2012 achteruit, met meer overlast.',
  noteEn: 'RIGO: liveability in housing-association neighbourhoods has declined since 2012, with more nuisance.'
};

MATCH (a:Mechanism {id: 'mechanism:samenredzaamheid'})
MATCH (b:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '-',
  sources: ['source:rigo-veerkracht-corporatiebezit'],
  confidence: 'indicative',
  note: 'RIGO: minder samenredzaamheid gaat samen met dalende leefbaarheid.',
  noteEn: 'RIGO: less mutual self-reliance goes with falling liveability.'
};

MATCH (a:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MATCH (b:Mechanism {id: 'mechanism:omslagzone-leefbaarheid'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:rigo-omslagzones-leefbaarheid'],
  confidence: 'hypothesis',
  note: 'RIGO/Atlas voor gemeenten: als de leefbaarheid van een buurt onder een drempel daalt, belandt de buurt in een omslagzone. Een bevinding op buurtniveau; de kringloop door de hele stad is een synthese van deze seed en een hypothese.',
  noteEn: 'RIGO/Atlas voor gemeenten: when a neighbourhood\'s liveability falls below a threshold, it enters a tipping zone. A neighbourhood-scale finding; the loop through the whole town is this seed\'s synthesis and a hypothesis.'
};

MATCH (a:Mechanism {id: 'mechanism:omslagzone-leefbaarheid'})
MATCH (b:Mechanism {id: 'mechanism:selectief-vertrek-hogere-inkomens'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:rigo-omslagzones-leefbaarheid'],
  confidence: 'hypothesis',
  note: 'RIGO/Atlas voor gemeenten: in een omslagzone versnelt de selectieve migratie (buurtniveau). Als schakel in een kringloop op stadsniveau een hypothese.',
  noteEn: 'RIGO/Atlas voor gemeenten: in a tipping zone selective migration accelerates (neighbourhood scale). As a link in a town-scale loop it is a hypothesis.'
};

MATCH (a:Challenge {id: 'challenge:dalende-sociaaleconomische-positie'})
MATCH (b:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:zoetermeer-nu-actie-nodig-2024', 'source:rigo-omslagzones-leefbaarheid'],
  confidence: 'indicative',
  note: 'Zorgen voor New Towns: als huishoudens met meer geld vertrekken, komt de leefbaarheid onder druk; RIGO/Atlas: daarna volgt verval. Dit sluit de vicieuze cirkel.',
  noteEn: 'Zorgen voor New Towns: as households with more money leave, liveability comes under pressure; RIGO/Atlas: decline follows. This closes the vicious circle.'
};

MATCH (a:Mechanism {id: 'mechanism:bloemkoolwijk-woonerfstructuur'})
MATCH (b:Mechanism {id: 'mechanism:onoverzichtelijk-stratenpatroon'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:lpb-tweede-jeugd-bloemkoolwijk'],
  confidence: 'indicative',
  note: 'Bloemkoolwijken met doodlopende woonerven hebben een onoverzichtelijk stratenpatroon.',
  noteEn: 'Cauliflower neighbourhoods of cul-de-sac woonerven have confusing street networks.'
};

MATCH (a:Mechanism {id: 'mechanism:onoverzichtelijk-stratenpatroon'})
MATCH (b:Mechanism {id: 'mechanism:anonimiteit-en-onveiligheidsgevoel'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:lpb-tweede-jeugd-bloemkoolwijk'],
  confidence: 'hypothesis',
  note: 'Het onoverzichtelijke stratenpatroon draagt bij aan anonimiteit en een gevoel van onveiligheid; beschreven, niet gemeten.',
  noteEn: 'The confusing street network adds to anonymity and perceived unsafety; described, not measured.'
};

MATCH (a:Mechanism {id: 'mechanism:monofunctionele-wijken'})
MATCH (b:Mechanism {id: 'mechanism:anonimiteit-en-onveiligheidsgevoel'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:uitvoeringsagenda-new-towns-2009'],
  confidence: 'hypothesis',
  note: 'De uitvoeringsagenda (2009) verbindt eenvormige woonwijken met anonimiteit en onveiligheidsgevoel; een beschrijving, niet gemeten.',
  noteEn: 'The implementation agenda (2009) links uniform housing estates with anonymity and feeling unsafe; a description, not a measurement.'
};

MATCH (a:Mechanism {id: 'mechanism:anonimiteit-en-onveiligheidsgevoel'})
MATCH (b:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:uitvoeringsagenda-new-towns-2009'],
  confidence: 'hypothesis',
  note: 'Anonieme, onveilig aanvoelende wijken drukken de leefbaarheid en veiligheid; zo beschreven in de Uitvoeringsagenda (2009), niet gemeten.',
  noteEn: 'Anonymous neighbourhoods that feel unsafe weigh on liveability and safety; as described in the 2009 agenda, not measured.'
};

MATCH (a:Mechanism {id: 'mechanism:forensenstad-kleine-economie'})
MATCH (b:Mechanism {id: 'mechanism:achterblijvende-banengroei'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:straatbeeld-uitdagingen-new-towns'],
  confidence: 'indicative',
  note: 'Platform31/ABF: in de forensensteden met een kleine verzorgende economie bleef de banengroei in 2000-2010 achter bij de G4.',
  noteEn: 'Platform31/ABF: in the commuter towns with a small servicing economy, job growth lagged the four big cities in 2000-2010.'
};

MATCH (a:Mechanism {id: 'mechanism:achterblijvende-banengroei'})
MATCH (b:Mechanism {id: 'mechanism:vertrek-jongeren'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:straatbeeld-uitdagingen-new-towns'],
  confidence: 'indicative',
  note: 'Platform31/ABF: jongeren vertrekken uit de New Towns.',
  noteEn: 'Platform31/ABF: young people leave the New Towns.'
};

MATCH (a:Mechanism {id: 'mechanism:vertrek-jongeren'})
MATCH (b:Challenge {id: 'challenge:vergrijzing'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:straatbeeld-uitdagingen-new-towns'],
  confidence: 'hypothesis',
  note: 'Het vertrek van jongeren versterkt de vergrijzing; volgt uit de beschrijvingen, niet apart aangetoond.',
  noteEn: 'Young people leaving adds to ageing; follows from the descriptions, not shown separately.'
};

MATCH (a:Mechanism {id: 'mechanism:einde-groeikernenbeleid'})
MATCH (b:Mechanism {id: 'mechanism:suburbanisatie-naar-groeikernen'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '-',
  sources: ['source:pbl-succes-of-falen-2016', 'source:geografie-nieuw-perspectief-groeikernen-2015'],
  confidence: 'hypothesis',
  note: 'Na de Vierde Nota (1988) volgden het compactestadbeleid en de Vinex-locaties (PBL 2016); volgens Van Dam (PBL, 2015) betekende de compacte suburbanisatie het einde van de uitbreiding van de meeste groeikernen. Het effect op de verhuisstromen is hier niet gekwantificeerd.',
  noteEn: 'After the Fourth Report (1988) came the compact-city policy and the Vinex sites (PBL 2016); according to Van Dam (PBL, 2015) compact suburbanisation ended the expansion of most growth centres. The effect on migration flows is not quantified here.'
};

MATCH (a:Opportunity {id: 'opportunity:ruimte-voor-woningbouw'})
MATCH (b:Opportunity {id: 'opportunity:rol-nationale-woningbouwopgave'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  sources: ['source:intentieverklaring-2022'],
  confidence: 'hypothesis',
  note: 'Intentieverklaring: met de ruimte voor woningbouw kunnen de New Towns significant bijdragen aan het oplossen van de woningnood.',
  noteEn: 'Declaration: with their room to build, the New Towns can contribute significantly to solving the housing shortage.'
};

MATCH (a:Opportunity {id: 'opportunity:rol-nationale-woningbouwopgave'})
MATCH (b:Challenge {id: 'challenge:woningnood'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '-',
  sources: ['source:intentieverklaring-2022'],
  confidence: 'hypothesis',
  note: 'Intentieverklaring: de New Towns kunnen significant bijdragen aan het oplossen van de woningnood.',
  noteEn: 'Declaration: the New Towns can contribute significantly to solving the housing shortage.'
};

MATCH (a:Opportunity {id: 'opportunity:verduurzaming-oudere-wijken'})
MATCH (b:Challenge {id: 'challenge:energietransitie'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '-',
  sources: ['source:intentieverklaring-2022'],
  confidence: 'hypothesis',
  note: 'Intentieverklaring: de kansen voor verduurzaming van oudere wijken laten de New Towns bijdragen aan de energietransitie.',
  noteEn: 'Declaration: the opportunities to make older neighbourhoods sustainable let the New Towns contribute to the energy transition.'
};
