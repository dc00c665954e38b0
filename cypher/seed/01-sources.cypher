// Seed graph 01: sources. Every claim in the seed rests on one of these Source nodes.
// The name of a Source is its title; where the title was not seen, a descriptive name (its description says so).
// secondary = true: the source only reports what another says (Wikipedia and its mirrors, news summaries).
// Facts come from shared/mission/intentieverklaring.md and shared/research/domain.md; see docs/data.md.
// Idempotent: MERGE on id, SET n += {...}.

// --- The network: declaration, report, news about the network

MERGE (n:Source {id: 'source:intentieverklaring-2022'})
SET n += {
  name: 'Intentieverklaring oprichting Leernetwerk \'Toekomstbestendige New Towns\'',
  nameEn: 'Declaration of intent to found the learning network \'Future-proof New Towns\'',
  description: 'Oprichtingsdocument van het leernetwerk, ondertekend op 28 november 2022 te Zoetermeer door de Directeur-Generaal Volkshuisvesting en Bouwen (BZK) en namens de vijf kopgroepgemeenten. Noemt kansen, zorgelijke patronen, doelen, beoogde coalitie en inbedding in het NPLV.',
  descriptionEn: 'Founding document of the learning network, signed on 28 November 2022 in Zoetermeer by the Director-General for Housing and Construction (BZK) and on behalf of the five kopgroep municipalities. Names opportunities, worrying patterns, aims, intended coalition and its place under the NPLV.',
  year: 2022,
  publisher: 'Ministerie van BZK en de gemeenten Almere, Capelle aan den IJssel, Nieuwegein, Nissewaard en Zoetermeer',
  kind: 'government_policy',
  secondary: false
};

MERGE (n:Source {id: 'source:zoetermeer-nieuws-new-towns-bekrachtigen-samenwerking'})
SET n += {
  name: 'New Towns bekrachtigen samenwerking',
  nameEn: 'New Towns confirm their cooperation',
  description: 'Nieuwsbericht over de ondertekening van de intentieverklaring op het eerste New Town Congres in het Stadstheater Zoetermeer; noemt de ondertekenaars en de thema\'s woningnood, energietransitie en leefbaarheid.',
  descriptionEn: 'News item on the signing of the declaration at the first New Town Congres in the Stadstheater Zoetermeer; names the signatories and the themes housing shortage, energy transition and liveability.',
  url: 'https://zoetermeer.nieuws.nl/gemeente/new-towns-bekrachtigen-samenwerking',
  publisher: 'Zoetermeer Nieuws (nieuws.nl)',
  kind: 'news',
  secondary: false
};

MERGE (n:Source {id: 'source:mra-new-towns-alliantie-2023'})
SET n += {
  name: 'Purmerend, Almere en Lelystad in New Towns Alliantie',
  nameEn: 'Purmerend, Almere and Lelystad in the New Towns Alliance',
  description: 'Bericht van de MRA (december 2023): de kopgroep New Towns begon in 2021 met Almere, Capelle, Nissewaard en Zoetermeer; Purmerend, Almere en Lelystad doen mee; onderzoek naar de onderliggende mechanismen eind 2023 tot begin 2024 door onder meer het Verwey-Jonker Instituut. Spreekt van ruim 1,3 miljoen inwoners.',
  descriptionEn: 'MRA news item (December 2023): the New Towns kopgroep started in 2021 with Almere, Capelle, Nissewaard and Zoetermeer; Purmerend, Almere and Lelystad take part; research into the underlying mechanisms from late 2023 to early 2024 by the Verwey-Jonker Instituut and others. Speaks of more than 1.3 million residents.',
  url: 'https://www.metropoolregioamsterdam.nl/purmerend-almere-en-lelystad-in-new-towns-alliantie/',
  year: 2023,
  publisher: 'Metropoolregio Amsterdam',
  kind: 'news',
  secondary: false
};

MERGE (n:Source {id: 'source:newtowncongres-new-town-alliantie'})
SET n += {
  name: 'New Town Alliantie',
  nameEn: 'New Town Alliance',
  description: 'Webpagina over de New Town Alliantie: 15 plaatsen aangewezen als groeikern onder de gebundelde deconcentratie, Zoetermeer als eerste, samen circa 1,5 miljoen inwoners; Almere circa 218.000 inwoners (2022).',
  descriptionEn: 'Web page on the New Town Alliance: 15 places designated as growth centres under clustered deconcentration, Zoetermeer the first, about 1.5 million residents together; Almere about 218,000 residents (2022).',
  url: 'https://newtowncongres.nl/new-town-alliantie/',
  publisher: 'New Town Congres',
  kind: 'local_document',
  secondary: false
};

MERGE (n:Source {id: 'source:zorgen-voor-new-towns-2024'})
SET n += {
  name: 'Zorgen voor New Towns; van groeikern tot aandachtsgebied',
  nameEn: 'Caring for New Towns: from growth centre to area of concern',
  description: 'Onderzoeksrapport in opdracht van BZK en de New Town Alliantie, op 13 november 2024 in Nieuwspoort aangeboden aan minister Mona Keijzer (VRO). In deze seed alleen bekend via de samenvattingen van gemeente Zoetermeer en de vakpers; het rapport zelf is nog niet nagelezen.',
  descriptionEn: 'Research report commissioned by BZK and the New Town Alliance, handed to Minister Mona Keijzer (VRO) at Nieuwspoort on 13 November 2024. In this seed known only through the summaries by the municipality of Zoetermeer and the trade press; the report itself has not been checked yet.',
  year: 2024,
  publisher: 'Verwey-Jonker Instituut, Bureau Louter en Platform31',
  kind: 'research',
  secondary: false
};

MERGE (n:Source {id: 'source:zoetermeer-nu-actie-nodig-2024'})
SET n += {
  name: 'Nu actie nodig om voormalige groeikernen toekomstbestendig te maken',
  nameEn: 'Action needed now to make former growth centres future-proof',
  description: 'Bericht van de gemeente Zoetermeer over het rapport Zorgen voor New Towns: gelijktijdig verouderde wijken, achterblijvende voorzieningen, minder aantrekkelijke steden en vertrek van huishoudens met meer financiële middelen. Secundair: vat het rapport samen.',
  descriptionEn: 'Municipality of Zoetermeer item on the report Zorgen voor New Towns: neighbourhoods ageing at the same time, lagging amenities, less attractive towns and households with greater means moving away. Secondary: summarises the report.',
  url: 'https://en.zoetermeer.nl/nu-actie-nodig-om-voormalige-groeikernen-toekomstbestendig-te-maken',
  year: 2024,
  publisher: 'Gemeente Zoetermeer',
  kind: 'news',
  secondary: true
};

MERGE (n:Source {id: 'source:earthpressnews-nieuwegein-2024'})
SET n += {
  name: 'Unique problems in young cities like Nieuwegein: the government must take action',
  nameEn: 'Unique problems in young cities like Nieuwegein: the government must take action',
  description: 'Nieuwsbericht over het rapport Zorgen voor New Towns; noemt de opdrachtgevers en de zeven leden van de New Town Alliantie. Secundair.',
  descriptionEn: 'News item on the report Zorgen voor New Towns; names its commissioners and the seven members of the New Town Alliance. Secondary.',
  url: 'https://earthpressnews.com/unique-problems-in-young-cities-like-nieuwegein-the-government-must-take-action',
  publisher: 'Earth Press News',
  kind: 'news',
  secondary: true
};

MERGE (n:Source {id: 'source:romagazine-groeikernen-tweede-leven'})
SET n += {
  name: 'Groeikernen vragen om tweede leven',
  nameEn: 'Growth centres ask for a second life',
  description: 'Vakblad-artikel over het rapport Zorgen voor New Towns; ook een van de bronnen voor het mechanisme stedenbouwkundige vorm. Secundair voor wat het rapport zegt.',
  descriptionEn: 'Trade-journal article on the report Zorgen voor New Towns; also one of the sources for the urban-form mechanism. Secondary for what the report says.',
  url: 'https://romagazine.nl/artikel/28467/groeikernen-vragen-om-tweede-leven',
  publisher: 'ROm magazine',
  kind: 'secondary',
  secondary: true
};

// --- Municipalities: codes, populations, mergers (mostly secondary: Wikipedia and mirrors; verify against CBS StatLine)

MERGE (n:Source {id: 'source:cbs-37259eng'})
SET n += {
  name: 'CBS StatLine, tabel 37259eng',
  nameEn: 'CBS StatLine, table 37259eng',
  description: 'CBS-tabel met bevolkingscijfers; bron voor het inwonertal van Haarlemmermeer op 1 januari 2023. De naam is beschrijvend; de titel van de tabel is nog niet nagelezen.',
  descriptionEn: 'CBS table with population figures; source of the population of Haarlemmermeer on 1 January 2023. The name is descriptive; the table title has not been checked.',
  url: 'https://cbs.nl/en-gb/figures/detail/37259eng',
  publisher: 'Centraal Bureau voor de Statistiek (CBS)',
  kind: 'official_statistics',
  secondary: false
};

MERGE (n:Source {id: 'source:wiki-de-alkmaar-biermuseum'})
SET n += {
  name: 'Niederländisches Biermuseum Alkmaar (Wikipedia, Duits)',
  nameEn: 'Niederländisches Biermuseum Alkmaar (German Wikipedia)',
  description: 'Duitstalig Wikipedia-artikel dat het inwonertal van Alkmaar op 1 januari 2024 vermeldt.',
  descriptionEn: 'German Wikipedia article that gives the population of Alkmaar on 1 January 2024.',
  url: 'https://de.m.wikipedia.org./wiki/Niederl%C3%A4ndisches_Biermuseum_Alkmaar',
  publisher: 'Wikipedia (Duitstalig)',
  kind: 'secondary',
  secondary: true
};

MERGE (n:Source {id: 'source:vanpelt-alkmaar-2017'})
SET n += {
  name: 'Alkmaar (fotogalerij)',
  nameEn: 'Alkmaar (photo gallery)',
  description: 'Fotosite met een toelichting op Alkmaar; vermeldt de samenvoeging met Graft-De Rijp en Schermer in 2015.',
  descriptionEn: 'Photography site with a note on Alkmaar; mentions the 2015 merger with Graft-De Rijp and Schermer.',
  url: 'http://ronaldvanpeltfotografie.nl/galleries/nederland/2017-alkmaar',
  publisher: 'Ronald van Pelt Fotografie',
  kind: 'local_document',
  secondary: true
};

MERGE (n:Source {id: 'source:wiki-de-almere-mirror'})
SET n += {
  name: 'Almere (Wikipedia, Duits; via spiegelsite)',
  nameEn: 'Almere (German Wikipedia, via a mirror)',
  description: 'Spiegel van de Duitstalige Wikipedia; bron voor het inwonertal van Almere op 1 januari 2025.',
  descriptionEn: 'Mirror of German Wikipedia; source of the population of Almere on 1 January 2025.',
  url: 'https://wikiless.lunar.icu/w/index.php?oldid=77357961&title=Help%3A%E8%AE%A1%E7%AE%97',
  publisher: 'Wikipedia (Duitstalig), via wikiless-spiegel',
  kind: 'secondary',
  secondary: true
};

MERGE (n:Source {id: 'source:wiki-de-capelle'})
SET n += {
  name: 'Capelle aan den IJssel (Wikipedia, Duits)',
  nameEn: 'Capelle aan den IJssel (German Wikipedia)',
  description: 'Duitstalig Wikipedia-artikel; inwonertal op 1 januari 2024.',
  descriptionEn: 'German Wikipedia article; population on 1 January 2024.',
  url: 'https://de.wikipedia.org/wiki/Capelle_aan_den_IJssel',
  publisher: 'Wikipedia (Duitstalig)',
  kind: 'secondary',
  secondary: true
};

MERGE (n:Source {id: 'source:wiki-li-duiven'})
SET n += {
  name: 'Duiven (Wikipedia, Duits; via wiki.li)',
  nameEn: 'Duiven (German Wikipedia, via wiki.li)',
  description: 'Spiegel van de Duitstalige Wikipedia; Duiven was van 1986 tot 1994 een door het Rijk aangewezen groeigemeente.',
  descriptionEn: 'Mirror of German Wikipedia; Duiven was a state-designated growth municipality from 1986 to 1994.',
  url: 'https://de.wiki.li/Duiven',
  publisher: 'Wikipedia (Duitstalig), via wiki.li',
  kind: 'secondary',
  secondary: true
};

MERGE (n:Source {id: 'source:dokumen123-duiven'})
SET n += {
  name: 'Duiven (gemeente)',
  nameEn: 'Duiven (municipality)',
  description: 'Spiegel van een Wikipedia-artikel; inwonertal van Duiven op 1 januari 2024.',
  descriptionEn: 'Mirror of a Wikipedia article; population of Duiven on 1 January 2024.',
  url: 'https://dokumen123.com/nl/Duiven_(gemeente)',
  publisher: 'dokumen123 (spiegel van Wikipedia)',
  kind: 'local_document',
  secondary: true
};

MERGE (n:Source {id: 'source:wiki-de-westervoort-mirror'})
SET n += {
  name: 'Westervoort (Wikipedia, Duits; via spiegelsite)',
  nameEn: 'Westervoort (German Wikipedia, via a mirror)',
  description: 'Spiegel van de Duitstalige Wikipedia; inwonertal van Westervoort op 1 januari 2023.',
  descriptionEn: 'Mirror of German Wikipedia; population of Westervoort on 1 January 2023.',
  url: 'https://www.wiki-data.de-de.nina.az/Westervoort.html',
  publisher: 'Wikipedia (Duitstalig), via nina.az',
  kind: 'local_document',
  secondary: true
};

MERGE (n:Source {id: 'source:zuid-holland-zienswijze-voorne-aan-zee-2021'})
SET n += {
  name: 'Zienswijze Gedeputeerde Staten vrijwillige herindeling Voorne (besluit 25 mei 2021)',
  nameEn: 'Opinion of the Provincial Executive on the voluntary merger on Voorne (decision of 25 May 2021)',
  description: 'Besluit van Gedeputeerde Staten van Zuid-Holland over de vrijwillige herindeling van Brielle, Hellevoetsluis en Westvoorne tot Voorne aan Zee. De titel is afgeleid uit het adres.',
  descriptionEn: 'Decision of the Provincial Executive of South Holland on the voluntary merger of Brielle, Hellevoetsluis and Westvoorne into Voorne aan Zee. The title is derived from the URL.',
  url: 'https://www.zuid-holland.nl/overons/bestuur-zh/gedeputeerde-staten/besluiten/2021/mei/25-mei/zienswijze-gedeputeerde-staten-vrijwillige/',
  year: 2021,
  publisher: 'Provincie Zuid-Holland',
  kind: 'government_policy',
  secondary: false
};

MERGE (n:Source {id: 'source:wiki-de-hellevoetsluis-mirror'})
SET n += {
  name: 'Hellevoetsluis (Wikipedia, Duits; via spiegelsite)',
  nameEn: 'Hellevoetsluis (German Wikipedia, via a mirror)',
  description: 'Spiegel van de Duitstalige Wikipedia; Hellevoetsluis sinds 1 januari 2023 deel van Voorne aan Zee (circa 72.000 inwoners); de plaats Hellevoetsluis telde 39.925 inwoners op 1 januari 2024.',
  descriptionEn: 'Mirror of German Wikipedia; Hellevoetsluis part of Voorne aan Zee since 1 January 2023 (about 72,000 residents); the town of Hellevoetsluis had 39,925 residents on 1 January 2024.',
  url: 'https://wikipedia.bradmurray.com/wiki/Hellevoetsluis?lang=de',
  publisher: 'Wikipedia (Duitstalig), via spiegelsite',
  kind: 'local_document',
  secondary: true
};

MERGE (n:Source {id: 'source:helmond-sociaaleconomisch-profiel'})
SET n += {
  name: 'Sociaaleconomisch profiel van de stad',
  nameEn: 'Socio-economic profile of the city',
  description: 'Feiten en cijfers van de gemeente Helmond: woningvoorraad 2019 voor 30,8% gebouwd in 1950-1979 en voor 23,4% in 1980-1989.',
  descriptionEn: 'Facts and figures of the municipality of Helmond: housing stock 2019 built 30.8% in 1950-1979 and 23.4% in 1980-1989.',
  url: 'https://www.helmond.nl/1/feitenencijfers/Sociaaleconomisch-profiel-van-de-stad',
  publisher: 'Gemeente Helmond',
  kind: 'local_document',
  secondary: false
};

MERGE (n:Source {id: 'source:infokontak-hoorn'})
SET n += {
  name: 'Hoorn (infokontak)',
  nameEn: 'Hoorn (infokontak)',
  description: 'Spiegel van de Duitstalige Wikipedia; inwonertal van Hoorn op 1 januari 2024.',
  descriptionEn: 'Mirror of German Wikipedia; population of Hoorn on 1 January 2024.',
  url: 'https://infokontak.com/de/Hoorn',
  publisher: 'infokontak (spiegel van Wikipedia)',
  kind: 'local_document',
  secondary: true
};

MERGE (n:Source {id: 'source:encycloreader-houten'})
SET n += {
  name: 'Houten (EncycloReader)',
  nameEn: 'Houten (EncycloReader)',
  description: 'Spiegel van de Duitstalige Wikipedia; inwonertal van Houten op 1 januari 2024.',
  descriptionEn: 'Mirror of German Wikipedia; population of Houten on 1 January 2024.',
  url: 'https://encycloreader.org/r/wikipedia_de.php?q=Houten',
  publisher: 'EncycloReader (spiegel van Wikipedia)',
  kind: 'local_document',
  secondary: true
};

MERGE (n:Source {id: 'source:wikiwand-huizen'})
SET n += {
  name: 'Huizen (Wikiwand)',
  nameEn: 'Huizen (Wikiwand)',
  description: 'Spiegel van de Duitstalige Wikipedia; inwonertal van Huizen op 1 januari 2024.',
  descriptionEn: 'Mirror of German Wikipedia; population of Huizen on 1 January 2024.',
  url: 'https://wikiwand.com/de/articles/Huizen',
  publisher: 'Wikiwand (spiegel van Wikipedia)',
  kind: 'secondary',
  secondary: true
};

MERGE (n:Source {id: 'source:wiki-de-lelystad'})
SET n += {
  name: 'Lelystad (Wikipedia, Duits)',
  nameEn: 'Lelystad (German Wikipedia)',
  description: 'Duitstalig Wikipedia-artikel; inwonertal van Lelystad op 1 januari 2024.',
  descriptionEn: 'German Wikipedia article; population of Lelystad on 1 January 2024.',
  url: 'http://de.wikipedia.org./wiki/Lelystad',
  publisher: 'Wikipedia (Duitstalig)',
  kind: 'secondary',
  secondary: true
};

MERGE (n:Source {id: 'source:wiki-de-nieuwegein'})
SET n += {
  name: 'Nieuwegein (Wikipedia, Duits)',
  nameEn: 'Nieuwegein (German Wikipedia)',
  description: 'Duitstalig Wikipedia-artikel; Nieuwegein ontstond op 1 juli 1971 uit Jutphaas en Vreeswijk; inwonertal op 1 januari 2024.',
  descriptionEn: 'German Wikipedia article; Nieuwegein was formed on 1 July 1971 from Jutphaas and Vreeswijk; population on 1 January 2024.',
  url: 'http://de.wikipedia.org./wiki/Nieuwegein',
  publisher: 'Wikipedia (Duitstalig)',
  kind: 'secondary',
  secondary: true
};

MERGE (n:Source {id: 'source:wiki-de-nissewaard'})
SET n += {
  name: 'Nissewaard (Wikipedia, Duits)',
  nameEn: 'Nissewaard (German Wikipedia)',
  description: 'Duitstalig Wikipedia-artikel; Nissewaard ontstond op 1 januari 2015 uit Spijkenisse en Bernisse; inwonertal op 1 januari 2024 (gemeente en stad Spijkenisse).',
  descriptionEn: 'German Wikipedia article; Nissewaard was formed on 1 January 2015 from Spijkenisse and Bernisse; population on 1 January 2024 (municipality and town of Spijkenisse).',
  url: 'http://de.wikipedia.org/wiki/Nissewaard?oldid=152066807',
  publisher: 'Wikipedia (Duitstalig)',
  kind: 'secondary',
  secondary: true
};

MERGE (n:Source {id: 'source:metatopos-stb-2014-189'})
SET n += {
  name: 'Staatsblad 2014, 189 (metatopos)',
  nameEn: 'Bulletin of Acts and Decrees 2014, 189 (metatopos)',
  description: 'Weergave van het Staatsblad 2014, 189 op metatopos.eu, de wettelijke grondslag van de samenvoeging van Spijkenisse en Bernisse tot Nissewaard.',
  descriptionEn: 'Copy on metatopos.eu of Staatsblad 2014, 189, the legal basis of the merger of Spijkenisse and Bernisse into Nissewaard.',
  url: 'https://metatopos.eu/extrastb2014189.html',
  publisher: 'metatopos.eu',
  kind: 'local_document',
  secondary: true
};

MERGE (n:Source {id: 'source:wiki-li-purmerend'})
SET n += {
  name: 'Purmerend (Wikipedia, Duits; via wiki.li)',
  nameEn: 'Purmerend (German Wikipedia, via wiki.li)',
  description: 'Spiegel van de Duitstalige Wikipedia; Beemster ging op 1 januari 2022 op in Purmerend; circa 92.000 inwoners inclusief Beemster (91.781 op 1 januari 2021).',
  descriptionEn: 'Mirror of German Wikipedia; Beemster merged into Purmerend on 1 January 2022; about 92,000 residents including Beemster (91,781 on 1 January 2021).',
  url: 'https://de.wiki.li/Purmerend',
  publisher: 'Wikipedia (Duitstalig), via wiki.li',
  kind: 'secondary',
  secondary: true
};

MERGE (n:Source {id: 'source:behoud-waterland-beemster'})
SET n += {
  name: 'Stichting Behoud Waterland (over de fusie Beemster-Purmerend)',
  nameEn: 'Stichting Behoud Waterland (on the Beemster-Purmerend merger)',
  description: 'Webpagina van een regionale stichting; bevestigt de samenvoeging van Beemster met Purmerend.',
  descriptionEn: 'Web page of a regional foundation; confirms the merger of Beemster with Purmerend.',
  url: 'https://stichtingbehoudwaterland.nl/index.php?option=com_content&view=article&id=46&Itemid=167',
  publisher: 'Stichting Behoud Waterland',
  kind: 'local_document',
  secondary: true
};

MERGE (n:Source {id: 'source:wiki-de-zoetermeer-mirror'})
SET n += {
  name: 'Zoetermeer (Wikipedia, Duits; via spiegelsite)',
  nameEn: 'Zoetermeer (German Wikipedia, via a mirror)',
  description: 'Spiegel van de Duitstalige Wikipedia; Zoetermeer in 1962 aangewezen als groeikern; inwonertal op 1 januari 2024.',
  descriptionEn: 'Mirror of German Wikipedia; Zoetermeer designated a growth centre in 1962; population on 1 January 2024.',
  url: 'https://dnhewrhegkli.shop/wiki/Zoetermeer',
  publisher: 'Wikipedia (Duitstalig), via spiegelsite',
  kind: 'local_document',
  secondary: true
};

// --- Neighbourhoods

MERGE (n:Source {id: 'source:wiki-de-stadtteile-almere'})
SET n += {
  name: 'Liste der Stadtteile von Almere (Wikipedia, Duits)',
  nameEn: 'List of the districts of Almere (German Wikipedia)',
  description: 'Lijst van de stadsdelen en wijken van Almere, met het jaar van de eerste woningen per stadsdeel en de gemeentelijke wijknummers (geen CBS-codes).',
  descriptionEn: 'List of the districts and neighbourhoods of Almere, with the year of the first homes per district and the municipal neighbourhood numbers (not CBS codes).',
  url: 'https://de.m.wikipedia.org./wiki/Liste_der_Stadtteile_von_Almere',
  publisher: 'Wikipedia (Duitstalig)',
  kind: 'secondary',
  secondary: true
};

MERGE (n:Source {id: 'source:wikizero-almere-stad'})
SET n += {
  name: 'Almere Stad (Wikipedia, Duits; via WikiZero)',
  nameEn: 'Almere Stad (German Wikipedia, via WikiZero)',
  description: 'Almere Stad bestaat uit Stad Centrum, Stad Oost en Stad West en telde 110.915 inwoners op 1 januari 2024.',
  descriptionEn: 'Almere Stad consists of Stad Centrum, Stad Oost and Stad West and had 110,915 residents on 1 January 2024.',
  url: 'https://wikizero.org/wiki/de/Almere_Stad',
  publisher: 'WikiZero (spiegel van Wikipedia)',
  kind: 'local_document',
  secondary: true
};

MERGE (n:Source {id: 'source:cbs-wijken-en-buurten-2024'})
SET n += {
  name: 'CBS Wijken en Buurten 2024 (PDOK OGC API, collectie wijken)',
  nameEn: 'CBS Districts and Neighbourhoods 2024 (PDOK OGC API, districts collection)',
  description: 'De CBS-wijkindeling 2024. De Capelse wijkcodes in deze seed zijn overgenomen uit een publiek codebestand dat op deze API is gebouwd; nog niet rechtstreeks tegen de API gecontroleerd.',
  descriptionEn: 'The CBS district division of 2024. The Capelle district codes in this seed were taken from a public code file built on this API; not yet checked directly against the API.',
  url: 'https://api.pdok.nl/cbs/wijken-en-buurten-2024/ogc/v1/collections/wijken/items',
  year: 2024,
  publisher: 'CBS, via PDOK',
  kind: 'official_statistics',
  secondary: false
};

MERGE (n:Source {id: 'source:johnooms-capelle'})
SET n += {
  name: 'Capelle aan den IJssel (dorpen en steden)',
  nameEn: 'Capelle aan den IJssel (villages and towns)',
  description: 'Particuliere website met de gangbare wijkindeling van Capelle aan den IJssel; komt overeen met de CBS-wijken 2024.',
  descriptionEn: 'Private website with the usual neighbourhood list of Capelle aan den IJssel; matches the CBS districts of 2024.',
  url: 'http://johnooms.nl/dorpen-en-steden/capelle-aan-den-ijssel/',
  publisher: 'johnooms.nl',
  kind: 'local_document',
  secondary: true
};

MERGE (n:Source {id: 'source:canon-nieuwegein'})
SET n += {
  name: 'Van Jutphaas en Vreeswijk tot Nieuwegein (Canon van Nederland, Utrecht)',
  nameEn: 'From Jutphaas and Vreeswijk to Nieuwegein (Canon of the Netherlands, Utrecht)',
  description: 'Regionale canon over het ontstaan van Nieuwegein; noemt 15 woonwijken.',
  descriptionEn: 'Regional canon on how Nieuwegein came to be; mentions 15 residential neighbourhoods.',
  url: 'https://www.canonvannederland.nl/en/utrecht/regio-zuidwest/nieuwegein/van-jutphaas-en-vreeswijk-tot--119824001',
  publisher: 'Canon van Nederland',
  kind: 'local_document',
  secondary: false
};

MERGE (n:Source {id: 'source:nieuwegein-nplv'})
SET n += {
  name: 'Nationaal Programma Leefbaarheid en Veiligheid (projectpagina gemeente Nieuwegein)',
  nameEn: 'National Programme for Liveability and Safety (project page, municipality of Nieuwegein)',
  description: 'Projectpagina over het NPLV-gebied Centrale As: de oostelijke delen van Batau-Noord en Batau-Zuid, het westelijk deel van Zuilenstein, het grootste deel van Jutphaas-Wijkersloot, Merwestein en Fokkesteeg.',
  descriptionEn: 'Project page on the NPLV area Centrale As: the eastern parts of Batau-Noord and Batau-Zuid, the western part of Zuilenstein, most of Jutphaas-Wijkersloot, Merwestein and Fokkesteeg.',
  url: 'https://www.nieuwegein.nl/projecten/nationaal-programma-leefbaarheid-en-veiligheid',
  publisher: 'Gemeente Nieuwegein',
  kind: 'local_document',
  secondary: false
};

MERGE (n:Source {id: 'source:wiki-li-nissewaard'})
SET n += {
  name: 'Nissewaard (Wikipedia, Limburgs)',
  nameEn: 'Nissewaard (Limburgish Wikipedia)',
  description: 'Noemt de kernen van Nissewaard: Spijkenisse, Abbenbroek, Geervliet, Heenvliet, Hekelingen, Oudenhoorn, Simonshaven (met Biert) en Zuidland.',
  descriptionEn: 'Lists the villages and towns of Nissewaard: Spijkenisse, Abbenbroek, Geervliet, Heenvliet, Hekelingen, Oudenhoorn, Simonshaven (with Biert) and Zuidland.',
  url: 'https://li.m.wikipedia.org/wiki/Nissewaard',
  publisher: 'Wikipedia (Limburgstalig)',
  kind: 'secondary',
  secondary: true
};

MERGE (n:Source {id: 'source:wiki-nl-straten-spijkenisse'})
SET n += {
  name: 'Lijst van straten in Spijkenisse (Wikipedia)',
  nameEn: 'List of streets in Spijkenisse (Dutch Wikipedia)',
  description: 'Stratenlijst van Spijkenisse, geordend naar de wijken van de CBS-indeling.',
  descriptionEn: 'List of the streets of Spijkenisse, arranged by the neighbourhoods of the CBS division.',
  url: 'https://nl.wikipedia.org/wiki/Lijst_van_straten_in_Spijkenisse',
  publisher: 'Wikipedia (Nederlandstalig)',
  kind: 'secondary',
  secondary: true
};

MERGE (n:Source {id: 'source:classicistranieri-zoetermeer'})
SET n += {
  name: 'Zoetermeer (Wikipedia, Engels; via classicistranieri)',
  nameEn: 'Zoetermeer (English Wikipedia, via classicistranieri)',
  description: 'Spiegel van een (oudere) Engelstalige Wikipedia-versie; noemt tien stadswijken van Zoetermeer.',
  descriptionEn: 'Mirror of an (older) English Wikipedia version; lists ten city districts of Zoetermeer.',
  url: 'https://classicistranieri.com/en/z/o/e/Zoetermeer.html',
  publisher: 'classicistranieri.com (spiegel van Wikipedia)',
  kind: 'local_document',
  secondary: true
};

// --- Nationaal Programma Leefbaarheid en Veiligheid (NPLV)

MERGE (n:Source {id: 'source:gemeente-nu-nplv-2022'})
SET n += {
  name: 'Nieuwe aanpak moet kwetsbare wijken veilig en leefbaar maken',
  nameEn: 'New approach to make vulnerable neighbourhoods safe and liveable',
  description: 'Nieuwsbericht (juli 2022) over het NPLV: 20 stedelijke focusgebieden in 19 gemeenten met circa 1,2 miljoen inwoners, zes ministeries, een horizon van 15 tot 20 jaar.',
  descriptionEn: 'News item (July 2022) on the NPLV: 20 urban focus areas in 19 municipalities with about 1.2 million residents, six ministries, a 15 to 20 year horizon.',
  url: 'https://www.gemeente.nu/sociaal/werk/nieuwe-aanpak-moet-kwetsbare-wijken-veilig-en-leefbaar-maken/',
  year: 2022,
  publisher: 'Gemeente.nu',
  kind: 'news',
  secondary: true
};

MERGE (n:Source {id: 'source:kamerbrief-nplv-2023'})
SET n += {
  name: 'Kamerbrief over de voortgang van het Nationaal Programma Leefbaarheid en Veiligheid (2023D25513)',
  nameEn: 'Letter to Parliament on the progress of the National Programme for Liveability and Safety (2023D25513)',
  description: 'Voortgangsbrief over het NPLV. De titel is beschrijvend; de officiële titel is nog niet nagelezen.',
  descriptionEn: 'Progress letter on the NPLV. The name is descriptive; the official title has not been checked.',
  url: 'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2023D25513&id=2023D25513',
  year: 2023,
  publisher: 'Rijksoverheid (brief aan de Tweede Kamer)',
  kind: 'government_policy',
  secondary: false
};

MERGE (n:Source {id: 'source:rijksoverheid-nplv-2024'})
SET n += {
  name: 'Bouwen, verduurzamen en baangaranties helpen de leefbaarheid en veiligheid te verbeteren',
  nameEn: 'Building, making homes sustainable and job guarantees help improve liveability and safety',
  description: 'Nieuwsbericht van 17 oktober 2024 over het NPLV: circa 15.000 woningen in voorbereiding, extra leertijd voor circa 53.000 kinderen, baangaranties voor jongeren en preventie van jeugdcriminaliteit.',
  descriptionEn: 'News item of 17 October 2024 on the NPLV: about 15,000 homes in preparation, extra learning time for about 53,000 children, job guarantees for young people and prevention of youth crime.',
  url: 'https://www.rijksoverheid.nl/actueel/nieuws/2024/10/17/bouwen-verduurzamen-en-baangaranties-helpen-de-leefbaarheid-en-veiligheid-te-verbeteren',
  year: 2024,
  publisher: 'Rijksoverheid',
  kind: 'news',
  secondary: false
};

MERGE (n:Source {id: 'source:movisie-wijkwijzer'})
SET n += {
  name: 'WijkWijzer: kennisplatform over leefbaarheid en veiligheid',
  nameEn: 'WijkWijzer: knowledge platform on liveability and safety',
  description: 'Artikel over de lancering van WijkWijzer op de Dag van de Buurt, met partners Platform31, Verwey-Jonker Instituut, Movisie, CCV, LPB, LSA en VNG.',
  descriptionEn: 'Article on the launch of WijkWijzer on the Dag van de Buurt, with partners Platform31, Verwey-Jonker Instituut, Movisie, CCV, LPB, LSA and VNG.',
  url: 'https://www.movisie.nl/artikel/wijkwijzer-kennisplatform-over-leefbaarheid-veiligheid',
  publisher: 'Movisie',
  kind: 'secondary',
  secondary: false
};

// --- Literature on mechanisms (PBL, RIGO, Platform31/ABF, Uitvoeringsagenda 2009, others)

MERGE (n:Source {id: 'source:pbl-grijze-groeikern-2017'})
SET n += {
  name: 'De grijze groeikern',
  nameEn: 'The grey growth centre',
  description: 'PBL-studie naar de vergrijzing van de groeikernen: grote, homogene cohorten jonge gezinnen bleven wonen en worden tegelijk ouder.',
  descriptionEn: 'PBL study of ageing in the growth centres: large, homogeneous cohorts of young families stayed and grow old together.',
  url: 'https://www.pbl.nl/publicaties/de-grijze-groeikern',
  year: 2017,
  publisher: 'Planbureau voor de Leefomgeving (PBL)',
  kind: 'research',
  secondary: false
};

MERGE (n:Source {id: 'source:pbl-nieuwe-perspectieven-2015'})
SET n += {
  name: 'Nieuwe perspectieven voor groeikernen',
  nameEn: 'New perspectives for growth centres',
  description: 'PBL-studie: de suburbanisatie naar groeikernen vertraagt, de groeikernen groeien niet meer en verliezen huishoudens met hogere inkomens.',
  descriptionEn: 'PBL study: suburbanisation to the growth centres slows, the growth centres stop growing and lose higher-income households.',
  url: 'https://www.pbl.nl/publicaties/nieuwe-perspectieven-voor-groeikernen',
  year: 2015,
  publisher: 'Planbureau voor de Leefomgeving (PBL)',
  kind: 'research',
  secondary: false
};

MERGE (n:Source {id: 'source:binnenlandsbestuur-groeikernen-vergrijzen'})
SET n += {
  name: 'Groeikernen groeien niet, maar vergrijzen',
  nameEn: 'Growth centres do not grow, they age',
  description: 'Nieuwsbericht over PBL-werk (De stad: magneet, roltrap en spons): de stad trekt jongeren en gezinnen aan, groeikernen groeien niet en vergrijzen. Secundair.',
  descriptionEn: 'News item on PBL work (The city: magnet, escalator and sponge): the city attracts young people and families, growth centres stop growing and age. Secondary.',
  url: 'http://www.binnenlandsbestuur.nl/ruimte-en-milieu/nieuws/groeikernen-groeien-niet-maar-vergrijzen.9474425.lynkx',
  publisher: 'Binnenlands Bestuur',
  kind: 'news',
  secondary: true
};

MERGE (n:Source {id: 'source:pbl-nieuwe-steden-randstad'})
SET n += {
  name: 'Nieuwe steden in de Randstad',
  nameEn: 'New towns in the Randstad',
  description: 'PBL-studie naar de groeikernen in de Randstad: het groeikernenbeleid eindigde eind jaren tachtig, de compacte stad nam het over en de groeikernen kregen daarna weinig beleidsaandacht. Gelezen via een kopie op 5dok.net.',
  descriptionEn: 'PBL study of the growth centres in the Randstad: the growth-centre policy ended in the late 1980s, the compact city took over and the growth centres got little policy attention afterwards. Read through a copy on 5dok.net.',
  url: 'https://5dok.net/document/4yr30kvy-nieuwe-steden-in-de-randstad.html',
  publisher: 'Planbureau voor de Leefomgeving (PBL); kopie op 5dok.net',
  kind: 'secondary',
  secondary: false
};

MERGE (n:Source {id: 'source:informatio-pbl-groeikernen-metropoolregios'})
SET n += {
  name: 'PBL: meer aandacht nodig voor betekenis groeikernen in metropoolregio\'s',
  nameEn: 'PBL: more attention needed for the role of growth centres in metropolitan regions',
  description: 'Geaggregeerd nieuwsbericht over een PBL-publicatie die meer aandacht vraagt voor de groeikernen. Secundair.',
  descriptionEn: 'Aggregated news item on a PBL publication asking for more attention for the growth centres. Secondary.',
  url: 'https://informatio.nl/aggregated/pbl-meer-aandacht-nodig-voor-betekenis-groeikernen-in-metropoolregios/',
  publisher: 'informatio.nl (nieuwsaggregator)',
  kind: 'news',
  secondary: true
};

MERGE (n:Source {id: 'source:blaauwberg-new-town'})
SET n += {
  name: 'New Town',
  nameEn: 'New Town',
  description: 'Projectpagina van adviesbureau Blaauwberg over New Towns: vergrijzing van homogene cohorten en het risico op achterblijf-sentiment en wantrouwen in de overheid.',
  descriptionEn: 'Project page of the consultancy Blaauwberg on New Towns: ageing of homogeneous cohorts and the risk of a left-behind sentiment and distrust of government.',
  url: 'https://blaauwberg.nl/portfolio-items/new-town/',
  publisher: 'Blaauwberg',
  kind: 'local_document',
  secondary: false
};

MERGE (n:Source {id: 'source:opennieuwsbank-uitvoeringsagenda-2009'})
SET n += {
  name: 'Uitvoeringsagenda New Towns (persbericht Rijksvoorlichtingsdienst, 17 december 2009)',
  nameEn: 'Implementation agenda New Towns (press release, Government Information Service, 17 December 2009)',
  description: 'Persbericht bij de Uitvoeringsagenda New Towns: circa driekwart van de woningvoorraad dateert van na 1971 en "het overgrote deel van woningen vergt op termijn gelijktijdig groot onderhoud". De titel is beschrijvend.',
  descriptionEn: 'Press release on the Implementation agenda New Towns: about three-quarters of the housing stock dates from after 1971 and most homes will in time need major maintenance at the same time. The name is descriptive.',
  url: 'http://www.opennieuwsbank.nl/bericht/2009/12/17/E094-rijksvoorlichtingsdienst.html',
  year: 2009,
  publisher: 'Rijksvoorlichtingsdienst, via Open Nieuwsbank',
  kind: 'secondary',
  secondary: false
};

MERGE (n:Source {id: 'source:uitvoeringsagenda-new-towns-2009'})
SET n += {
  name: 'De uitvoeringsagenda van New Towns: van het wegwerken van achterstanden naar het voorkomen van achterstanden',
  nameEn: 'The implementation agenda of the New Towns: from clearing arrears to preventing them',
  description: 'Uitvoeringsagenda van de Ortega-gemeenten met vier preventiestrategieën: Bruisende centrumvoorzieningen, Wijken van waarde, Stad van nieuwe kansen en Vanzelfsprekende veiligheid. Noemt eenvormige woonwijken die anoniem en onveilig zijn. Gelezen via een kopie op docplayer.nl.',
  descriptionEn: 'Implementation agenda of the Ortega municipalities with four prevention strategies: Vibrant town-centre amenities, Neighbourhoods of value, City of new opportunities and Self-evident safety. Mentions uniform housing estates that are anonymous and unsafe. Read through a copy on docplayer.nl.',
  url: 'http://docplayer.nl/1713132-De-uitvoeringsagenda-van-new-towns-van-het-wegwerken-van-achterstanden-naar-het-voorkomen-van-achterstanden.html',
  year: 2009,
  publisher: 'De vijf Ortega-gemeenten (Almere, Apeldoorn, Ede, Haarlemmermeer, Zoetermeer); kopie op docplayer.nl',
  kind: 'secondary',
  secondary: false
};

MERGE (n:Source {id: 'source:publicresult-ortega'})
SET n += {
  name: 'New Towns: de vijf Ortega-gemeentes',
  nameEn: 'New Towns: the five Ortega municipalities',
  description: 'Projectpagina van adviesbureau Public Result over de vijf Ortega-gemeenten Almere, Apeldoorn, Ede, Haarlemmermeer en Zoetermeer en hun uitvoeringsagenda.',
  descriptionEn: 'Project page of the consultancy Public Result on the five Ortega municipalities Almere, Apeldoorn, Ede, Haarlemmermeer and Zoetermeer and their implementation agenda.',
  url: 'https://www.publicresult.nl/project/new-towns-de-vijf-ortega-gemeentes/',
  publisher: 'Public Result',
  kind: 'local_document',
  secondary: false
};

MERGE (n:Source {id: 'source:rigo-veerkracht-corporatiebezit'})
SET n += {
  name: 'Veerkracht in het corporatiebezit',
  nameEn: 'Resilience in housing-association stock',
  description: 'Studie van RIGO voor Aedes (ook op hetccv.nl): door de versmalling van de sociale huur en de afbouw van intramurale zorg stromen kwetsbare huurders in goedkope, eenzijdige corporatiewijken in; overlast stijgt, samenredzaamheid daalt en de leefbaarheid gaat sinds 2012 achteruit. Kwaliteit van het bezit, sturing op instroom, afspraken met zorgpartners en sociaal beheer hangen samen met stabiele leefbaarheid.',
  descriptionEn: 'RIGO study for Aedes (also on hetccv.nl): as social housing narrows to the lowest incomes and institutional care is cut back, vulnerable tenants flow into cheap, one-sided housing-association neighbourhoods; nuisance rises, mutual self-reliance falls and liveability has declined since 2012. Stock quality, steering on who moves in, agreements with care partners and social management go with stable liveability.',
  url: 'https://www.rigo.nl/veerkracht-in-het-corporatiebezit/',
  publisher: 'RIGO Research en Advies en Aedes',
  kind: 'research',
  secondary: false
};

MERGE (n:Source {id: 'source:rigo-omslagzones-leefbaarheid'})
SET n += {
  name: 'De voorspellende waarde van omslagzones in leefbaarheid',
  nameEn: 'The predictive value of tipping zones in liveability',
  description: 'Onderzoek naar omslagzones: zakt de leefbaarheidsscore van een buurt onder een drempel, dan versnelt de selectieve migratie en volgt verval.',
  descriptionEn: 'Study of tipping zones: when a neighbourhood\'s liveability score falls below a threshold, selective migration accelerates and decline follows.',
  url: 'http://docplayer.nl/8782629-De-voorspellende-waarde-van-omslagzones-in-leefbaarheid.html',
  publisher: 'RIGO Research en Advies en Atlas voor gemeenten; kopie op docplayer.nl',
  kind: 'secondary',
  secondary: false
};

MERGE (n:Source {id: 'source:capelle-schollevaar'})
SET n += {
  name: 'Schollevaar',
  nameEn: 'Schollevaar',
  description: 'Pagina van de gemeente over Schollevaar: gebouwd eind jaren zeventig en begin jaren tachtig bij hoge bouwkosten en rente, gefinancierd met de dynamische kostprijs (DKP); huren hoog voor de geboden kwaliteit, bouwtechnische gebreken, leegstand en sociale problemen in Schollevaar-Oost.',
  descriptionEn: 'Municipal page on Schollevaar: built in the late 1970s and early 1980s at high building costs and interest rates, financed with the dynamic cost price (DKP); rents high for the quality offered, building defects, vacancy and social problems in Schollevaar-Oost.',
  url: 'https://www.capelleaandenijssel.nl/wonen-verkeer-en-veiligheid/schollevaar_3605/',
  publisher: 'Gemeente Capelle aan den IJssel',
  kind: 'local_document',
  secondary: false
};

MERGE (n:Source {id: 'source:lpb-tweede-jeugd-bloemkoolwijk'})
SET n += {
  name: 'Tweede jeugd voor de bloemkoolwijk',
  nameEn: 'A second youth for the cauliflower neighbourhood',
  description: 'Nieuwsbericht over de toekomst van bloemkoolwijken, een van de bronnen voor het mechanisme stedenbouwkundige vorm. De titel is afgeleid uit het adres.',
  descriptionEn: 'News item on the future of cauliflower neighbourhoods, one of the sources for the urban-form mechanism. The name is derived from the URL.',
  url: 'https://lpb.nl/nieuws/nieuws-bericht/tweede-jeugd-bloemkoolwijk/',
  publisher: 'LPB',
  kind: 'news',
  secondary: false
};

MERGE (n:Source {id: 'source:straatbeeld-uitdagingen-new-towns'})
SET n += {
  name: 'De uitdagingen voor New Towns',
  nameEn: 'The challenges for New Towns',
  description: 'Nieuwsbericht over Platform31/ABF-werk: forensensteden met een kleine verzorgende economie; banengroei en verbetering van de leefbaarheid bleven in 2000-2010 achter bij de G4, jongeren vertrekken; de ervaren leefbaarheid is hoger dan in de G4 en veel woningen stonden onder water. Noemt ook de experimenten Zelforganisatie in New Towns. Secundair.',
  descriptionEn: 'News item on Platform31/ABF work: commuter towns with a small servicing economy; job growth and liveability improvements lagged the G4 in 2000-2010 and young people leave; perceived liveability is higher than in the G4 and many homes were in negative equity. Also mentions the Self-organisation in New Towns experiments. Secondary.',
  url: 'https://www.straatbeeld.nl/nieuws/de-uitdagingen-voor-new-towns?page=2',
  publisher: 'Straatbeeld',
  kind: 'news',
  secondary: true
};

MERGE (n:Source {id: 'source:mytinyfeed-dutch-new-towns'})
SET n += {
  name: 'Dutch new towns struggle',
  nameEn: 'Dutch new towns struggle',
  description: 'Nieuwssamenvatting over de problemen van Nederlandse New Towns. Secundair.',
  descriptionEn: 'News summary on the problems of Dutch New Towns. Secondary.',
  url: 'https://mytinyfeed.com/article/dutch-new-towns-struggle',
  publisher: 'mytinyfeed',
  kind: 'secondary',
  secondary: true
};

MERGE (n:Source {id: 'source:inti-groeikernen'})
SET n += {
  name: 'INTI over de Nederlandse groeikernen',
  nameEn: 'INTI on the Dutch growth centres',
  description: 'Pagina van het INTI met een lijst van opgaven van de groeikernen. De titel is beschrijvend.',
  descriptionEn: 'INTI page with a list of challenges of the growth centres. The name is descriptive.',
  url: 'https://newtowninstitute.org/spip.php?article1328',
  publisher: 'International New Town Institute (INTI)',
  kind: 'local_document',
  secondary: false
};

MERGE (n:Source {id: 'source:architectuurpunt-meerzicht'})
SET n += {
  name: 'New Town Lab Meerzicht (INTI groeikernen)',
  nameEn: 'New Town Lab Meerzicht (INTI growth centres)',
  description: 'Pagina over het New Town Lab in de Zoetermeerse wijk Meerzicht, met het Pleintjesplan als voorbeeld van groen en experimenteel jong erfgoed. De titel is afgeleid uit het adres.',
  descriptionEn: 'Page on the New Town Lab in the Zoetermeer district of Meerzicht, with the Pleintjesplan as an example of green, experimental young heritage. The name is derived from the URL.',
  url: 'https://www.architectuurpuntzoetermeer.nl/new-town-lab-meerzicht-inti-groeikernen/',
  publisher: 'Architectuurpunt Zoetermeer',
  kind: 'local_document',
  secondary: false
};

// --- Interventions and cases

MERGE (n:Source {id: 'source:palenstein-vernieuwing'})
SET n += {
  name: 'Vernieuwing Palenstein',
  nameEn: 'Renewal of Palenstein',
  description: 'Website over de vernieuwing van Palenstein: convenant in 2005, wijkvisie in 2012, vijf galerijflats gesloopt, circa 700 nieuwe woningen, een programma van circa € 300 miljoen, gericht op een mix van huur en koop.',
  descriptionEn: 'Website on the renewal of Palenstein: covenant in 2005, neighbourhood vision in 2012, five gallery-access blocks demolished, about 700 new homes, a programme of about €300 million, aimed at a mix of rental and owner-occupied homes.',
  url: 'https://palensteinzoetermeer.nl/woonplek/vernieuwing/',
  publisher: 'palensteinzoetermeer.nl',
  kind: 'local_document',
  secondary: false
};

MERGE (n:Source {id: 'source:streekblad-palenstein'})
SET n += {
  name: 'Palenstein: van probleemwijk naar een gewilde wijk',
  nameEn: 'Palenstein: from problem area to sought-after neighbourhood',
  description: 'Lokaal nieuwsbericht over de herstructurering van Palenstein.',
  descriptionEn: 'Local news item on the restructuring of Palenstein.',
  url: 'https://www.streekbladzoetermeer.nl/nieuws/algemeen/923615/palenstein-van-probleemwijk-naar-een-gewilde-wijk-',
  publisher: 'Streekblad Zoetermeer',
  kind: 'news',
  secondary: false
};

MERGE (n:Source {id: 'source:rijnmond-sterrenkwartier'})
SET n += {
  name: 'Zestien flats Spijkenisse worden gesloopt',
  nameEn: 'Sixteen blocks of flats in Spijkenisse to be demolished',
  description: 'Nieuwsbericht: woningcorporatie Maasdelta vervangt in Sterrenkwartier-Hoog 688 flatwoningen uit de jaren zestig door circa 425 woningen.',
  descriptionEn: 'News item: the housing association Maasdelta replaces 688 flats from the 1960s in Sterrenkwartier-Hoog with about 425 homes.',
  url: 'http://www.rijnmond.nl/nieuws/156338/Zestien-flats-Spijkenisse-worden-gesloopt',
  publisher: 'RTV Rijnmond',
  kind: 'news',
  secondary: false
};

MERGE (n:Source {id: 'source:linqmedia-plein-vlinderveen'})
SET n += {
  name: 'Groen en samenleven: Plein Vlinderveen in Waterland feestelijk geopend',
  nameEn: 'Green and living together: Plein Vlinderveen in Waterland officially opened',
  description: 'Nieuwsbericht over de opening van het samen met bewoners heringerichte Plein Vlinderveen in de Spijkenisser wijk Waterland (wijkaanpak Waterland). De titel is afgeleid uit het adres.',
  descriptionEn: 'News item on the opening of Plein Vlinderveen, redesigned together with residents, in the Spijkenisse neighbourhood of Waterland (Waterland neighbourhood approach). The name is derived from the URL.',
  url: 'https://www.linqmedia.nl/nieuws/groen-en-samenleven-plein-vlinderveen-in-waterland-feestelijk-geopend',
  publisher: 'LinQmedia',
  kind: 'news',
  secondary: false
};

MERGE (n:Source {id: 'source:ccv-hoe-helpt-het-ccv-gemeente'})
SET n += {
  name: 'Hoe helpt het CCV jou als gemeente?',
  nameEn: 'How does the CCV help you as a municipality?',
  description: 'Pagina van het CCV voor gemeenten; noemt onder meer het barrièremodel voor jongeren die afglijden naar drugscriminaliteit.',
  descriptionEn: 'CCV page for municipalities; mentions, among others, the barrier model for young people drifting into drug crime.',
  url: 'https://hetccv.nl/themas/integraal-veiligheidsbeleid/integraal-veiligheidsbeleid/hoe-helpt-het-ccv-jou-als-gemeente/',
  publisher: 'Centrum voor Criminaliteitspreventie en Veiligheid (CCV)',
  kind: 'local_document',
  secondary: false
};

MERGE (n:Source {id: 'source:spanningsveld-stedelijke-herinrichting-2016'})
SET n += {
  name: 'Stedelijke herinrichting: succes of niet?',
  nameEn: 'Urban redevelopment: success or not?',
  description: 'Blogbericht dat het SCP aanhaalt: geen robuuste effecten van het krachtwijkenbeleid op leefbaarheid en veiligheid. Secundair en onbevestigd.',
  descriptionEn: 'Blog post citing the SCP: no robust effects of the Krachtwijken policy on liveability and safety. Secondary and unconfirmed.',
  url: 'https://spanningsveld.blogspot.com/2016/12/stedelijke-herinrichting-succes-of-niet.html',
  year: 2016,
  publisher: 'Spanningsveld (blog)',
  kind: 'secondary',
  secondary: true
};
