// Seed graph 05: challenges (opgaven) and opportunities (kansen).
// From the declaration (shared/mission/intentieverklaring.md): the positive and worrying patterns and
// the national tasks it names. From the research brief: the challenge and opportunity lists of the
// 2024 report and the literature. FACES / HAS_OPPORTUNITY link places where a source says so: the
// declaration speaks for the New Towns and is signed by the kopgroep, so the kopgroep carries its patterns.

// --- Challenges the declaration names: worrying patterns, and the national tasks

MERGE (n:Challenge {id: 'challenge:dalende-sociaaleconomische-positie'})
SET n += {
  name: 'Dalende sociaaleconomische positie',
  nameEn: 'Falling socio-economic position',
  description: 'De sociaaleconomische positie van de New Towns daalt; de intentieverklaring noemt dit als zorgelijk patroon.',
  descriptionEn: 'The socio-economic position of the New Towns is falling; the declaration names it as a worrying pattern.',
  domains: ['economie', 'sociaal']
};

MATCH (a:Challenge {id: 'challenge:dalende-sociaaleconomische-positie'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Challenge {id: 'challenge:achterblijvende-woonaantrekkelijkheid'})
SET n += {
  name: 'Achterblijvende woonaantrekkelijkheid',
  nameEn: 'Lagging residential appeal',
  description: 'De woonaantrekkelijkheid blijft achter bij die van de omliggende regio (intentieverklaring); het rapport Zorgen voor New Towns beschrijft steden die minder aantrekkelijk worden.',
  descriptionEn: 'Residential appeal lags behind that of the surrounding region (declaration); the report Zorgen voor New Towns describes towns becoming less attractive.',
  domains: ['wonen']
};

MATCH (a:Challenge {id: 'challenge:achterblijvende-woonaantrekkelijkheid'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Challenge {id: 'challenge:achterblijvende-woonaantrekkelijkheid'})
MATCH (b:Source {id: 'source:zoetermeer-nu-actie-nodig-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Challenge {id: 'challenge:achterblijvende-woonaantrekkelijkheid'})
MATCH (b:Source {id: 'source:zorgen-voor-new-towns-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
SET n += {
  name: 'Toenemende problematiek leefbaarheid en veiligheid',
  nameEn: 'Growing liveability and safety problems',
  description: 'Toenemende problemen met leefbaarheid en veiligheid in de vaak oudere wijken (intentieverklaring); ook een van de nationale opgaven waaraan de New Towns kunnen bijdragen.',
  descriptionEn: 'Growing liveability and safety problems in the often older neighbourhoods (declaration); also one of the national tasks the New Towns can help with.',
  domains: ['veiligheid', 'sociaal', 'wonen']
};

MATCH (a:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Challenge {id: 'challenge:woningnood'})
SET n += {
  name: 'Woningnood',
  nameEn: 'Housing shortage',
  description: 'Nationale maatschappelijke uitdaging waaraan de New Towns volgens de intentieverklaring significant kunnen bijdragen.',
  descriptionEn: 'National societal challenge to which, according to the declaration, the New Towns can contribute significantly.',
  domains: ['wonen']
};

MATCH (a:Challenge {id: 'challenge:woningnood'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Challenge {id: 'challenge:energietransitie'})
SET n += {
  name: 'Energietransitie',
  nameEn: 'Energy transition',
  description: 'Nationale maatschappelijke uitdaging waaraan de New Towns volgens de intentieverklaring significant kunnen bijdragen.',
  descriptionEn: 'National societal challenge to which, according to the declaration, the New Towns can contribute significantly.',
  domains: ['energie']
};

MATCH (a:Challenge {id: 'challenge:energietransitie'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Challenge {id: 'challenge:vernieuwing-hele-wijken'})
SET n += {
  name: 'Vernieuwing en herstructurering van hele wijken',
  nameEn: 'Renewal and restructuring of whole neighbourhoods',
  description: 'De vaak oudere wijken bereiken massaal hun houdbaarheidsdatum (intentieverklaring); hele wijken, ook schoolgebouwen, zijn tegelijk verouderd en vragen tegelijk om vernieuwing (Zorgen voor New Towns).',
  descriptionEn: 'The often older neighbourhoods reach their use-by date en masse (declaration); whole neighbourhoods, schools included, have aged at the same time and need renewal at the same time (Zorgen voor New Towns).',
  domains: ['wonen', 'ruimte']
};

MATCH (a:Challenge {id: 'challenge:vernieuwing-hele-wijken'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Challenge {id: 'challenge:vernieuwing-hele-wijken'})
MATCH (b:Source {id: 'source:zoetermeer-nu-actie-nodig-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Challenge {id: 'challenge:vernieuwing-hele-wijken'})
MATCH (b:Source {id: 'source:zorgen-voor-new-towns-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

// --- Challenges from the 2024 report and the literature (research brief, section 2)

MERGE (n:Challenge {id: 'challenge:tekort-voorzieningen'})
SET n += {
  name: 'Tekort aan sociaal-culturele, jongeren- en ontmoetingsvoorzieningen',
  nameEn: 'Shortage of socio-cultural, youth and meeting facilities',
  description: 'Voorzieningen, vooral sociaal-culturele, voor jongeren en om elkaar te ontmoeten, zijn niet meegegroeid met de stad.',
  descriptionEn: 'Amenities, above all socio-cultural ones, for young people and meeting places, did not grow with the town.',
  domains: ['voorzieningen', 'sociaal']
};

MATCH (a:Challenge {id: 'challenge:tekort-voorzieningen'})
MATCH (b:Source {id: 'source:zoetermeer-nu-actie-nodig-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Staat in de lijst van opgaven die de onderzoeksbrief aan deze bronnen ontleent (Zoetermeer over Zorgen voor New Towns, mytinyfeed, INTI); per opgave niet nagegaan welke bron haar noemt.',
  noteEn: 'In the list of challenges the research brief takes from these sources (Zoetermeer on Zorgen voor New Towns, mytinyfeed, INTI); which source names which challenge has not been checked.'
};

MERGE (n:Challenge {id: 'challenge:vergrijzing'})
SET n += {
  name: 'Vergrijzing',
  nameEn: 'Ageing',
  description: 'De bevolking van de groeikernen wordt in één golf ouder.',
  descriptionEn: 'The population of the growth centres is ageing in one wave.',
  domains: ['zorg', 'sociaal', 'wonen']
};

MATCH (a:Challenge {id: 'challenge:vergrijzing'})
MATCH (b:Source {id: 'source:zoetermeer-nu-actie-nodig-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Staat in de lijst van opgaven die de onderzoeksbrief aan deze bronnen ontleent (Zoetermeer over Zorgen voor New Towns, mytinyfeed, INTI); per opgave niet nagegaan welke bron haar noemt.',
  noteEn: 'In the list of challenges the research brief takes from these sources (Zoetermeer on Zorgen voor New Towns, mytinyfeed, INTI); which source names which challenge has not been checked.'
};

MERGE (n:Challenge {id: 'challenge:armoede-en-lage-sociale-cohesie'})
SET n += {
  name: 'Armoede en lage sociale samenhang',
  nameEn: 'Poverty and low social cohesion',
  description: 'Armoede en weinig sociale samenhang in delen van de New Towns.',
  descriptionEn: 'Poverty and little social cohesion in parts of the New Towns.',
  domains: ['sociaal', 'economie']
};

MATCH (a:Challenge {id: 'challenge:armoede-en-lage-sociale-cohesie'})
MATCH (b:Source {id: 'source:zoetermeer-nu-actie-nodig-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Staat in de lijst van opgaven die de onderzoeksbrief aan deze bronnen ontleent (Zoetermeer over Zorgen voor New Towns, mytinyfeed, INTI); per opgave niet nagegaan welke bron haar noemt.',
  noteEn: 'In the list of challenges the research brief takes from these sources (Zoetermeer on Zorgen voor New Towns, mytinyfeed, INTI); which source names which challenge has not been checked.'
};

MERGE (n:Challenge {id: 'challenge:jeugdcriminaliteit'})
SET n += {
  name: 'Jeugdcriminaliteit',
  nameEn: 'Youth crime',
  description: 'Criminaliteit door jongeren, waaronder afglijden naar drugscriminaliteit.',
  descriptionEn: 'Crime by young people, including drifting into drug crime.',
  domains: ['veiligheid']
};

MATCH (a:Challenge {id: 'challenge:jeugdcriminaliteit'})
MATCH (b:Source {id: 'source:zoetermeer-nu-actie-nodig-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Staat in de lijst van opgaven die de onderzoeksbrief aan deze bronnen ontleent (Zoetermeer over Zorgen voor New Towns, mytinyfeed, INTI); per opgave niet nagegaan welke bron haar noemt.',
  noteEn: 'In the list of challenges the research brief takes from these sources (Zoetermeer on Zorgen voor New Towns, mytinyfeed, INTI); which source names which challenge has not been checked.'
};

MERGE (n:Challenge {id: 'challenge:eenzaamheid'})
SET n += {
  name: 'Eenzaamheid',
  nameEn: 'Loneliness',
  description: 'Eenzaamheid onder bewoners.',
  descriptionEn: 'Loneliness among residents.',
  domains: ['sociaal', 'zorg']
};

MATCH (a:Challenge {id: 'challenge:eenzaamheid'})
MATCH (b:Source {id: 'source:zoetermeer-nu-actie-nodig-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Staat in de lijst van opgaven die de onderzoeksbrief aan deze bronnen ontleent (Zoetermeer over Zorgen voor New Towns, mytinyfeed, INTI); per opgave niet nagegaan welke bron haar noemt.',
  noteEn: 'In the list of challenges the research brief takes from these sources (Zoetermeer on Zorgen voor New Towns, mytinyfeed, INTI); which source names which challenge has not been checked.'
};

MERGE (n:Challenge {id: 'challenge:verduurzaming-woningvoorraad-70-80'})
SET n += {
  name: 'Verduurzaming van de woningvoorraad uit de jaren zeventig en tachtig',
  nameEn: 'Energy retrofit of the 1970s and 1980s housing stock',
  description: 'De woningen uit de jaren zeventig en tachtig moeten energiezuinig worden gemaakt.',
  descriptionEn: 'The homes from the 1970s and 1980s need an energy retrofit.',
  domains: ['energie', 'wonen']
};

MATCH (a:Challenge {id: 'challenge:verduurzaming-woningvoorraad-70-80'})
MATCH (b:Source {id: 'source:zoetermeer-nu-actie-nodig-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Staat in de lijst van opgaven die de onderzoeksbrief aan deze bronnen ontleent (Zoetermeer over Zorgen voor New Towns, mytinyfeed, INTI); per opgave niet nagegaan welke bron haar noemt.',
  noteEn: 'In the list of challenges the research brief takes from these sources (Zoetermeer on Zorgen voor New Towns, mytinyfeed, INTI); which source names which challenge has not been checked.'
};

MERGE (n:Challenge {id: 'challenge:differentiatie-woningaanbod'})
SET n += {
  name: 'Differentiatie van het woningaanbod',
  nameEn: 'Diversifying the housing stock',
  description: 'Behoefte aan meer verschillende woningtypen dan de eenvormige voorraad biedt.',
  descriptionEn: 'A need for more kinds of homes than the uniform stock offers.',
  domains: ['wonen']
};

MATCH (a:Challenge {id: 'challenge:differentiatie-woningaanbod'})
MATCH (b:Source {id: 'source:zoetermeer-nu-actie-nodig-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Staat in de lijst van opgaven die de onderzoeksbrief aan deze bronnen ontleent (Zoetermeer over Zorgen voor New Towns, mytinyfeed, INTI); per opgave niet nagegaan welke bron haar noemt.',
  noteEn: 'In the list of challenges the research brief takes from these sources (Zoetermeer on Zorgen voor New Towns, mytinyfeed, INTI); which source names which challenge has not been checked.'
};

MERGE (n:Challenge {id: 'challenge:transformatie-verouderd-bedrijfsvastgoed'})
SET n += {
  name: 'Transformatie van verouderd bedrijfsvastgoed',
  nameEn: 'Transforming obsolete business real estate',
  description: 'Verouderde kantoren en bedrijfspanden vragen om een nieuwe bestemming.',
  descriptionEn: 'Obsolete offices and business premises need a new use.',
  domains: ['economie', 'ruimte']
};

MATCH (a:Challenge {id: 'challenge:transformatie-verouderd-bedrijfsvastgoed'})
MATCH (b:Source {id: 'source:zoetermeer-nu-actie-nodig-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Staat in de lijst van opgaven die de onderzoeksbrief aan deze bronnen ontleent (Zoetermeer over Zorgen voor New Towns, mytinyfeed, INTI); per opgave niet nagegaan welke bron haar noemt.',
  noteEn: 'In the list of challenges the research brief takes from these sources (Zoetermeer on Zorgen voor New Towns, mytinyfeed, INTI); which source names which challenge has not been checked.'
};

MERGE (n:Challenge {id: 'challenge:negatief-imago'})
SET n += {
  name: 'Negatief imago',
  nameEn: 'Negative image',
  description: 'De New Towns kampen met een negatief beeld.',
  descriptionEn: 'The New Towns struggle with a negative image.',
  domains: ['bestuur', 'wonen']
};

MATCH (a:Challenge {id: 'challenge:negatief-imago'})
MATCH (b:Source {id: 'source:zoetermeer-nu-actie-nodig-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Staat in de lijst van opgaven die de onderzoeksbrief aan deze bronnen ontleent (Zoetermeer over Zorgen voor New Towns, mytinyfeed, INTI); per opgave niet nagegaan welke bron haar noemt.',
  noteEn: 'In the list of challenges the research brief takes from these sources (Zoetermeer on Zorgen voor New Towns, mytinyfeed, INTI); which source names which challenge has not been checked.'
};

MERGE (n:Challenge {id: 'challenge:mobiliteit'})
SET n += {
  name: 'Mobiliteit',
  nameEn: 'Mobility',
  description: 'Opgaven in bereikbaarheid en vervoer.',
  descriptionEn: 'Challenges in accessibility and transport.',
  domains: ['mobiliteit']
};

MATCH (a:Challenge {id: 'challenge:mobiliteit'})
MATCH (b:Source {id: 'source:zoetermeer-nu-actie-nodig-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Staat in de lijst van opgaven die de onderzoeksbrief aan deze bronnen ontleent (Zoetermeer over Zorgen voor New Towns, mytinyfeed, INTI); per opgave niet nagegaan welke bron haar noemt.',
  noteEn: 'In the list of challenges the research brief takes from these sources (Zoetermeer on Zorgen voor New Towns, mytinyfeed, INTI); which source names which challenge has not been checked.'
};

// --- Opportunities the declaration names, and those of the research brief

MERGE (n:Opportunity {id: 'opportunity:veel-groen'})
SET n += {
  name: 'Veel groen in drukke stedelijke regio\'s',
  nameEn: 'Plenty of green space in busy urban regions',
  description: 'De New Towns onderscheiden zich positief door de hoeveelheid groen in drukke stedelijke regio\'s.',
  descriptionEn: 'The New Towns stand out for the amount of green space in busy urban regions.',
  domains: ['ruimte']
};

MATCH (a:Opportunity {id: 'opportunity:veel-groen'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Opportunity {id: 'opportunity:betaalbare-woningen'})
SET n += {
  name: 'Betaalbare woningen',
  nameEn: 'Affordable homes',
  description: 'De woningen in de New Towns zijn betaalbaar (intentieverklaring). Het rapport Zorgen voor New Towns wijst erop dat juist de betaalbare huur- en koopprijzen de instroom op prijs bepalen.',
  descriptionEn: 'Homes in the New Towns are affordable (declaration). The report Zorgen voor New Towns points out that these affordable rents and prices also drive inflow on price.',
  domains: ['wonen']
};

MATCH (a:Opportunity {id: 'opportunity:betaalbare-woningen'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Opportunity {id: 'opportunity:betaalbare-woningen'})
MATCH (b:Source {id: 'source:zoetermeer-nu-actie-nodig-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Opportunity {id: 'opportunity:ruimte-voor-woningbouw'})
SET n += {
  name: 'Ruimte voor woningbouw en verdichting',
  nameEn: 'Room to build and densify',
  description: 'Vergeleken met de omliggende regio is er vaak nog ruimte, onder andere voor woningbouw (intentieverklaring); de onderzoeksbrief noemt daarbij verdichting, doorstroming, nieuwbouw en renovatie.',
  descriptionEn: 'Compared with the surrounding region there is often still room, among other things for house building (declaration); the research brief adds densification, housing-market mobility, new build and renovation.',
  domains: ['ruimte', 'wonen']
};

MATCH (a:Opportunity {id: 'opportunity:ruimte-voor-woningbouw'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Opportunity {id: 'opportunity:verduurzaming-oudere-wijken'})
SET n += {
  name: 'Kansen voor verduurzaming van de oudere wijken',
  nameEn: 'Opportunities to make the older neighbourhoods sustainable',
  description: 'In de voormalige groeikernen liggen bovengemiddeld veel kansen voor de verduurzaming van de oudere wijken; de voorraad uit de jaren zeventig en tachtig leent zich daarvoor.',
  descriptionEn: 'The former growth centres have above-average opportunities to make their older neighbourhoods sustainable; the 1970s and 1980s stock lends itself to it.',
  domains: ['energie', 'wonen']
};

MATCH (a:Opportunity {id: 'opportunity:verduurzaming-oudere-wijken'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Opportunity {id: 'opportunity:rol-nationale-woningbouwopgave'})
SET n += {
  name: 'Rol in de nationale woningbouwopgave',
  nameEn: 'A role in the national housing task',
  description: 'De New Towns kunnen significant bijdragen aan het oplossen van de woningnood.',
  descriptionEn: 'The New Towns can contribute significantly to solving the housing shortage.',
  domains: ['wonen', 'ruimte']
};

MATCH (a:Opportunity {id: 'opportunity:rol-nationale-woningbouwopgave'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Opportunity {id: 'opportunity:hogere-ervaren-leefbaarheid'})
SET n += {
  name: 'Ervaren leefbaarheid hoger dan in de G4',
  nameEn: 'Perceived liveability higher than in the four big cities',
  description: 'Volgens Platform31/ABF is de ervaren leefbaarheid in New Towns hoger dan in de vier grote steden, al bleef de verbetering in 2000-2010 achter.',
  descriptionEn: 'According to Platform31/ABF, perceived liveability in the New Towns is higher than in the four big cities, though improvement lagged in 2000-2010.',
  domains: ['sociaal', 'wonen']
};

MATCH (a:Opportunity {id: 'opportunity:hogere-ervaren-leefbaarheid'})
MATCH (b:Source {id: 'source:straatbeeld-uitdagingen-new-towns'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

// --- FACES and HAS_OPPORTUNITY: the kopgroep signed the declaration that names these patterns

// --- The 2024 report, commissioned by the Alliantie, on its members: whole neighbourhoods ageing at once

MATCH (a:Municipality {id: 'municipality:GM0637'})
MATCH (b:Challenge {id: 'challenge:vernieuwing-hele-wijken'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:zoetermeer-nu-actie-nodig-2024'],
  note: 'Zorgen voor New Towns, in opdracht van de New Town Alliantie waarvan deze gemeente lid is: complete wijken zijn tegelijk verouderd.',
  noteEn: 'Zorgen voor New Towns, commissioned by the New Town Alliance this municipality belongs to: whole neighbourhoods have aged at the same time.'
};

// --- Places named in specific sources

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-centrale-as'})
MATCH (b:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:gemeente-nu-nplv-2022'],
  note: 'Een van de 20 stedelijke focusgebieden van het Nationaal Programma Leefbaarheid en Veiligheid.',
  noteEn: 'One of the 20 urban focus areas of the National Programme for Liveability and Safety.'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:lelystad-oost'})
MATCH (b:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:gemeente-nu-nplv-2022'],
  note: 'Een van de 20 stedelijke focusgebieden van het Nationaal Programma Leefbaarheid en Veiligheid.',
  noteEn: 'One of the 20 urban focus areas of the National Programme for Liveability and Safety.'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:capelle-schollevaar-oost'})
MATCH (b:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:capelle-plan-van-aanpak-schollevaar-oost-2003'],
  note: 'In 2003 stemde het college in met een plan van aanpak van gemeente en Woningpartners voor Schollevaar-Oost, gericht op woningen, woonomgeving en sociale samenhang.',
  noteEn: 'In 2003 the municipal executive approved a plan of the municipality and Woningpartners for Schollevaar-Oost, aimed at homes, living environment and social cohesion.'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:zoetermeer-palenstein'})
MATCH (b:Challenge {id: 'challenge:vernieuwing-hele-wijken'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:zoetermeer-commissie-palenstein-2003', 'source:palenstein-vernieuwt-2005'],
  note: 'In 2003 zag de raadscommissie de noodzaak om in Palenstein te investeren in leefbaarheid, veiligheid en de gebouwen; in 2005 volgden een concept-samenwerkingsovereenkomst en een structuurvisie met sloop van flats.',
  noteEn: 'In 2003 the council committee saw the need to invest in Palenstein\'s liveability, safety and buildings; in 2005 a draft cooperation agreement and a structure vision with demolition of blocks followed.'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:spijkenisse-sterrenkwartier'})
MATCH (b:Challenge {id: 'challenge:vernieuwing-hele-wijken'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:rijnmond-sterrenkwartier'],
  note: 'Maasdelta vervangt 688 flatwoningen uit de jaren zestig door circa 425 woningen.',
  noteEn: 'Maasdelta replaces 688 flats from the 1960s with about 425 homes.'
};

