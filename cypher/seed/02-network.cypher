// Seed graph 02: actors, the network and how the actors hang together (MEMBER_OF between actors),
// and who wrote, published or commissioned the sources (PUBLISHED_BY).
// Municipalities join the networks in 03-municipalities.cypher.

// --- The learning network, the ministry and the programme it falls under

MERGE (n:Actor {id: 'actor:leernetwerk-toekomstbestendige-new-towns'})
SET n += {
  name: 'Leernetwerk Toekomstbestendige New Towns',
  nameEn: 'Learning network Future-proof New Towns',
  description: 'Leernetwerk van voormalige groeikernen, het ministerie van BZK en kennispartijen, opgericht met de intentieverklaring van 28 november 2022 en bedoeld om in het eerste kwartaal van 2023 te starten. Doelen: integrale kennisuitwisseling, inzicht in onderliggende oorzaken en mechanismen, en in kaart brengen welk beleid en welke interventies kansen verzilveren en uitdagingen aanpakken. In de verklaring ook \'Toekomstbestendige groeikernen\' genoemd.',
  descriptionEn: 'Learning network of former growth centres, the Ministry of the Interior (BZK) and knowledge partners, founded with the declaration of 28 November 2022 and meant to start in the first quarter of 2023. Aims: integrated knowledge exchange, insight into underlying causes and mechanisms, and mapping which policies and interventions seize opportunities and meet challenges. The declaration also calls it \'Toekomstbestendige groeikernen\'.',
  kind: 'network'
};

MATCH (a:Actor {id: 'actor:leernetwerk-toekomstbestendige-new-towns'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Actor {id: 'actor:ministerie-bzk'})
SET n += {
  name: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK)',
  nameEn: 'Ministry of the Interior and Kingdom Relations (BZK)',
  description: 'Eerste aanspreekpunt namens de ministeries in de beoogde coalitie van het leernetwerk; ondertekenaar van de intentieverklaring via de DG Volkshuisvesting en Bouwen.',
  descriptionEn: 'First point of contact for the ministries in the learning network\'s intended coalition; signatory of the declaration through the Director-General for Housing and Construction.',
  kind: 'ministry'
};

MATCH (a:Actor {id: 'actor:ministerie-bzk'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Actor {id: 'actor:dg-volkshuisvesting-en-bouwen'})
SET n += {
  name: 'Directoraat-Generaal Volkshuisvesting en Bouwen',
  nameEn: 'Directorate-General for Housing and Construction',
  description: 'Directoraat-generaal van BZK; de DG, Chris Kuijpers, ondertekende de intentieverklaring namens het ministerie.',
  descriptionEn: 'Directorate-general of BZK; its Director-General, Chris Kuijpers, signed the declaration on behalf of the ministry.',
  kind: 'directorate'
};

MATCH (a:Actor {id: 'actor:dg-volkshuisvesting-en-bouwen'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Actor {id: 'actor:nplv'})
SET n += {
  name: 'Nationaal Programma Leefbaarheid en Veiligheid (NPLV)',
  nameEn: 'National Programme for Liveability and Safety (NPLV)',
  description: 'Programma van het ministerie van BZK met 20 stedelijke focusgebieden; zes ministeries doen mee, met een horizon van 15 tot 20 jaar. Het leernetwerk valt onder dit programma (pagina 40: de inzet buiten de 20 stedelijke focusgebieden).',
  descriptionEn: 'Programme of the Ministry of the Interior (BZK) with 20 urban focus areas; six ministries take part, with a 15 to 20 year horizon. The learning network falls under it (page 40: the effort outside the 20 urban focus areas).',
  kind: 'programme'
};

MATCH (a:Actor {id: 'actor:nplv'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:nplv'})
MATCH (b:Source {id: 'source:gemeente-nu-nplv-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Actor {id: 'actor:wijkwijzer'})
SET n += {
  name: 'WijkWijzer',
  nameEn: 'WijkWijzer',
  description: 'Online kennisplatform voor leefbare en veilige wijken, opgezet ten behoeve van het NPLV; met publicaties, praktijkvoorbeelden, een vraagbaak en het Dashboard Zicht op Wijken. De intentieverklaring onderzoekt of er een coördinatiepunt van het leernetwerk kan worden ondergebracht.',
  descriptionEn: 'Online knowledge platform for liveable and safe neighbourhoods, set up for the NPLV; with publications, practice examples, a help desk and the Dashboard Zicht op Wijken. The declaration explores housing the learning network\'s coordination point there.',
  kind: 'platform',
  url: 'https://www.wijkwijzer.org'
};

MATCH (a:Actor {id: 'actor:wijkwijzer'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:wijkwijzer'})
MATCH (b:Source {id: 'source:movisie-wijkwijzer'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:dg-volkshuisvesting-en-bouwen'})
MATCH (b:Actor {id: 'actor:ministerie-bzk'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'part', sources: ['source:intentieverklaring-2022']};

MATCH (a:Actor {id: 'actor:nplv'})
MATCH (b:Actor {id: 'actor:ministerie-bzk'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'part', sources: ['source:intentieverklaring-2022']};

MATCH (a:Actor {id: 'actor:leernetwerk-toekomstbestendige-new-towns'})
MATCH (b:Actor {id: 'actor:nplv'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'part', sources: ['source:intentieverklaring-2022']};

MATCH (a:Actor {id: 'actor:wijkwijzer'})
MATCH (b:Actor {id: 'actor:nplv'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'part', sources: ['source:intentieverklaring-2022']};

// --- Other networks of the New Towns

MERGE (n:Actor {id: 'actor:new-town-alliantie'})
SET n += {
  name: 'New Town Alliantie',
  nameEn: 'New Town Alliance',
  description: 'Samenwerking van voormalige groeikernen; opdrachtgever (met BZK) van het rapport Zorgen voor New Towns (2024). Volgens de bronnen uit 2024 zeven leden: Almere, Capelle aan den IJssel, Helmond, Nieuwegein, Nissewaard, Purmerend en Zoetermeer. Een MRA-bericht uit december 2023 noemt ook Lelystad; dat is niet verwerkt.',
  descriptionEn: 'Alliance of former growth centres; commissioner (with BZK) of the report Zorgen voor New Towns (2024). Seven members according to the 2024 sources: Almere, Capelle aan den IJssel, Helmond, Nieuwegein, Nissewaard, Purmerend and Zoetermeer. An MRA item of December 2023 also names Lelystad; that is not modelled.',
  kind: 'network',
  url: 'https://newtowncongres.nl/new-town-alliantie/'
};

MATCH (a:Actor {id: 'actor:new-town-alliantie'})
MATCH (b:Source {id: 'source:zoetermeer-nu-actie-nodig-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:new-town-alliantie'})
MATCH (b:Source {id: 'source:mra-new-towns-alliantie-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Actor {id: 'actor:kopgroep-new-towns'})
SET n += {
  name: 'Kopgroep New Towns',
  nameEn: 'New Towns leading group',
  description: 'In 2021 gestart door Almere, Capelle aan den IJssel, Nissewaard en Zoetermeer; bij de intentieverklaring van 2022 bestond de kopgroep uit die vier en Nieuwegein.',
  descriptionEn: 'Started in 2021 by Almere, Capelle aan den IJssel, Nissewaard and Zoetermeer; at the 2022 declaration the leading group was those four plus Nieuwegein.',
  kind: 'network'
};

MATCH (a:Actor {id: 'actor:kopgroep-new-towns'})
MATCH (b:Source {id: 'source:mra-new-towns-alliantie-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:kopgroep-new-towns'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Actor {id: 'actor:ortega-gemeenten'})
SET n += {
  name: 'Ortega-gemeenten',
  nameEn: 'Ortega municipalities',
  description: 'De vijf gemeenten Almere, Apeldoorn, Ede, Haarlemmermeer en Zoetermeer, die in 2009 de Uitvoeringsagenda New Towns opstelden. Apeldoorn en Ede zijn geen groeikern en staan niet als gemeente in deze seed.',
  descriptionEn: 'The five municipalities Almere, Apeldoorn, Ede, Haarlemmermeer and Zoetermeer, which drew up the Implementation agenda New Towns in 2009. Apeldoorn and Ede are not growth centres and are not in this seed as municipalities.',
  kind: 'network'
};

MATCH (a:Actor {id: 'actor:ortega-gemeenten'})
MATCH (b:Source {id: 'source:uitvoeringsagenda-new-towns-2009'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:ortega-gemeenten'})
MATCH (b:Source {id: 'source:uitvoeringsagenda-new-towns-2009'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Actor {id: 'actor:metropoolregio-amsterdam'})
SET n += {
  name: 'Metropoolregio Amsterdam (MRA)',
  nameEn: 'Amsterdam Metropolitan Area (MRA)',
  description: 'Regionale samenwerking waarin onder meer Purmerend, Almere en Lelystad liggen; berichtte in 2023 over hun deelname aan de New Towns Alliantie.',
  descriptionEn: 'Regional partnership that includes Purmerend, Almere and Lelystad; reported in 2023 on their joining the New Towns Alliance.',
  kind: 'network',
  url: 'https://www.metropoolregioamsterdam.nl'
};

MATCH (a:Actor {id: 'actor:metropoolregio-amsterdam'})
MATCH (b:Source {id: 'source:mra-new-towns-alliantie-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

// --- Knowledge partners

MERGE (n:Actor {id: 'actor:verwey-jonker-instituut'})
SET n += {
  name: 'Verwey-Jonker Instituut',
  nameEn: 'Verwey-Jonker Institute',
  description: 'Onderzoeksinstituut; voerde eind 2023 tot begin 2024 met anderen het onderzoek naar de onderliggende mechanismen uit en is mede-auteur van Zorgen voor New Towns; partner van WijkWijzer.',
  descriptionEn: 'Research institute; carried out, with others, the research into the underlying mechanisms from late 2023 to early 2024 and co-authored Zorgen voor New Towns; WijkWijzer partner.',
  kind: 'knowledge_partner'
};

MATCH (a:Actor {id: 'actor:verwey-jonker-instituut'})
MATCH (b:Source {id: 'source:zoetermeer-nu-actie-nodig-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:verwey-jonker-instituut'})
MATCH (b:Source {id: 'source:mra-new-towns-alliantie-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:verwey-jonker-instituut'})
MATCH (b:Source {id: 'source:movisie-wijkwijzer'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Actor {id: 'actor:bureau-louter'})
SET n += {
  name: 'Bureau Louter',
  nameEn: 'Bureau Louter',
  description: 'Onderzoeksbureau; mede-auteur van Zorgen voor New Towns (2024).',
  descriptionEn: 'Research firm; co-author of Zorgen voor New Towns (2024).',
  kind: 'knowledge_partner'
};

MATCH (a:Actor {id: 'actor:bureau-louter'})
MATCH (b:Source {id: 'source:zoetermeer-nu-actie-nodig-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Actor {id: 'actor:platform31'})
SET n += {
  name: 'Platform31',
  nameEn: 'Platform31',
  description: 'Kennispartner; mede-auteur van Zorgen voor New Towns, trekker (met BZK) van de experimenten Zelforganisatie in New Towns en partner van WijkWijzer.',
  descriptionEn: 'Knowledge partner; co-author of Zorgen voor New Towns, ran (with BZK) the Self-organisation in New Towns experiments and is a WijkWijzer partner.',
  kind: 'knowledge_partner'
};

MATCH (a:Actor {id: 'actor:platform31'})
MATCH (b:Source {id: 'source:zoetermeer-nu-actie-nodig-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:platform31'})
MATCH (b:Source {id: 'source:straatbeeld-uitdagingen-new-towns'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:platform31'})
MATCH (b:Source {id: 'source:movisie-wijkwijzer'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Actor {id: 'actor:pbl'})
SET n += {
  name: 'Planbureau voor de Leefomgeving (PBL)',
  nameEn: 'PBL Netherlands Environmental Assessment Agency',
  description: 'Planbureau; publiceerde over de groeikernen onder meer De stad: magneet, roltrap en spons (2015), Nieuwe perspectieven voor groeikernen (2015), Succes of falen? (2016) en De grijze groeikern (2017).',
  descriptionEn: 'Government assessment agency; published on the growth centres, among others, The city: magnet, escalator and sponge (2015), New perspectives for growth centres (2015), Success or failure? (2016) and The grey growth centre (2017).',
  kind: 'knowledge_partner',
  url: 'https://www.pbl.nl'
};

MATCH (a:Actor {id: 'actor:pbl'})
MATCH (b:Source {id: 'source:pbl-grijze-groeikern-2017'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:pbl'})
MATCH (b:Source {id: 'source:pbl-nieuwe-perspectieven-2015'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:pbl'})
MATCH (b:Source {id: 'source:pbl-succes-of-falen-2016'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Actor {id: 'actor:rigo'})
SET n += {
  name: 'RIGO Research en Advies',
  nameEn: 'RIGO Research and Advice',
  description: 'Onderzoeksbureau; auteur van Veerkracht in het corporatiebezit (met Aedes) en, met Atlas voor gemeenten, van het onderzoek naar omslagzones in leefbaarheid.',
  descriptionEn: 'Research firm; author of Veerkracht in het corporatiebezit (with Aedes) and, with Atlas voor gemeenten, of the study of tipping zones in liveability.',
  kind: 'knowledge_partner',
  url: 'https://www.rigo.nl'
};

MATCH (a:Actor {id: 'actor:rigo'})
MATCH (b:Source {id: 'source:rigo-veerkracht-corporatiebezit'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:rigo'})
MATCH (b:Source {id: 'source:rigo-omslagzones-leefbaarheid'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Actor {id: 'actor:atlas-voor-gemeenten'})
SET n += {
  name: 'Atlas voor gemeenten',
  nameEn: 'Atlas voor gemeenten',
  description: 'Onderzoeksbureau; met RIGO auteur van De voorspellende waarde van omslagzones in leefbaarheid.',
  descriptionEn: 'Research firm; with RIGO, author of The predictive value of tipping zones in liveability.',
  kind: 'knowledge_partner'
};

MATCH (a:Actor {id: 'actor:atlas-voor-gemeenten'})
MATCH (b:Source {id: 'source:rigo-omslagzones-leefbaarheid'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Actor {id: 'actor:abf-research'})
SET n += {
  name: 'ABF Research',
  nameEn: 'ABF Research',
  description: 'Onderzoeksbureau; analyseerde met Platform31 de economie en leefbaarheid van New Towns en evalueerde de experimenten Zelforganisatie in New Towns.',
  descriptionEn: 'Research firm; analysed, with Platform31, the economy and liveability of New Towns and evaluated the Self-organisation in New Towns experiments.',
  kind: 'knowledge_partner'
};

MATCH (a:Actor {id: 'actor:abf-research'})
MATCH (b:Source {id: 'source:straatbeeld-uitdagingen-new-towns'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Actor {id: 'actor:ccv'})
SET n += {
  name: 'Centrum voor Criminaliteitspreventie en Veiligheid (CCV)',
  nameEn: 'Centre for Crime Prevention and Safety (CCV)',
  description: 'Kenniscentrum voor criminaliteitspreventie; partner van WijkWijzer.',
  descriptionEn: 'Knowledge centre for crime prevention; WijkWijzer partner.',
  kind: 'knowledge_partner',
  url: 'https://hetccv.nl'
};

MATCH (a:Actor {id: 'actor:ccv'})
MATCH (b:Source {id: 'source:movisie-wijkwijzer'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Actor {id: 'actor:movisie'})
SET n += {
  name: 'Movisie',
  nameEn: 'Movisie',
  description: 'Kennisinstituut; partner van WijkWijzer bij de lancering.',
  descriptionEn: 'Knowledge institute; WijkWijzer partner at its launch.',
  kind: 'knowledge_partner',
  url: 'https://www.movisie.nl'
};

MATCH (a:Actor {id: 'actor:movisie'})
MATCH (b:Source {id: 'source:movisie-wijkwijzer'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Actor {id: 'actor:lpb'})
SET n += {
  name: 'LPB',
  nameEn: 'LPB',
  description: 'Partner van WijkWijzer bij de lancering; publiceerde over de bloemkoolwijk.',
  descriptionEn: 'WijkWijzer partner at its launch; published on the cauliflower neighbourhood.',
  kind: 'knowledge_partner',
  url: 'https://lpb.nl'
};

MATCH (a:Actor {id: 'actor:lpb'})
MATCH (b:Source {id: 'source:movisie-wijkwijzer'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:lpb'})
MATCH (b:Source {id: 'source:lpb-tweede-jeugd-bloemkoolwijk'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Actor {id: 'actor:lsa'})
SET n += {
  name: 'LSA',
  nameEn: 'LSA',
  description: 'Partner van WijkWijzer bij de lancering.',
  descriptionEn: 'WijkWijzer partner at its launch.',
  kind: 'knowledge_partner'
};

MATCH (a:Actor {id: 'actor:lsa'})
MATCH (b:Source {id: 'source:movisie-wijkwijzer'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Actor {id: 'actor:vng'})
SET n += {
  name: 'Vereniging van Nederlandse Gemeenten (VNG)',
  nameEn: 'Association of Netherlands Municipalities (VNG)',
  description: 'Vereniging van gemeenten; partner in het Programma Aardgasvrije Wijken.',
  descriptionEn: 'Association of municipalities; partner in the Natural-gas-free Neighbourhoods Programme.',
  kind: 'network'
};

MATCH (a:Actor {id: 'actor:vng'})
MATCH (b:Source {id: 'source:rijksoverheid-aardgasvrije-wijken-purmerend-2019'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:platform31'})
MATCH (b:Actor {id: 'actor:wijkwijzer'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'partner', sources: ['source:movisie-wijkwijzer']};

MATCH (a:Actor {id: 'actor:verwey-jonker-instituut'})
MATCH (b:Actor {id: 'actor:wijkwijzer'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'partner', sources: ['source:movisie-wijkwijzer']};

MATCH (a:Actor {id: 'actor:movisie'})
MATCH (b:Actor {id: 'actor:wijkwijzer'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'partner', sources: ['source:movisie-wijkwijzer']};

MATCH (a:Actor {id: 'actor:ccv'})
MATCH (b:Actor {id: 'actor:wijkwijzer'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'partner', sources: ['source:movisie-wijkwijzer']};

MATCH (a:Actor {id: 'actor:lpb'})
MATCH (b:Actor {id: 'actor:wijkwijzer'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'partner', sources: ['source:movisie-wijkwijzer']};

MATCH (a:Actor {id: 'actor:lsa'})
MATCH (b:Actor {id: 'actor:wijkwijzer'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'partner', sources: ['source:movisie-wijkwijzer']};

// --- Housing associations and residents

MERGE (n:Actor {id: 'actor:maasdelta'})
SET n += {
  name: 'Maasdelta',
  nameEn: 'Maasdelta',
  description: 'Woningcorporatie in Spijkenisse; vervangt in Sterrenkwartier-Hoog 688 flatwoningen uit de jaren zestig door circa 425 woningen.',
  descriptionEn: 'Housing association in Spijkenisse; replaces 688 flats from the 1960s in Sterrenkwartier-Hoog with about 425 homes.',
  kind: 'housing_association'
};

MATCH (a:Actor {id: 'actor:maasdelta'})
MATCH (b:Source {id: 'source:rijnmond-sterrenkwartier'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Actor {id: 'actor:woningcorporaties'})
SET n += {
  name: 'Woningcorporaties (algemeen)',
  nameEn: 'Housing associations (in general)',
  description: 'Woningcorporaties als groep, zoals RIGO ze onderzocht: hun sturing op kwaliteit, instroom, zorgafspraken en sociaal beheer hangt samen met stabiele leefbaarheid.',
  descriptionEn: 'Housing associations as a group, as RIGO studied them: their steering on quality, who moves in, care agreements and social management goes with stable liveability.',
  kind: 'housing_association'
};

MATCH (a:Actor {id: 'actor:woningcorporaties'})
MATCH (b:Source {id: 'source:rigo-veerkracht-corporatiebezit'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Actor {id: 'actor:bewoners-waterland'})
SET n += {
  name: 'Bewoners van Waterland (Spijkenisse)',
  nameEn: 'Residents of Waterland (Spijkenisse)',
  description: 'Bewoners samen met wie Plein Vlinderveen in de wijkaanpak Waterland is heringericht.',
  descriptionEn: 'Residents together with whom Plein Vlinderveen was redesigned in the Waterland neighbourhood approach.',
  kind: 'residents'
};

MATCH (a:Actor {id: 'actor:bewoners-waterland'})
MATCH (b:Source {id: 'source:linqmedia-plein-vlinderveen'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

// --- Who wrote, published or commissioned the sources

MATCH (a:Source {id: 'source:zorgen-voor-new-towns-2024'})
MATCH (b:Actor {id: 'actor:verwey-jonker-instituut'})
MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r += {role: 'author'};

MATCH (a:Source {id: 'source:zorgen-voor-new-towns-2024'})
MATCH (b:Actor {id: 'actor:bureau-louter'})
MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r += {role: 'author'};

MATCH (a:Source {id: 'source:zorgen-voor-new-towns-2024'})
MATCH (b:Actor {id: 'actor:platform31'})
MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r += {role: 'author'};

MATCH (a:Source {id: 'source:zorgen-voor-new-towns-2024'})
MATCH (b:Actor {id: 'actor:ministerie-bzk'})
MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r += {role: 'commissioner'};

MATCH (a:Source {id: 'source:zorgen-voor-new-towns-2024'})
MATCH (b:Actor {id: 'actor:new-town-alliantie'})
MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r += {role: 'commissioner'};

MATCH (a:Source {id: 'source:intentieverklaring-2022'})
MATCH (b:Actor {id: 'actor:ministerie-bzk'})
MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r += {role: 'author'};

MATCH (a:Source {id: 'source:pbl-grijze-groeikern-2017'})
MATCH (b:Actor {id: 'actor:pbl'})
MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r += {role: 'author'};

MATCH (a:Source {id: 'source:pbl-nieuwe-perspectieven-2015'})
MATCH (b:Actor {id: 'actor:pbl'})
MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r += {role: 'author'};

MATCH (a:Source {id: 'source:pbl-succes-of-falen-2016'})
MATCH (b:Actor {id: 'actor:pbl'})
MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r += {role: 'author'};

MATCH (a:Source {id: 'source:rigo-veerkracht-corporatiebezit'})
MATCH (b:Actor {id: 'actor:rigo'})
MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r += {role: 'author'};

MATCH (a:Source {id: 'source:rigo-omslagzones-leefbaarheid'})
MATCH (b:Actor {id: 'actor:rigo'})
MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r += {role: 'author'};

MATCH (a:Source {id: 'source:rigo-omslagzones-leefbaarheid'})
MATCH (b:Actor {id: 'actor:atlas-voor-gemeenten'})
MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r += {role: 'author'};

MATCH (a:Source {id: 'source:mra-new-towns-alliantie-2023'})
MATCH (b:Actor {id: 'actor:metropoolregio-amsterdam'})
MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r += {role: 'publisher'};

MATCH (a:Source {id: 'source:movisie-wijkwijzer'})
MATCH (b:Actor {id: 'actor:movisie'})
MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r += {role: 'publisher'};

MATCH (a:Source {id: 'source:lpb-tweede-jeugd-bloemkoolwijk'})
MATCH (b:Actor {id: 'actor:lpb'})
MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r += {role: 'publisher'};

MATCH (a:Source {id: 'source:uitvoeringsagenda-new-towns-2009'})
MATCH (b:Actor {id: 'actor:ortega-gemeenten'})
MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r += {role: 'author'};

MATCH (a:Actor {id: 'actor:pbl'})
MATCH (b:Source {id: 'source:pbl-stad-magneet-roltrap-spons-2015'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Source {id: 'source:pbl-stad-magneet-roltrap-spons-2015'})
MATCH (b:Actor {id: 'actor:pbl'})
MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r += {role: 'publisher'};
