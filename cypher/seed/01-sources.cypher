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

// --- Municipalities: codes, populations, mergers (mostly secondary: Wikipedia and mirrors; verify against CBS StatLine)

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

MERGE (n:Source {id: 'source:metatopos-stb-2014-189'})
SET n += {
  name: 'Staatsblad 2014, 189',
  nameEn: 'Bulletin of Acts and Decrees 2014, 189',
  description: 'Het Staatsblad 2014, 189: de wettelijke grondslag van de samenvoeging van Spijkenisse en Bernisse tot Nissewaard. Gelezen in de weergave op metatopos.eu.',
  descriptionEn: 'Bulletin of Acts and Decrees 2014, 189: the legal basis of the merger of Spijkenisse and Bernisse into Nissewaard. Read in the copy on metatopos.eu.',
  publisher: 'Staatsblad van het Koninkrijk der Nederlanden',
  year: 2014,
  identifier: 'Stb. 2014, 189',
  kind: 'official_statistics',
  secondary: false,
  retrievedVia: 'https://metatopos.eu/extrastb2014189.html'
};

MERGE (n:Source {id: 'source:stb-2014-190'})
SET n += {
  name: 'Staatsblad 2014, 190: Wet van 14 mei 2014 tot samenvoeging van de gemeenten Alkmaar, Graft-De Rijp en Schermer',
  nameEn: 'Bulletin of Acts and Decrees 2014, 190: Act of 14 May 2014 merging the municipalities of Alkmaar, Graft-De Rijp and Schermer',
  description: 'De wettelijke grondslag van de samenvoeging van Alkmaar, Graft-De Rijp en Schermer (Kamerstuk 33 790). Gelezen in de weergave op metatopos.eu.',
  descriptionEn: 'The legal basis of the merger of Alkmaar, Graft-De Rijp and Schermer (Kamerstuk 33 790). Read in the copy on metatopos.eu.',
  publisher: 'Staatsblad van het Koninkrijk der Nederlanden',
  year: 2014,
  date: date('2014-05-14'),
  identifier: 'Stb. 2014, 190',
  kind: 'official_statistics',
  secondary: false,
  retrievedVia: 'https://metatopos.eu/extrastb2014190.html'
};

MERGE (n:Source {id: 'source:stb-2018-276'})
SET n += {
  name: 'Staatsblad 2018, 276: Wet van 11 juli 2018 tot samenvoeging van de gemeenten Haarlemmerliede en Spaarnwoude en Haarlemmermeer',
  nameEn: 'Bulletin of Acts and Decrees 2018, 276: Act of 11 July 2018 merging the municipalities of Haarlemmerliede en Spaarnwoude and Haarlemmermeer',
  description: 'De wettelijke grondslag van de samenvoeging van Haarlemmerliede en Spaarnwoude en Haarlemmermeer (Kamerstuk 34 827). Gelezen in de weergave op metatopos.eu.',
  descriptionEn: 'The legal basis of the merger of Haarlemmerliede en Spaarnwoude and Haarlemmermeer (Kamerstuk 34 827). Read in the copy on metatopos.eu.',
  publisher: 'Staatsblad van het Koninkrijk der Nederlanden',
  year: 2018,
  date: date('2018-07-11'),
  identifier: 'Stb. 2018, 276',
  kind: 'official_statistics',
  secondary: false,
  retrievedVia: 'https://metatopos.eu/extrastb2018276.html'
};

MERGE (n:Source {id: 'source:stb-2021-264'})
SET n += {
  name: 'Staatsblad 2021, 264: Wet van 26 mei 2021 tot herindeling van de gemeenten Beemster en Purmerend',
  nameEn: 'Bulletin of Acts and Decrees 2021, 264: Act of 26 May 2021 redrawing the municipalities of Beemster and Purmerend',
  description: 'De wettelijke grondslag van de herindeling (Kamerstuk 35 622): het grondgebied van de op te heffen gemeente Beemster wordt toegevoegd aan dat van de gemeente Purmerend. Gelezen in de weergave op metatopos.eu.',
  descriptionEn: 'The legal basis of the redrawing (Kamerstuk 35 622): the territory of the municipality of Beemster, to be dissolved, is added to that of the municipality of Purmerend. Read in the copy on metatopos.eu.',
  publisher: 'Staatsblad van het Koninkrijk der Nederlanden',
  year: 2021,
  date: date('2021-05-26'),
  identifier: 'Stb. 2021, 264',
  kind: 'official_statistics',
  secondary: false,
  retrievedVia: 'https://www.metatopos.eu/extrastb2021beemster.html'
};

MERGE (n:Source {id: 'source:stb-2021-428'})
SET n += {
  name: 'Staatsblad 2021, 428: Besluit van 3 september 2021 houdende vaststelling van het tijdstip van inwerkingtreding van de Wet van 26 mei 2021 tot herindeling van de gemeenten Beemster en Purmerend',
  nameEn: 'Bulletin of Acts and Decrees 2021, 428: Decree of 3 September 2021 setting the entry into force of the Act of 26 May 2021 redrawing the municipalities of Beemster and Purmerend',
  description: 'De wet (Stb. 2021, 264) treedt in werking op de dag na de uitgifte van dit Staatsblad (uitgegeven op 14 september 2021), zodat de gemeenten zich op de herindelingsverkiezingen kunnen voorbereiden; volgens de nota van toelichting is de beoogde datum van herindeling 1 januari 2022.',
  descriptionEn: 'The act (Stb. 2021, 264) enters into force on the day after this Bulletin is issued (issued on 14 September 2021), so that the municipalities can prepare the redrawing elections; according to the explanatory note the intended date of the redrawing is 1 January 2022.',
  url: 'https://zoek.officielebekendmakingen.nl/stb-2021-428.html',
  publisher: 'Staatsblad van het Koninkrijk der Nederlanden',
  year: 2021,
  date: date('2021-09-03'),
  identifier: 'Stb. 2021, 428',
  kind: 'official_statistics',
  secondary: false
};

MERGE (n:Source {id: 'source:noord-holland-fusie-haarlemmermeer-2017'})
SET n += {
  name: 'Provincie steunt fusie gemeente Haarlemmerliede & Spaarnwoude met Haarlemmermeer',
  nameEn: 'Province supports merger of Haarlemmerliede & Spaarnwoude with Haarlemmermeer',
  description: 'Nieuwsbericht van de provincie Noord-Holland (juni 2017): Gedeputeerde Staten adviseren de minister van BZK de gemeente Haarlemmerliede & Spaarnwoude per 1 januari 2019 in haar geheel te laten fuseren met Haarlemmermeer. Het jaar volgt uit het nieuwsarchief van de provincie, waarin het bericht staat.',
  descriptionEn: 'News item of the Province of Noord-Holland (June 2017): the provincial executive advises the Minister of the Interior to merge the municipality of Haarlemmerliede & Spaarnwoude as a whole with Haarlemmermeer as of 1 January 2019. The year follows from the province\'s news archive, in which the item stands.',
  url: 'https://www.noord-holland.nl/Actueel/Archief/2017/Juni_2017/Provincie_steunt_fusie_gemeente_Haarlemmerliede_Spaarnwoude_met_Haarlemmermeer',
  publisher: 'Provincie Noord-Holland',
  year: 2017,
  kind: 'government_policy',
  secondary: false
};

MERGE (n:Source {id: 'source:rd-herindelingen-2019'})
SET n += {
  name: 'Nederland raakt 1 januari 25 gemeenten kwijt',
  nameEn: 'The Netherlands loses 25 municipalities on 1 January',
  description: 'Nieuwsbericht (december 2018) over cijfers van het CBS: Nederland telt vanaf 1 januari 2019 nog 355 gemeenten na twaalf herindelingen; in 2019 wordt Haarlemmerliede en Spaarnwoude opgenomen in de gemeente Haarlemmermeer. Secundair: het geeft het CBS weer.',
  descriptionEn: 'News item (December 2018) on CBS figures: from 1 January 2019 the Netherlands has 355 municipalities after twelve mergers; in 2019 Haarlemmerliede en Spaarnwoude becomes part of the municipality of Haarlemmermeer. Secondary: it reports CBS.',
  url: 'https://www.rd.nl/vandaag/binnenland/nederland-raakt-1-januari-25-gemeenten-kwijt-1.1537008',
  publisher: 'Reformatorisch Dagblad',
  year: 2018,
  kind: 'news',
  secondary: true
};

MERGE (n:Source {id: 'source:rekenkamer-alkmaar-herindeling-2017'})
SET n += {
  name: 'Het beste van stad en land? Effecten van de herindeling van Alkmaar, Graft-De Rijp en Schermer in de beleving van betrokkenen',
  nameEn: 'The best of town and country? Effects of the merger of Alkmaar, Graft-De Rijp and Schermer as those involved experience them',
  description: 'Rapport van de Rekenkamercommissie van de gemeente Alkmaar (januari 2017; gelezen in de conceptversie op een documentspiegel): op 1 januari 2015 zijn Alkmaar, Graft-De Rijp en Schermer op eigen verzoek heringedeeld tot één gemeente met 105.000 inwoners en 14 kernen; de ambtelijke organisaties fuseerden al een jaar eerder, op 1 januari 2014.',
  descriptionEn: 'Report of the audit committee of the municipality of Alkmaar (January 2017; read in its draft version on a document mirror): on 1 January 2015 Alkmaar, Graft-De Rijp and Schermer were merged at their own request into one municipality of 105,000 residents and 14 villages and towns; the civil services had merged a year earlier, on 1 January 2014.',
  publisher: 'Rekenkamercommissie gemeente Alkmaar',
  year: 2017,
  kind: 'local_document',
  secondary: false,
  retrievedVia: 'https://docslib.org/doc/6543888/rapport-rkc-alkmaar'
};

MERGE (n:Source {id: 'source:cbs-gemeentelijke-indeling-2023'})
SET n += {
  name: 'Gemeentelijke indeling op 1 januari 2023 (Gemeenten alfabetisch 2023)',
  nameEn: 'Municipal division on 1 January 2023 (Municipalities in alphabetical order 2023)',
  description: 'De CBS-lijst van de gemeenten op 1 januari 2023 met gemeentecode, naam, provinciecode en provincienaam (kolommen Gemeentecode, GemeentecodeGM, Gemeentenaam, Provinciecode, ProvinciecodePV, Provincienaam). Gelezen in een CSV-kopie van het CBS-bestand in een publieke GitHub-repository (gemeenten-alfabetisch-2023.csv, gebruikt om gemeenten aan provincies te koppelen); niet rechtstreeks bij CBS opgehaald. Het adres van de CBS-pagina is gelezen in de datasetbeschrijving van het RIVM (COVID-19 ziekenhuisopnames, versie 7), die de indeling van 2023 met Voorne aan Zee aanhaalt. Leest voor de vijftien groeikerngemeenten die in 2023 bestonden en voor Voorne aan Zee code, naam en provincie.',
  descriptionEn: 'The CBS list of the municipalities on 1 January 2023 with municipality code, name, province code and province name (columns Gemeentecode, GemeentecodeGM, Gemeentenaam, Provinciecode, ProvinciecodePV, Provincienaam). Read in a CSV copy of the CBS file in a public GitHub repository (gemeenten-alfabetisch-2023.csv, used there to join municipalities to provinces); not fetched from CBS directly. The address of the CBS page was read in RIVM\'s dataset description (COVID-19 hospital admissions, version 7), which cites the 2023 division with Voorne aan Zee. Read for the fifteen growth-centre municipalities that existed in 2023 and for Voorne aan Zee: code, name and province.',
  url: 'https://www.cbs.nl/nl-nl/onze-diensten/methoden/classificaties/overig/gemeentelijke-indelingen-per-jaar/indeling-per-jaar/gemeentelijke-indeling-op-1-januari-2023',
  publisher: 'Centraal Bureau voor de Statistiek (CBS)',
  year: 2023,
  kind: 'official_statistics',
  secondary: false,
  retrievedVia: 'https://github.com/edugis-repo/cbsbuurtwijkgemeente/blob/9a3127283d22f92f635f6decc90e1353017ff900/gemeenten-alfabetisch-2023.csv'
};

MERGE (n:Source {id: 'source:cbs-gemeentelijke-indeling-2014'})
SET n += {
  name: 'Gemeentelijke indeling op 1 januari 2014 (gemeenten per provincie)',
  nameEn: 'Municipal division on 1 January 2014 (municipalities by province)',
  description: 'De CBS-lijst van de gemeenten op 1 januari 2014 met gemeentecode, naam, provinciecode en provincienaam (kolommen Gemcode, Gemcodel, provcode, provcodel). Gelezen in een CSV-kopie in de publieke repository van NLExtract (cbs-gemeentenperprovincie-2014.csv; de README van die map zegt dat de koppeling gemeente-provincie per jaar van CBS komt); niet rechtstreeks bij CBS opgehaald. Het adres van de CBS-pagina is gelezen in een publiek SQL-script dat de vervallen gemeenten per 1 januari 2014 bijwerkt. Leest voor de gemeenten die voor 2023 opgingen in een andere (Spijkenisse, Bernisse, Hellevoetsluis, Brielle, Westvoorne) en in een groeikern voor 2019 (Graft-De Rijp, Schermer, Haarlemmerliede en Spaarnwoude) code, naam en provincie.',
  descriptionEn: 'The CBS list of the municipalities on 1 January 2014 with municipality code, name, province code and province name (columns Gemcode, Gemcodel, provcode, provcodel). Read in a CSV copy in the public NLExtract repository (cbs-gemeentenperprovincie-2014.csv; the README of that folder says the municipality-province link comes from CBS, per year); not fetched from CBS directly. The address of the CBS page was read in a public SQL script that updates the municipalities ended on 1 January 2014. Read for the municipalities that merged into another before 2023 (Spijkenisse, Bernisse, Hellevoetsluis, Brielle, Westvoorne) and into a groeikern before 2019 (Graft-De Rijp, Schermer, Haarlemmerliede en Spaarnwoude): code, name and province.',
  url: 'https://www.cbs.nl/nl-nl/onze-diensten/methoden/classificaties/overig/gemeentelijke-indelingen-per-jaar/indeling%20per%20jaar/gemeentelijke-indeling-op-1-januari-2014',
  publisher: 'Centraal Bureau voor de Statistiek (CBS)',
  year: 2014,
  kind: 'official_statistics',
  secondary: false,
  retrievedVia: 'https://github.com/nlextract/NLExtract/blob/91eea5cfe2e95367cde12fdf97fe69260eb9e89d/bag/db/data/oud/cbs-gemeentenperprovincie-2014.csv'
};

// --- Neighbourhoods

MERGE (n:Source {id: 'source:cbs-wijken-en-buurten-2024'})
SET n += {
  name: 'CBS Wijken en Buurten 2024 (PDOK, collectie wijken)',
  nameEn: 'CBS Districts and Neighbourhoods 2024 (PDOK, districts collection)',
  description: 'De CBS-wijkindeling 2024 zoals CBS die via PDOK publiceert (wijkcode, wijknaam, gemeente en kerncijfers per wijk). De codes en namen van de wijken van Almere, Capelle aan den IJssel, Nieuwegein, Nissewaard en Zoetermeer zijn gelezen in een publiek machinaal uittreksel van de WFS-dienst van deze dataset (alle 3.475 wijken van 2024, met de velden wijkcode, wijknaam, gemeentecode en gemeentenaam zoals PDOK ze levert); niet rechtstreeks bij PDOK opgevraagd. Elke code en elk inwonertal van die vijf gemeenten is gelijk aan die in Kerncijfers wijken en buurten 2024 (85984NED).',
  descriptionEn: 'The CBS district division of 2024 as CBS publishes it through PDOK (district code, district name, municipality and key figures per district). The codes and names of the districts of Almere, Capelle aan den IJssel, Nieuwegein, Nissewaard and Zoetermeer were read in a public machine extract of this dataset\'s WFS service (all 3,475 districts of 2024, with the fields wijkcode, wijknaam, gemeentecode and gemeentenaam as PDOK serves them); not requested from PDOK directly. Every code and population of those five municipalities equals that in Key figures districts and neighbourhoods 2024 (85984NED).',
  url: 'https://service.pdok.nl/cbs/wijkenbuurten/2024/wfs/v1_0',
  year: 2024,
  kind: 'official_statistics',
  secondary: false,
  publisher: 'Centraal Bureau voor de Statistiek (CBS)',
  retrievedVia: 'https://github.com/AnneVersion/geoinzicht-app/blob/756fee1c1efe908bc54ae70a541de0f222cb2ce5/wijken_2024.geojson'
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
  name: 'Voortgang Nationaal Programma Leefbaarheid en Veiligheid',
  nameEn: 'Progress of the National Programme for Liveability and Safety',
  description: 'Brief van de minister voor Volkshuisvesting en Ruimtelijke Ordening (binnen BZK) aan de Tweede Kamer, Den Haag, 12 juni 2023, mede namens de ministers van SZW, voor Armoedebeleid, voor Primair en Voortgezet Onderwijs, van JenV, voor Rechtsbescherming, van BZK en de staatssecretaris van VWS: de voortgang op de vier actielijnen van het NPLV (juli 2022 tot mei 2023), dat in 20 stedelijke focusgebieden met een horizon van 15 tot 20 jaar werkt aan wijken met een stapeling van problemen als armoede, gezondheidsproblemen en slechte woningen.',
  descriptionEn: 'Letter of the Minister for Housing and Spatial Planning (within BZK) to the House of Representatives, The Hague, 12 June 2023, also on behalf of the ministers of Social Affairs, for Poverty Policy, for Primary and Secondary Education, of Justice and Security, for Legal Protection, of BZK and the State Secretary for Health: progress on the NPLV\'s four lines of action (July 2022 to May 2023); the programme works in 20 urban focus areas over 15 to 20 years on neighbourhoods with an accumulation of problems such as poverty, ill health and bad housing.',
  url: 'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2023D25513&id=2023D25513',
  identifier: 'Kamerstuk 30 995, nr. 102',
  year: 2023,
  date: date('2023-06-12'),
  publisher: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK), minister voor Volkshuisvesting en Ruimtelijke Ordening',
  kind: 'government_policy',
  secondary: false
};

MERGE (n:Source {id: 'source:kamerbrief-nplv-2024'})
SET n += {
  name: 'Voortgang Nationaal Programma Leefbaarheid en Veiligheid',
  nameEn: 'Progress of the National Programme for Liveability and Safety',
  description: 'Brief van de minister van Volkshuisvesting en Ruimtelijke Ordening aan de Tweede Kamer, Den Haag, 17 oktober 2024, mede namens de ministers en staatssecretarissen van SZW, Participatie en Integratie, OCW, JenV, Rechtsbescherming, BZK en Jeugd, Preventie en Sport: het NPLV werkt in 20 gebieden aan drie doelen (slechte woningen verbeteren en meer gemengde wijken, bewoners meer laten meedoen, de aanpak van (jeugd)criminaliteit) en wordt volgens Hoofdlijnenakkoord en Regeerprogramma doorgezet. Gelezen op een spiegel van de Kamerstukken.',
  descriptionEn: 'Letter of the Minister of Housing and Spatial Planning to the House of Representatives, The Hague, 17 October 2024, also on behalf of the ministers and state secretaries of Social Affairs, Participation and Integration, Education, Justice and Security, Legal Protection, BZK and Youth, Prevention and Sport: the NPLV works in 20 areas towards three goals (improving bad housing and more mixed neighbourhoods, more residents taking part, tackling (youth) crime) and continues under the coalition agreement and government programme. Read on a mirror of the parliamentary papers.',
  url: 'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2024D39177&id=2024D39177',
  identifier: 'Kamerstuk 30 995, nr. 104',
  year: 2024,
  date: date('2024-10-17'),
  publisher: 'Ministerie van Volkshuisvesting en Ruimtelijke Ordening (VRO)',
  kind: 'government_policy',
  secondary: false,
  retrievedVia: 'https://berthub.eu/tkconv/get/2024D39177'
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
  kind: 'government_policy',
  secondary: false
};

MERGE (n:Source {id: 'source:rijksoverheid-nplv-2022'})
SET n += {
  name: 'Nieuwe aanpak leefbaarheid en veiligheid in wijken',
  nameEn: 'New approach to liveability and safety in neighbourhoods',
  description: 'Nieuwsbericht van 4 juli 2022 bij de start van het NPLV: vanuit verschillende ministeries wordt geïnvesteerd in betere volkshuisvesting (€ 600 miljoen), het voorkomen van jeugdcriminaliteit (€ 82 miljoen), de aanpak van armoede en schulden (€ 20 miljoen) en de onderwijskwaliteit; met uitspraken van minister De Jonge voor Volkshuisvesting en Ruimtelijke Ordening en minister Weerwind voor Rechtsbescherming.',
  descriptionEn: 'News item of 4 July 2022 at the launch of the NPLV: several ministries invest in better housing (EUR 600 million), preventing youth crime (EUR 82 million), tackling poverty and debt (EUR 20 million) and the quality of education; with statements by the Minister for Housing and Spatial Planning De Jonge and the Minister for Legal Protection Weerwind.',
  url: 'https://www.rijksoverheid.nl/actueel/nieuws/2022/07/04/nieuwe-aanpak-leefbaarheid-en-veiligheid-in-wijken',
  year: 2022,
  date: date('2022-07-04'),
  publisher: 'Rijksoverheid',
  kind: 'government_policy',
  secondary: false
};

MERGE (n:Source {id: 'source:rijksoverheid-jeugdcriminaliteit-2023'})
SET n += {
  name: 'Extra gemeenten in aanpak van jeugdcriminaliteit',
  nameEn: 'More municipalities in the approach to youth crime',
  description: 'Nieuwsbericht van 22 mei 2023: de minister van Justitie en Veiligheid investeert samen met de minister voor Rechtsbescherming in een brede, gebiedsgerichte aanpak om te voorkomen dat kinderen, jongeren en jongvolwassenen in de criminaliteit belanden (oplopend naar structureel € 143 miljoen per jaar vanaf 2025), uitgevoerd door gemeenten met hun partners. De eerste 15 gemeenten begonnen in 2022 in de wijken met de grootste risico\'s, onder meer Lelystad en Nieuwegein; met de uitbreiding van het NPLV volgden Delft, Dordrecht, Roosendaal en Vlaardingen; de aanpak gaat van 15 naar 27 gemeenten.',
  descriptionEn: 'News item of 22 May 2023: the Minister of Justice and Security, together with the Minister for Legal Protection, invests in a broad, area-based approach to keep children, young people and young adults out of crime (rising to EUR 143 million a year from 2025), carried out by municipalities with their partners. The first 15 municipalities started in 2022 in the neighbourhoods with the greatest risks, among them Lelystad and Nieuwegein; with the extension of the NPLV, Delft, Dordrecht, Roosendaal and Vlaardingen followed; the approach grows from 15 to 27 municipalities.',
  url: 'https://www.rijksoverheid.nl/actueel/nieuws/2023/05/22/extra-gemeenten-in-aanpak-van-jeugdcriminaliteit',
  year: 2023,
  date: date('2023-05-22'),
  publisher: 'Rijksoverheid',
  kind: 'government_policy',
  secondary: false
};

MERGE (n:Source {id: 'source:rijksoverheid-jeugdcriminaliteit-2024'})
SET n += {
  name: '20 gemeenten extra gesteund in aanpak van jeugdcriminaliteit',
  nameEn: '20 municipalities given extra support in tackling youth crime',
  description: 'Nieuwsbericht van 4 april 2024: naast de 27 gemeenten met structureel geld zijn 20 aanvullende gemeenten gevraagd een plan van aanpak te maken voor de urgente en relatief ernstige problematiek die ze kennen met jongeren in de criminaliteit, onder meer Hoorn, Nissewaard en Zoetermeer. De minister van Justitie en Veiligheid en de minister voor Rechtsbescherming investeren samen in de brede aanpak Preventie met Gezag (8- tot en met 27-jarigen); gemeenten voeren die uit met politie, OM, Raad voor de Kinderbescherming, Reclassering, Halt, scholen, jongerenwerk en anderen.',
  descriptionEn: 'News item of 4 April 2024: besides the 27 municipalities with structural funding, 20 more municipalities were asked to draw up a plan for the urgent and relatively serious problems they have with young people in crime, among them Hoorn, Nissewaard and Zoetermeer. The Minister of Justice and Security and the Minister for Legal Protection invest together in the broad approach Preventie met Gezag (ages 8 to 27); municipalities carry it out with the police, the Public Prosecution Service, the Child Protection Board, the probation service, Halt, schools, youth work and others.',
  url: 'https://www.rijksoverheid.nl/actueel/nieuws/2024/04/04/20-gemeenten-extra-gesteund-in-aanpak-van-jeugdcriminaliteit',
  year: 2024,
  date: date('2024-04-04'),
  publisher: 'Rijksoverheid',
  kind: 'government_policy',
  secondary: false
};

MERGE (n:Source {id: 'source:regeling-kansrijke-wijk-2023'})
SET n += {
  name: 'Regeling kansrijke wijk',
  nameEn: 'Promising Neighbourhood Regulation',
  description: 'Regeling van de minister voor Volkshuisvesting en Ruimtelijke Ordening van 26 juni 2023, in overeenstemming met de ministers van SZW, voor Armoedebeleid, Participatie en Pensioenen en voor Primair en Voortgezet Onderwijs: een specifieke uitkering aan de gemeenten waarin een stedelijk focusgebied van het NPLV ligt. Een van de onderdelen is een lokale coalitie van ten minste de gemeente, een school en een lokale organisatie voor een programma met activiteiten buiten de reguliere onderwijstijd voor leerlingen van scholen met veel leerlingen met een risico op onderwijsachterstand.',
  descriptionEn: 'Regulation of the Minister for Housing and Spatial Planning of 26 June 2023, in agreement with the ministers of Social Affairs, for Poverty Policy, Participation and Pensions and for Primary and Secondary Education: a specific grant to the municipalities in which an NPLV urban focus area lies. One of its parts is a local coalition of at least the municipality, a school and a local organisation for a programme of activities outside regular school hours for pupils of schools with many pupils at risk of educational disadvantage.',
  url: 'https://zoek.officielebekendmakingen.nl/stcrt-2023-17605.html',
  identifier: 'Stcrt. 2023, 17605',
  year: 2023,
  date: date('2023-06-26'),
  publisher: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK), minister voor Volkshuisvesting en Ruimtelijke Ordening',
  kind: 'government_policy',
  secondary: false
};

MERGE (n:Source {id: 'source:rijksoverheid-spuk-kansrijke-wijk-2025'})
SET n += {
  name: '€400 miljoen voor SPUK Kansrijke Wijk: zo zetten NPLV-gebieden de middelen in',
  nameEn: 'EUR 400 million for the Promising Neighbourhood grant: how the NPLV areas use it',
  description: 'Nieuwsbericht van 11 december 2025: voor de SPUK Kansrijke Wijk 2026-2028 zijn middelen gebundeld van OCW (€ 327 miljoen), SZW (€ 51 miljoen) en VRO (€ 30 miljoen); twaalf NPLV-gebieden vroegen het programma School & Omgeving aan, dat na schooltijd extra activiteiten biedt. Minister Keijzer van VRO: "Daarom bouwen we meer betaalbare woningen, verbeteren we de bestaande woningvoorraad en investeren we in maatschappelijke voorzieningen."',
  descriptionEn: 'News item of 11 December 2025: for the Promising Neighbourhood grant 2026-2028 funds of Education (EUR 327 million), Social Affairs (EUR 51 million) and Housing (EUR 30 million) are bundled; twelve NPLV areas applied for the School & Omgeving programme, which offers extra activities after school hours. Minister Keijzer of Housing and Spatial Planning: "That is why we build more affordable homes, improve the existing housing stock and invest in community facilities."',
  url: 'https://www.rijksoverheid.nl/actueel/nieuws/2025/12/11/%E2%82%AC400-miljoen-voor-spuk-kansrijke-wijk-zo-zetten-nplv-gebieden-de-middelen-in',
  year: 2025,
  date: date('2025-12-11'),
  publisher: 'Rijksoverheid',
  kind: 'government_policy',
  secondary: false
};

MERGE (n:Source {id: 'source:movisie-wijkwijzer'})
SET n += {
  name: 'WijkWijzer: Hét kennisplatform over leefbaarheid en veiligheid',
  nameEn: 'WijkWijzer: the knowledge platform on liveability and safety',
  description: 'Artikel van Movisie van 4 juli 2022, de dag waarop de ministers De Jonge en Wiersma het Nationaal Programma Leefbaarheid en Veiligheid lanceerden, waarin de ministeries van JenV, OCW, SZW, VWS en BZK samenwerken. Zes kennis- en netwerkorganisaties bundelen met BZK hun krachten in WijkWijzer: Platform31, het Verwey-Jonker Instituut, Movisie, het CCV, het LPB en het LSA.',
  descriptionEn: 'Movisie article of 4 July 2022, the day ministers De Jonge and Wiersma launched the National Programme for Liveability and Safety, in which the ministries of Justice and Security, Education, Social Affairs, Health and the Interior (BZK) work together. Six knowledge and network organisations join forces with BZK in WijkWijzer: Platform31, the Verwey-Jonker Instituut, Movisie, the CCV, the LPB and the LSA.',
  url: 'https://www.movisie.nl/artikel/wijkwijzer-kennisplatform-over-leefbaarheid-veiligheid',
  publisher: 'Movisie',
  year: 2022,
  date: date('2022-07-04'),
  secondary: false,
  kind: 'practice_database'
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
  description: 'PBL-studie: de suburbanisatie naar groeikernen vertraagt, de groeikernen groeien niet meer en verliezen huishoudens met hogere inkomens. Over het beleid zelf: het Rijk wees in de Verstedelijkingsnota (1976) een zestiental steden als groeikern aan; de gemeenten met die status kwamen in aanmerking voor rijkssubsidie voor de uitbreiding van hun woningvoorraad en voorzieningen. Publicatiedatum op de PBL-pagina: 7 december 2015; de volledige tekst gelezen op een documentkopie.',
  descriptionEn: 'PBL study: suburbanisation to the growth centres slows, the growth centres stop growing and lose higher-income households. On the policy itself: the national government designated some sixteen towns as growth centres in the Urbanisation Report (1976); the municipalities with that status qualified for national subsidy to expand their housing stock and amenities. Publication date on the PBL page: 7 December 2015; the full text read on a document copy.',
  url: 'https://www.pbl.nl/publicaties/nieuwe-perspectieven-voor-groeikernen',
  year: 2015,
  date: date('2015-12-07'),
  publisher: 'Planbureau voor de Leefomgeving (PBL)',
  kind: 'research',
  secondary: false,
  retrievedVia: 'https://5dok.net/document/1y9608dy-nieuwe-perspectieven-voor-groeikernen.html'
};

MERGE (n:Source {id: 'source:opennieuwsbank-uitvoeringsagenda-2009'})
SET n += {
  name: 'Uitvoeringsagenda New Towns (persbericht Rijksvoorlichtingsdienst, 17 december 2009)',
  nameEn: 'Implementation agenda New Towns (press release, Government Information Service, 17 December 2009)',
  description: 'Persbericht bij de Uitvoeringsagenda New Towns: circa driekwart van de woningvoorraad dateert van na 1971 en "het overgrote deel van woningen vergt op termijn gelijktijdig groot onderhoud". De titel is beschrijvend.',
  descriptionEn: 'Press release on the Implementation agenda New Towns: about three-quarters of the housing stock dates from after 1971 and most homes will in time need major maintenance at the same time. The name is descriptive.',
  secondary: false,
  publisher: 'Rijksvoorlichtingsdienst',
  kind: 'government_policy',
  year: 2009,
  date: date('2009-12-17'),
  retrievedVia: 'http://www.opennieuwsbank.nl/bericht/2009/12/17/E094-rijksvoorlichtingsdienst.html'
};

MERGE (n:Source {id: 'source:uitvoeringsagenda-new-towns-2009'})
SET n += {
  name: 'De uitvoeringsagenda van New Towns: van het wegwerken van achterstanden naar het voorkomen van achterstanden',
  nameEn: 'The implementation agenda of the New Towns: from clearing arrears to preventing them',
  description: 'Uitvoeringsagenda van de Ortega-gemeenten met vier preventiestrategieën: Bruisende centrumvoorzieningen, Wijken van waarde, Stad van nieuwe kansen en Vanzelfsprekende veiligheid. Noemt eenvormige woonwijken die anoniem en onveilig zijn. Gelezen via een kopie op docplayer.nl.',
  descriptionEn: 'Implementation agenda of the Ortega municipalities with four prevention strategies: Vibrant town-centre amenities, Neighbourhoods of value, City of new opportunities and Self-evident safety. Mentions uniform housing estates that are anonymous and unsafe. Read through a copy on docplayer.nl.',
  secondary: false,
  publisher: 'De vijf Ortega-gemeenten (Almere, Apeldoorn, Ede, Haarlemmermeer, Zoetermeer) en het ministerie van VROM/WWI',
  kind: 'local_document',
  year: 2009,
  retrievedVia: 'http://docplayer.nl/1713132-De-uitvoeringsagenda-van-new-towns-van-het-wegwerken-van-achterstanden-naar-het-voorkomen-van-achterstanden.html'
};

MERGE (n:Source {id: 'source:rigo-veerkracht-corporatiebezit'})
SET n += {
  name: 'Veerkracht in het corporatiebezit',
  nameEn: 'Resilience in housing-association stock',
  description: 'Studie van RIGO voor Aedes (ook op hetccv.nl): door de versmalling van de sociale huur en de afbouw van intramurale zorg stromen kwetsbare huurders in goedkope, eenzijdige corporatiewijken in; overlast stijgt, samenredzaamheid daalt en de leefbaarheid gaat sinds 2012 achteruit. Kwaliteit van het bezit, sturing op instroom, afspraken met zorgpartners en sociaal beheer hangen samen met stabiele leefbaarheid.',
  descriptionEn: 'RIGO study for Aedes (also on hetccv.nl): as social housing narrows to the lowest incomes and institutional care is cut back, vulnerable tenants flow into cheap, one-sided housing-association neighbourhoods; nuisance rises, mutual self-reliance falls and liveability has declined since 2012. Stock quality, steering on who moves in, agreements with care partners and social management go with stable liveability.',
  url: 'https://www.rigo.nl/veerkracht-in-het-corporatiebezit/',
  secondary: false,
  publisher: 'RIGO Research en Advies, in opdracht van Aedes',
  year: 2018,
  date: date('2018-11-08'),
  kind: 'research'
};

MERGE (n:Source {id: 'source:rigo-omslagzones-leefbaarheid'})
SET n += {
  name: 'De voorspellende waarde van omslagzones in leefbaarheid',
  nameEn: 'The predictive value of tipping zones in liveability',
  description: 'Eindrapport van 22 juni 2012 (Leidelmeijer, Marlet, Schulenberg, Van Woerkens) over omslagzones: een zone van leefbaarheidsscores waarin buurten het gevaar lopen af te glijden; voorbij een omslagpunt versnelt de selectieve migratie en kan verval volgen. Gelezen op een documentkopie.',
  descriptionEn: 'Final report of 22 June 2012 (Leidelmeijer, Marlet, Schulenberg, Van Woerkens) on tipping zones: a band of liveability scores in which neighbourhoods risk sliding down; past a tipping point selective migration accelerates and decline may follow. Read on a document copy.',
  secondary: false,
  publisher: 'RIGO Research en Advies en Atlas voor gemeenten',
  year: 2012,
  date: date('2012-06-22'),
  kind: 'research',
  retrievedVia: 'http://docplayer.nl/8782629-De-voorspellende-waarde-van-omslagzones-in-leefbaarheid.html'
};

MERGE (n:Source {id: 'source:lpb-tweede-jeugd-bloemkoolwijk'})
SET n += {
  name: 'Tweede jeugd voor de bloemkoolwijk',
  nameEn: 'A second youth for the cauliflower neighbourhood',
  description: 'Nieuwsbericht van het LPB (27 januari 2018) dat een artikel van Ruimtevolk aankondigt: na de naoorlogse wijken staan de jarenzeventigwijken op de agenda van overheden, corporaties en welzijnsinstellingen; de bloemkoolwijken, ooit een schoolvoorbeeld van kleinschaligheid, zijn wat sleets geraakt, sluiten niet altijd meer aan op de woningvraag, hun aantrekkelijkheid en leefbaarheid staan vaker onder druk en relatief veel huishoudens investeren nauwelijks in hun woning.',
  descriptionEn: 'LPB news item (27 January 2018) announcing an article by Ruimtevolk: after the post-war neighbourhoods, the 1970s neighbourhoods are on the agenda of governments, housing associations and welfare organisations; the cauliflower neighbourhoods, once a model of small scale, have become somewhat worn, no longer always match housing demand, their attractiveness and liveability are more often under pressure and relatively many households hardly invest in their homes.',
  url: 'https://lpb.nl/nieuws/nieuws-bericht/tweede-jeugd-bloemkoolwijk/',
  publisher: 'Landelijk Platform Buurt- en Wijkgericht werken (LPB)',
  year: 2018,
  date: date('2018-01-27'),
  kind: 'news',
  secondary: true
};

MERGE (n:Source {id: 'source:straatbeeld-uitdagingen-new-towns'})
SET n += {
  name: 'De uitdagingen voor New Towns',
  nameEn: 'The challenges for New Towns',
  description: 'Nieuwsbericht van 7 februari 2014 over de conferentie Nieuwe uitdagingen voor New Towns in Nieuwegein en Platform31/ABF-werk: forensensteden met een kleine verzorgende economie; banengroei en verbetering van de leefbaarheid bleven in 2000-2010 achter bij de G4, jongeren vertrekken; de ervaren leefbaarheid is hoger dan in de G4 en veel woningen stonden onder water. Noemt ook de experimenten Zelforganisatie in New Towns. Secundair.',
  descriptionEn: 'News item of 7 February 2014 on the conference New challenges for New Towns in Nieuwegein and Platform31/ABF work: commuter towns with a small servicing economy; job growth and liveability improvements lagged the G4 in 2000-2010 and young people leave; perceived liveability is higher than in the G4 and many homes were in negative equity. Also mentions the Self-organisation in New Towns experiments. Secondary.',
  url: 'https://www.straatbeeld.nl/nieuws/de-uitdagingen-voor-new-towns?page=2',
  publisher: 'Straatbeeld',
  year: 2014,
  date: date('2014-02-07'),
  kind: 'news',
  secondary: true
};

// --- Interventions and cases
MERGE (n:Source {id: 'source:rijnmond-sterrenkwartier'})
SET n += {
  name: 'Zestien flats Spijkenisse worden gesloopt',
  nameEn: 'Sixteen blocks of flats in Spijkenisse to be demolished',
  description: 'Nieuwsbericht: woningcorporatie Maasdelta vervangt in Sterrenkwartier-Hoog 688 flatwoningen uit de jaren zestig door circa 425 woningen.',
  descriptionEn: 'News item: the housing association Maasdelta replaces 688 flats from the 1960s in Sterrenkwartier-Hoog with about 425 homes.',
  url: 'http://www.rijnmond.nl/nieuws/156338/Zestien-flats-Spijkenisse-worden-gesloopt',
  publisher: 'RTV Rijnmond',
  secondary: false,
  year: 2017,
  kind: 'news'
};

MERGE (n:Source {id: 'source:linqmedia-plein-vlinderveen'})
SET n += {
  name: 'Groen en samenleven: Plein Vlinderveen in Waterland feestelijk geopend',
  nameEn: 'Green and living together: Plein Vlinderveen in Waterland officially opened',
  description: 'Nieuwsbericht over de opening van het samen met bewoners heringerichte Plein Vlinderveen in de Spijkenisser wijk Waterland (wijkaanpak Waterland). De titel is afgeleid uit het adres.',
  descriptionEn: 'News item on the opening of Plein Vlinderveen, redesigned together with residents, in the Spijkenisse neighbourhood of Waterland (Waterland neighbourhood approach). The name is derived from the URL.',
  url: 'https://www.linqmedia.nl/nieuws/groen-en-samenleven-plein-vlinderveen-in-waterland-feestelijk-geopend',
  publisher: 'LinQmedia',
  secondary: false,
  year: 2025,
  date: date('2025-05-09'),
  kind: 'news'
};

// --- Added in the rebuild on primary sources (issue 17)

MERGE (n:Source {id: 'source:scp-werk-aan-de-wijk-2013'})
SET n += {
  name: 'Werk aan de wijk. Een quasi-experimentele evaluatie van het krachtwijkenbeleid',
  nameEn: 'Work on the neighbourhood: a quasi-experimental evaluation of the strong-neighbourhoods policy',
  description: 'SCP-rapport (30 juli 2013) van Matthieu Permentier, Jeanet Kullberg en Lonneke van Noije, op verzoek van BZK (DG Wonen en Bouwen). Het krachtwijkenbeleid had tussen 2008 en 2012 geen onderscheidend gunstig effect op sociale stijging, leefbaarheid en veiligheid in de veertig aandachtswijken; gunstige effecten op leefbaarheid en veiligheid blijken eerder het gevolg van herstructurering. Gaat ook in op selectieve migratie: lage inkomens die instromen, hogere die uitstromen. Gelezen via de samenvatting op gebiedsontwikkeling.nu en de flaptekst.',
  descriptionEn: 'SCP report (30 July 2013) by Matthieu Permentier, Jeanet Kullberg and Lonneke van Noije, at the request of the Ministry of the Interior (DG Housing and Construction). Between 2008 and 2012 the strong-neighbourhoods policy had no distinguishing favourable effect on social mobility, liveability and safety in the forty focus neighbourhoods; favourable effects on liveability and safety rather came from restructuring. Also covers selective migration: low incomes moving in, higher incomes moving out. Read through the summary on gebiedsontwikkeling.nu and the cover text.',
  publisher: 'Sociaal en Cultureel Planbureau (SCP)',
  year: 2013,
  date: date('2013-07-30'),
  kind: 'research',
  secondary: false,
  retrievedVia: 'https://www.gebiedsontwikkeling.nu/artikelen/werk-aan-de-wijk/'
};

MERGE (n:Source {id: 'source:rvo-volkshuisvestingsfonds-2021'})
SET n += {
  name: 'Volkshuisvestingsfonds (VHF)',
  nameEn: 'Public Housing Fund (VHF)',
  description: 'Regelingspagina van RVO (gepubliceerd 26 februari 2021, gecontroleerd 18 juli 2024): met de meerjarige specifieke uitkering verbeteren gemeenten de veiligheid en leefbaarheid in kwetsbare wijken door te investeren in woningvoorraad, leefomgeving en openbare ruimte; voorrang voor de 20 stedelijke focusgebieden en 13 grensregio\'s; bijdragen voor woningverbetering (ook energieprestatie en levensloopgeschikt maken), transformatie van gebouwen naar woningen, sloop en nieuwbouw en het inponden van woningen.',
  descriptionEn: 'Scheme page of the Netherlands Enterprise Agency (RVO), published 26 February 2021, checked 18 July 2024: with this multi-year specific grant municipalities improve safety and liveability in vulnerable neighbourhoods by investing in housing, living environment and public space; priority for the 20 urban focus areas and 13 border regions; contributions for improving homes (including energy performance and making them fit for old age), converting buildings into homes, demolition and new construction, and buying up homes.',
  url: 'https://www.rvo.nl/subsidies-financiering/volkshuisvestingsfonds-vhf',
  publisher: 'Rijksdienst voor Ondernemend Nederland (RVO)',
  year: 2021,
  date: date('2021-02-26'),
  kind: 'government_policy',
  secondary: false
};

MERGE (n:Source {id: 'source:gemeente-nu-vhf-2023'})
SET n += {
  name: 'Aanmelden voor bijdrage Volkshuisvestingsfonds weer mogelijk',
  nameEn: 'Applications for the Public Housing Fund open again',
  description: 'Nieuwsbericht (juli 2023): gemeenten kunnen weer een bijdrage uit het Volkshuisvestingsfonds aanvragen om in kwetsbare wijken de leefbaarheid te verbeteren door herstructurering van woningen; de regeling 2021 verdeelde 450 miljoen euro over 33 deelplannen in 20 gemeenten; volgens het ministerie van Binnenlandse Zaken is de aanvraag eenvoudiger gemaakt.',
  descriptionEn: 'News item (July 2023): municipalities can again apply to the Public Housing Fund to improve liveability in vulnerable neighbourhoods by restructuring housing; the 2021 round distributed 450 million euros over 33 plans in 20 municipalities; according to the Ministry of the Interior the application has been simplified.',
  url: 'https://www.gemeente.nu/ruimte-milieu/wonen/aanmelden-voor-bijdrage-volkshuisvestingfonds-weer-mogelijk/',
  publisher: 'Gemeente.nu',
  year: 2023,
  kind: 'news',
  secondary: true
};

MERGE (n:Source {id: 'source:rvo-woningbouwimpuls-2020'})
SET n += {
  name: 'Woningbouwimpuls voor gemeenten',
  nameEn: 'Housing construction boost for municipalities',
  description: 'Regelingspagina van RVO (gepubliceerd 14 mei 2020, gecontroleerd 18 mei 2022): er is een groot tekort aan betaalbare en geschikte woningen; met de Woningbouwimpuls krijgen gemeenten een bijdrage om dat tekort op te lossen en de bouw te versnellen; het ministerie van BZK onderzoekt aanpassing van de regeling; het kabinet wil jaarlijks ongeveer 75.000 woningen toevoegen.',
  descriptionEn: 'Scheme page of the Netherlands Enterprise Agency (RVO), published 14 May 2020, checked 18 May 2022: there is a large shortage of affordable and suitable homes; through the Housing Construction Boost municipalities get a contribution to tackle it and speed up construction; the Ministry of the Interior is looking into changes to the scheme; the cabinet aims to add about 75,000 homes a year.',
  url: 'https://www.rvo.nl/subsidies-financiering/woningbouwimpuls',
  publisher: 'Rijksdienst voor Ondernemend Nederland (RVO)',
  year: 2020,
  date: date('2020-05-14'),
  kind: 'government_policy',
  secondary: false
};

MERGE (n:Source {id: 'source:binnenlandsbestuur-regio-deals-2022'})
SET n += {
  name: 'Nieuwe ronde van Regio Deals open op 15 juli',
  nameEn: 'New round of Region Deals opens on 15 July',
  description: 'Partnerbijdrage van RVO (2022): van 15 juli tot 15 november 2022 konden regio\'s voorstellen indienen voor de vierde tranche van de Regio Deals, waarin regionale partijen en het Rijk samenwerken om de brede welvaart te vergroten; de minister van BZK nodigde met een Kamerbrief van 1 juli 2022 partijen uit; 900 miljoen euro uit de Regio Envelop voor 2022-2025, per deal 5 tot 40 miljoen euro met cofinanciering; waar de ene regio kampt met krapte op de woningmarkt, staan in een andere voorzieningen onder druk.',
  descriptionEn: 'Partner contribution by RVO (2022): from 15 July to 15 November 2022 regions could submit proposals for the fourth round of Region Deals, in which regional parties and the state work together to increase broad prosperity; the Minister of the Interior invited parties by a letter to parliament of 1 July 2022; 900 million euros from the Region Envelope for 2022-2025, 5 to 40 million per deal with co-financing; where one region struggles with a tight housing market, amenities are under pressure in another.',
  url: 'https://www.binnenlandsbestuur.nl/ruimte-en-milieu/rijksdienst-voor-ondernemend-nederland-rvo/nieuwe-ronde-van-regio-deals-open-op-15',
  publisher: 'Binnenlands Bestuur (partnerbijdrage van RVO)',
  year: 2022,
  kind: 'news',
  secondary: false
};

MERGE (n:Source {id: 'source:lelystad-begroting-2019'})
SET n += {
  name: 'Programmabegroting 2019, bijlage 1: Stand van zaken thematafels (Lelystad Next Level)',
  nameEn: 'Programme budget 2019, annex 1: state of the theme tables (Lelystad Next Level)',
  description: 'Gemeente Lelystad: de stadsvernieuwing in Amsterdam in de jaren zeventig bracht een grote trek naar Lelystad; een aanzienlijk deel van die huishoudens verkeerde in een sociaal zwakke positie (laag inkomen, schulden, werkloosheid, gezondheidsproblemen) en bleef afhankelijk van ondersteuning; veel van deze eerste inwoners zijn nu gepensioneerd; het aantal 80-plussers groeit in 20 jaar met bijna 270 procent (van 2.100 naar 7.700), tegen bijna 220 procent landelijk.',
  descriptionEn: 'Municipality of Lelystad: the urban renewal in Amsterdam in the 1970s brought a large influx to Lelystad; a considerable share of those households was in a socially weak position (low income, debts, unemployment, health problems) and remained dependent on support; many of these first residents are now retired; the number of people over 80 grows by almost 270 per cent in 20 years (from 2,100 to 7,700), against almost 220 per cent nationally.',
  url: 'https://lelystad.begrotingsapp.nl/programmabegroting-2019/programma/bijlagen',
  publisher: 'Gemeente Lelystad',
  year: 2019,
  kind: 'local_document',
  secondary: false
};

MERGE (n:Source {id: 'source:almere-begroting-2020'})
SET n += {
  name: 'Beheer openbare ruimte (Begroting 2020, paragraaf onderhoud kapitaalgoederen)',
  nameEn: 'Management of public space (Budget 2020, section on the upkeep of capital assets)',
  description: 'Gemeente Almere: de raad liet bij de Voorjaarsnota 2014 het onderhoud van de stad financieel in kaart brengen; de nota Opgave beheer concludeerde dat er door het ouder worden van de stad onvoldoende middelen zijn om de openbare ruimte in de toekomst te beheren. Om het tekort op te lossen besloot de raad in de bestuursopdracht beheer € 6,2 miljoen te besparen op het beheer en de organisatie.',
  descriptionEn: 'Municipality of Almere: with the 2014 spring memorandum the council had the upkeep of the town costed; the memorandum Opgave beheer concluded that, as the town grows older, there are insufficient means to manage the public space in future. To close the gap the council decided, in its management assignment, to save EUR 6.2 million on management and organisation.',
  url: 'https://almere.begroting-2020.nl/p9888/beheer-openbare-ruimte',
  publisher: 'Gemeente Almere',
  year: 2020,
  kind: 'local_document',
  secondary: false
};

MERGE (n:Source {id: 'source:zoetermeer-nota-onderhoud-openbare-ruimte-2023'})
SET n += {
  name: 'Nota Onderhoud openbare ruimte Zoetermeer 2023 t/m 2026',
  nameEn: 'Memorandum on the upkeep of public space, Zoetermeer 2023-2026',
  description: 'Besluit van de raad van Zoetermeer (op voorstel van burgemeester en wethouders van 4 oktober 2022, geldend vanaf 15 maart 2023): extra investeringsbudget voor de vervanging van kapitaalgoederen (€ 2.737.378 voor 2023, € 2.797.876 voor 2024). Het kapitaal in de openbare ruimte heeft een waarde van ongeveer 2 miljard euro; door de openbare ruimte veilig en verantwoord in stand te houden, draagt de gemeente bij aan de woonaantrekkelijkheid van Zoetermeer.',
  descriptionEn: 'Decision of the Zoetermeer council (on the executive\'s proposal of 4 October 2022, in force from 15 March 2023): extra investment budget for replacing capital assets (EUR 2,737,378 for 2023, EUR 2,797,876 for 2024). The capital in the public space is worth about EUR 2 billion; by keeping the public space safe and in good order the municipality contributes to Zoetermeer\'s attractiveness as a place to live.',
  url: 'https://lokaleregelgeving.overheid.nl/CVDR692990/1',
  publisher: 'Gemeente Zoetermeer',
  year: 2023,
  identifier: 'CVDR692990',
  kind: 'local_document',
  secondary: false
};

MERGE (n:Source {id: 'source:hoorn-begroting-2020'})
SET n += {
  name: 'Begroting 2020: Aantrekkelijke woonstad',
  nameEn: 'Budget 2020: Attractive residential town',
  description: 'Gemeente Hoorn noemt vier uitdagingen als woonstad: een evenwichtige bevolkingsopbouw om vergrijzing en ontgroening (jongeren die wegtrekken) tegen te gaan; het woningtekort terugdringen met aanbod in alle categorieën; inspelen op toekomstige woonwensen met kleinere woningen en appartementen; de doorstroming op gang brengen. Hoorn gaat door met het vernieuwen van bestaande wijken en het verduurzamen van de woningvoorraad.',
  descriptionEn: 'The municipality of Hoorn names four challenges as a residential town: a balanced population structure to counter ageing and young people moving away; reducing the housing shortage with supply in all categories; meeting future housing needs with smaller homes and flats; getting people to move on in the housing market. Hoorn continues renewing existing neighbourhoods and making its housing stock sustainable.',
  url: 'https://hoorn.begroting-2020.nl/p2049/aantrekkelijke-woonstad',
  publisher: 'Gemeente Hoorn',
  year: 2020,
  kind: 'local_document',
  secondary: false
};

MERGE (n:Source {id: 'source:nhnieuws-kersenboogerd-2019'})
SET n += {
  name: 'Staat Kersenboogerd dan uiteindelijk toch een zonnige toekomst te wachten?',
  nameEn: 'A sunny future for the Kersenboogerd after all?',
  description: 'NH Nieuws (november 2019): de wijk Kersenboogerd in Hoorn kampt met uitdagingen op het gebied van leefbaarheid, overlast en criminaliteit; ruim anderhalf jaar eerder begonnen gemeente en woningcorporatie Intermaris (verhuurder van ongeveer twee derde van de sociale woningen in de wijk) een wijklab met spreekuren van corporatie en handhavers, vaste camera\'s in het stationsgebied en een politie- en handhaversteam in de weekendavonden.',
  descriptionEn: 'NH Nieuws (November 2019): the Kersenboogerd neighbourhood in Hoorn faces problems of liveability, nuisance and crime; some eighteen months earlier the municipality and housing association Intermaris (landlord of about two thirds of the social homes there) started a neighbourhood lab with office hours of the association and enforcement officers, fixed cameras around the station and a police and enforcement team on weekend evenings.',
  url: 'https://www.nhnieuws.nl/nieuws/257138/staat-kersenboogerd-dan-uiteindelijk-toch-een-zonnige-toekomst-te-wachten',
  publisher: 'NH Nieuws',
  year: 2019,
  kind: 'news',
  secondary: false
};

MERGE (n:Source {id: 'source:purmerend-wheermolen-oost-2019'})
SET n += {
  name: 'Bewoners Wheermolen-Oost herkennen zich in ontwikkelplan',
  nameEn: 'Residents of Wheermolen-Oost recognise themselves in the development plan',
  description: 'Gemeente Purmerend (6 november 2019): gemeente en woningcorporatie Intermaris werken samen aan een globaal ontwikkelplan voor Wheermolen-Oost, waarin niet alleen de sociale huurwoningen maar ook de openbare ruimte worden aangepakt, langs de pijlers gezellig, gezond en gemengd; 390 bewoners gaven hun mening; verbeterpunten: het winkelcentrum, onderhoud van wegen, groen en afval.',
  descriptionEn: 'Municipality of Purmerend (6 November 2019): the municipality and housing association Intermaris work together on an outline development plan for Wheermolen-Oost, tackling not only the social rented homes but also the public space, along three pillars (sociable, healthy, mixed); 390 residents gave their views; points to improve: the shopping centre, road maintenance, greenery and waste.',
  url: 'https://www.purmerend.nl/bewoners-wheermolen-oost-herkennen-zich-ontwikkelplan',
  publisher: 'Gemeente Purmerend',
  year: 2019,
  date: date('2019-11-06'),
  kind: 'local_document',
  secondary: false
};

MERGE (n:Source {id: 'source:helmond-begroting-2019'})
SET n += {
  name: 'Programmabegroting 2019-2022: Wat willen we bereiken? (stedelijke vernieuwing)',
  nameEn: 'Programme budget 2019-2022: What do we want to achieve? (urban renewal)',
  description: 'Gemeente Helmond wil voor een aantal kwetsbare wijken een duurzame, aantrekkelijke en gezonde woonomgeving creëren met een langjarig proces van herstructurering en transformatie (Centrum, Binnenstad Oost sinds 2002, Helmond West sinds 2009, Suytkade, Annawijk; ambitie voor Helmond Oost en Helmond Noord samen met de corporaties); in het centrum leegstand terugdringen onder meer door transformatie van (kantoor)gebouwen.',
  descriptionEn: 'The municipality of Helmond aims at a sustainable, attractive and healthy living environment for several vulnerable neighbourhoods through a long process of restructuring and transformation (Centre, Binnenstad Oost since 2002, Helmond West since 2009, Suytkade, Annawijk; an ambition for Helmond Oost and Helmond Noord together with the housing associations); in the centre, reducing vacancy among other things by converting (office) buildings.',
  url: 'https://helmond.begroting-2019.nl/p3586/wat-willen-we-bereiken',
  publisher: 'Gemeente Helmond',
  year: 2019,
  kind: 'local_document',
  secondary: false
};

MERGE (n:Source {id: 'source:volkshuisvestingnederland-helmond-2024'})
SET n += {
  name: 'Schaalsprong in Helmond: integrale aanpak dankzij versnellingsgelden',
  nameEn: 'Helmond scaling up: an integrated approach thanks to acceleration funds',
  description: 'Praktijkverhaal (februari 2024) op Volkshuisvesting Nederland, de site van de Rijksoverheid over volkshuisvesting: Helmond wil de woningnood aanpakken door uitbreiding en verdichting en groeien van circa 94.967 naar 115.000 inwoners in 2040; die schaalsprong vraagt passende maatregelen voor mobiliteit en bereikbaarheid; het centrum heeft een achterstand in sociaaleconomisch opzicht en in voorzieningen.',
  descriptionEn: 'Practice story (February 2024) on Volkshuisvesting Nederland, the government site on housing: Helmond wants to tackle the housing shortage by expansion and densification and grow from about 94,967 to 115,000 residents by 2040; that leap requires suitable measures for mobility and accessibility; the centre lags behind socio-economically and in amenities.',
  url: 'https://www.volkshuisvestingnederland.nl/documenten/praktijkverhalen/2024/02/schaalsprong-in-helmond-integrale-aanpak-dankzij-versnellingsgelden/schaalsprong-in-helmond-integrale-aanpak-dankzij-versnellingsgelden',
  publisher: 'Volkshuisvesting Nederland (Rijksoverheid)',
  year: 2024,
  kind: 'government_policy',
  secondary: false
};

MERGE (n:Source {id: 'source:onshouten-woondebat-2015'})
SET n += {
  name: 'Woondebat over Woonvisie 2025',
  nameEn: 'Housing debate on the Housing Vision 2025',
  description: 'Ons Houten (30 oktober 2015), verslag van het woondebat van de gemeente Houten: de gemeente (beleidsadviseur wonen) noemt als ontwikkelingen minder jonge gezinnen, kleinere huishoudens, vergrijzing (65-plussers van 20 procent in 2015 naar 31 procent in 2025 en 40 procent in 2035) en meer lage inkomens; er is behoefte aan 1.800 extra woningen; 70 procent koop, 30 procent huur, 26 procent van woningcorporatie Viveste.',
  descriptionEn: 'Ons Houten (30 October 2015), report of the municipality of Houten\'s housing debate: the municipality (housing policy adviser) names fewer young families, smaller households, ageing (over-65s from 20 per cent in 2015 to 31 per cent in 2025 and 40 per cent in 2035) and more low incomes; 1,800 extra homes are needed; 70 per cent owner-occupied, 30 per cent rented, 26 per cent owned by housing association Viveste.',
  url: 'https://onshouten.nl/buitengebieden/item/7443-woondebat-over-woonvisie-2025',
  publisher: 'Ons Houten',
  year: 2015,
  date: date('2015-10-30'),
  kind: 'news',
  secondary: false
};

MERGE (n:Source {id: 'source:nhnieuws-huizen-woningbouw-2024'})
SET n += {
  name: 'Woningmarkt piept en kraakt, maar Huizen bouwt niets: dit is hoe dat zit',
  nameEn: 'The housing market creaks, but Huizen builds nothing',
  description: 'NH Nieuws (15 mei 2024): net als de rest van het land gaat Huizen gebukt onder woningnood, maar er komt weinig nieuwbouw; veertien projecten zouden over 26 jaar 648 woningen opleveren; de gemeente noemt kwaliteiten die op gespannen voet staan met woningbouw.',
  descriptionEn: 'NH Nieuws (15 May 2024): like the rest of the country Huizen suffers from a housing shortage, but little is built; fourteen projects would deliver 648 homes over 26 years; the municipality points to qualities at odds with building.',
  url: 'https://www.nhnieuws.nl/nieuws/335985/woningmarkt-piept-en-kraakt-maar-huizen-bouwt-niets-dit-is-hoe-dat-zit',
  publisher: 'NH Nieuws',
  year: 2024,
  date: date('2024-05-15'),
  kind: 'news',
  secondary: false
};

MERGE (n:Source {id: 'source:almere-feiten-en-cijfers-2017'})
SET n += {
  name: 'Feiten en cijfers Almere',
  nameEn: 'Facts and figures Almere',
  description: 'Pagina van de gemeente Almere, in de versie met het inwonertal per 1 april 2017 (201.454); het jaar is dat van die versie. Vat de Veiligheidsmonitor-Wijkpeiling 2013 samen: de onveiligheidsgevoelens in Almere zijn iets groter dan gemiddeld in de grote steden, bewoners denken vaker dat criminaliteit veel voorkomt en ervaren meer fysieke verloedering.',
  descriptionEn: 'Page of the municipality of Almere, in the version giving the population on 1 April 2017 (201,454); the year is that of this version. Summarises the 2013 safety monitor: feelings of insecurity in Almere are somewhat higher than the average of the large cities, residents more often think crime is common and experience more physical decay.',
  url: 'http://www.almere.nl/over-almere/feiten-en-cijfers/',
  publisher: 'Gemeente Almere',
  year: 2017,
  kind: 'local_document',
  secondary: false
};

MERGE (n:Source {id: 'source:kamerbrief-preventie-jeugdcriminaliteit-2022'})
SET n += {
  name: 'Brief van de ministers van Justitie en Veiligheid en voor Rechtsbescherming over de preventie van jeugdcriminaliteit',
  nameEn: 'Letter of the Ministers of Justice and Security and for Legal Protection on preventing youth crime',
  description: 'Kamerstuk 28 741, nr. 86 (1 juli 2022): meer kwetsbare jongeren raken betrokken bij zware criminaliteit; in kwetsbare wijken, waar jongeren opgroeien in gezinnen met armoede, schulden en werkloosheid, is de verleiding om snel geld te verdienen groot; het kabinet investeert met coalitieakkoordmiddelen voor het eerst structureel in de preventie van jeugdcriminaliteit (60 miljoen euro in 2022, oplopend naar 143 miljoen vanaf 2025).',
  descriptionEn: 'Parliamentary paper 28 741, no. 86 (1 July 2022): more vulnerable young people get involved in serious crime; in vulnerable neighbourhoods, where young people grow up in families with poverty, debts and unemployment, the temptation to make quick money is great; the cabinet invests structurally in preventing youth crime for the first time (60 million euros in 2022, rising to 143 million from 2025).',
  url: 'https://zoek.officielebekendmakingen.nl/kst-28741-86.html',
  identifier: 'Kamerstuk 28 741, nr. 86',
  publisher: 'Ministerie van Justitie en Veiligheid',
  year: 2022,
  date: date('2022-07-01'),
  kind: 'government_policy',
  secondary: false
};

MERGE (n:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2020'})
SET n += {
  name: 'Kerncijfers wijken en buurten 2020',
  nameEn: 'Key figures districts and neighbourhoods 2020',
  description: 'CBS StatLine-tabel 84799NED met bevolking, huishoudens en migratieachtergrond per gemeente, wijk en buurt op 1 januari 2020. Gelezen: de regels van Almere (gemeente 211.893 inwoners; Wijk 01 Almere Haven 23.270).',
  descriptionEn: 'CBS StatLine table 84799NED with population, households and migration background per municipality, district and neighbourhood on 1 January 2020. Read: the rows for Almere (municipality 211,893 residents; district 01 Almere Haven 23,270).',
  url: 'https://www.cbs.nl/nl-nl/cijfers/detail/84799NED',
  identifier: '84799NED',
  publisher: 'Centraal Bureau voor de Statistiek (CBS)',
  year: 2020,
  date: date('2020-01-01'),
  kind: 'official_statistics',
  secondary: false
};

MERGE (n:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
SET n += {
  name: 'Kerncijfers wijken en buurten 2024',
  nameEn: 'Key figures districts and neighbourhoods 2024',
  description: 'CBS StatLine-tabel 85984NED (versie van 27 maart 2025) met kerncijfers per gemeente, wijk en buurt in de indeling van 2024; het aantal inwoners is dat op 1 januari 2024 (per wijk en buurt aselect afgerond op vijftallen). Gelezen in een machinaal uittreksel van de tabel uit CBS Open Data (met het pakket cbsodata) in een publieke GitHub-repository: de inwonertallen van de groeikerngemeenten en Voorne aan Zee, en van de CBS-wijken van de kopgroepgemeenten (Almere, Capelle aan den IJssel, Nieuwegein, Nissewaard, Zoetermeer). Het uittreksel bevat codes en cijfers, geen namen van wijken.',
  descriptionEn: 'CBS StatLine table 85984NED (version of 27 March 2025) with key figures per municipality, district and neighbourhood in the 2024 division; the number of residents is that on 1 January 2024 (randomly rounded to multiples of five for districts and neighbourhoods). Read in a machine extract of the table from CBS Open Data (with the cbsodata package) in a public GitHub repository: the populations of the growth-centre municipalities and Voorne aan Zee, and of the CBS districts of the kopgroep municipalities (Almere, Capelle aan den IJssel, Nieuwegein, Nissewaard, Zoetermeer). The extract holds codes and figures, no district names.',
  url: 'https://www.cbs.nl/nl-nl/cijfers/detail/85984NED',
  identifier: '85984NED',
  publisher: 'Centraal Bureau voor de Statistiek (CBS)',
  year: 2024,
  kind: 'official_statistics',
  secondary: false,
  retrievedVia: 'https://github.com/niquedegraaff/Wikipedia-Generator-CBS-Kerncijfers-Wijken-en-Buurten/blob/5598198273babd9816e156b4eeb43626f351a17f/2024/cbs_data/stripped_filtered_data_2024.json'
};

MERGE (n:Source {id: 'source:cbs-toelichting-wijk-en-buurtkaart-2020'})
SET n += {
  name: 'Toelichting Wijk- en Buurtkaart 2018, 2019 en 2020',
  nameEn: 'Notes to the District and Neighbourhood Map 2018, 2019 and 2020',
  description: 'CBS over de codering van gemeenten, wijken en buurten: een wijkcode is WK met zes cijfers, waarvan de eerste vier de gemeentecode zijn (WK000301 is wijk 01 in gemeente 0003); een buurtcode is BU met acht cijfers (BU00030102 is buurt 02 in wijk 01 van gemeente 0003).',
  descriptionEn: 'CBS on how municipalities, districts and neighbourhoods are coded: a district code is WK with six digits, the first four being the municipality code (WK000301 is district 01 in municipality 0003); a neighbourhood code is BU with eight digits (BU00030102 is neighbourhood 02 in district 01 of municipality 0003).',
  url: 'https://www.cbs.nl/nl-nl/longread/aanvullende-statistische-diensten/2020/toelichting-wijk-en-buurtkaart-2018-2019-en-2020/1-gegevens-geometrie',
  publisher: 'Centraal Bureau voor de Statistiek (CBS)',
  year: 2020,
  kind: 'official_statistics',
  secondary: false
};

MERGE (n:Source {id: 'source:rijksoverheid-aardgasvrije-wijken-purmerend-2019'})
SET n += {
  name: 'Eerste woning proeftuin Purmerend aangesloten op warmtenet',
  nameEn: 'First home in the Purmerend pilot connected to the heat network',
  description: 'Rijksoverheid (9 oktober 2019): Overwhere-Zuid in Purmerend is een van de 27 proeftuinen van het Programma Aardgasvrije Wijken, waarin BZK, EZK, het IPO, de Unie van Waterschappen en de VNG samenwerken om gemeenten te helpen wijken aardgasvrij te maken; ruim 400 miljoen euro tot en met 2030. In Purmerend is al 75 procent van de woningen aangesloten op het warmtenet (de norm sinds de jaren tachtig); de rest, vooral oudere woningen, moet nog aardgasvrij worden.',
  descriptionEn: 'Government of the Netherlands (9 October 2019): Overwhere-Zuid in Purmerend is one of the 27 pilots of the Natural-Gas-Free Neighbourhoods Programme, in which the Ministries of the Interior and of Economic Affairs and Climate, the provinces, the water boards and the VNG work together to help municipalities make neighbourhoods gas-free; over 400 million euros until 2030. In Purmerend 75 per cent of homes are already on the heat network (the norm since the 1980s); the rest, mostly older homes, still has to go gas-free.',
  url: 'https://www.rijksoverheid.nl/actueel/nieuws/2019/10/09/eerste-woning-proeftuin-purmerend-aangesloten-op-warmtenet',
  publisher: 'Rijksoverheid',
  year: 2019,
  date: date('2019-10-09'),
  kind: 'government_policy',
  secondary: false
};

MERGE (n:Source {id: 'source:alkmaar-oudorperpolder-zuid-2003'})
SET n += {
  name: 'Verbetering leefbaarheid Oudorperpolder-Zuid',
  nameEn: 'Improving liveability in Oudorperpolder-Zuid',
  description: 'Persbericht van de gemeente Alkmaar (29 januari 2003): gemeente en Woningstichting Willibrordus starten een project om de leefbaarheid in Oudorperpolder-Zuid te verbeteren; knelpunten rond galerijflats en portiekwoningen: veel misdrijven, drugshandel, overlast van jongeren, vandalisme, verwaarloosd groen; het gevoel van onveiligheid is groot. Gelezen in het persberichtenarchief van nieuwsbank.nl.',
  descriptionEn: 'Press release of the municipality of Alkmaar (29 January 2003): the municipality and housing association Willibrordus start a project to improve liveability in Oudorperpolder-Zuid; problems around gallery flats and walk-up flats: many offences, drug dealing, nuisance by young people, vandalism, neglected greenery; feelings of insecurity are strong. Read in the press-release archive of nieuwsbank.nl.',
  publisher: 'Gemeente Alkmaar',
  year: 2003,
  date: date('2003-01-29'),
  kind: 'local_document',
  secondary: false,
  retrievedVia: 'https://www.nieuwsbank.nl/archief/verbetering-leefbaarheid-oudorperpolder-zuid-in-alkmaar?id=1715945'
};

MERGE (n:Source {id: 'source:blikopnieuws-overdie-krachtwijk-2007'})
SET n += {
  name: 'Alkmaarse wijk Overdie onderdeel van Actieplan Krachtwijken',
  nameEn: 'Overdie in Alkmaar part of the strong-neighbourhoods action plan',
  description: 'Nieuwsbericht (7 december 2007): Overdie is een van de veertig wijken van het Actieplan Krachtwijken van minister Vogelaar; gemeente en woningcorporaties stelden met bewoners een wijkactieplan op; prestatieafspraken in een charter tussen het ministerie van VROM en de gemeente Alkmaar volgen in 2008.',
  descriptionEn: 'News item (7 December 2007): Overdie is one of the forty neighbourhoods of Minister Vogelaar\'s strong-neighbourhoods action plan; the municipality and housing associations drew up a neighbourhood action plan with residents; performance agreements in a charter between the Ministry of VROM and the municipality of Alkmaar follow in 2008.',
  url: 'https://www.blikopnieuws.nl/2007/alkmaarse-wijk-overdie-onderdeel-van-actieplan-krachtwijken',
  publisher: 'Blik op nieuws',
  year: 2007,
  date: date('2007-12-07'),
  kind: 'news',
  secondary: false
};

MERGE (n:Source {id: 'source:hellevoetsluis-woonvisie-2020'})
SET n += {
  name: 'Persbericht van de gemeenteraad: Passende woningen voor iedereen',
  nameEn: 'Council press release: suitable homes for everyone',
  description: 'Gemeente Hellevoetsluis: de gemeenteraad stelde op 10 december 2020 de nieuwe Woonvisie vast; er is meer vraag naar woningen dan aanbod; nieuwbouw vooral in typen waar te weinig van zijn, zoals middenhuur en gelijkvloerse woningen voor ouderen, met het oog op de sterk toenemende vergrijzing; ieder nieuw project minimaal 20 procent sociale woningen.',
  descriptionEn: 'Municipality of Hellevoetsluis: on 10 December 2020 the council adopted the new Housing Vision; demand for homes exceeds supply; new building mainly of types in short supply, such as mid-rent and single-storey homes for older people, in view of rapidly increasing ageing; every new project at least 20 per cent social housing.',
  url: 'https://www.hellevoetsluis.nl/Inwoners/Actueel/Nieuwsberichten/Persbericht_van_de_raad_Passende_woningen_voor_iedereen',
  publisher: 'Gemeente Hellevoetsluis',
  year: 2020,
  kind: 'local_document',
  secondary: false
};

MERGE (n:Source {id: 'source:regiobode-liemerse-woonagenda-2017'})
SET n += {
  name: 'Liemerse gemeenten kunnen 2800 woningen bouwen',
  nameEn: 'Liemers municipalities can build 2,800 homes',
  description: 'De Regiobode (9 oktober 2017): de wethouders Wonen van Duiven, Doesburg, Montferland, Rijnwaarden, Westervoort en Zevenaar ondertekenden de Liemerse Woonagenda 2017-2027: ruim 2.800 nieuwbouwwoningen in tien jaar, bij voorkeur binnen de bestaande kernen, aandacht voor transformatie van bestaande gebouwen tot woningen en voor verduurzaming en vernieuwing van de bestaande woningvoorraad.',
  descriptionEn: 'De Regiobode (9 October 2017): the housing aldermen of Duiven, Doesburg, Montferland, Rijnwaarden, Westervoort and Zevenaar signed the Liemers Housing Agenda 2017-2027: over 2,800 new homes in ten years, preferably within existing villages, with attention to converting existing buildings into homes and to making the existing stock sustainable and renewing it.',
  url: 'http://www.regiobode.nl/nieuws/09-10-2017-16-13-doesburg-liemerse-gemeenten-kunnen-2800-woningen-bouwen/',
  publisher: 'De Regiobode',
  year: 2017,
  date: date('2017-10-09'),
  kind: 'news',
  secondary: false
};

MERGE (n:Source {id: 'source:haarlemmermeer-omgevingsvisie-2024'})
SET n += {
  name: 'Omgevingsvisie gemeente Haarlemmermeer',
  nameEn: 'Environmental vision of the municipality of Haarlemmermeer',
  description: 'De omgevingsvisie van Haarlemmermeer (geldend vanaf 9 oktober 2024), bekendgemaakt in de Centrale Voorziening Decentrale Regelgeving: een integrale visie op Haarlemmermeer in 2040; bij wonen gaat het om veel huizen bouwen, met ruimte voor groen, scholen, sport en recreatie; mobiliteit en infrastructuur hangen samen met gezondheid.',
  descriptionEn: 'The environmental vision of Haarlemmermeer (in force from 9 October 2024), published in the national register of local regulations: an integrated vision of Haarlemmermeer in 2040; housing means building many homes, with room for greenery, schools, sport and recreation; mobility and infrastructure are linked with health.',
  url: 'https://lokaleregelgeving.overheid.nl/CVDR725224/1',
  identifier: 'CVDR725224',
  publisher: 'Gemeente Haarlemmermeer',
  year: 2024,
  date: date('2024-10-09'),
  kind: 'local_document',
  secondary: false
};

// --- Loneliness and image (second content pass, issue 17)

MERGE (n:Source {id: 'source:vws-een-tegen-eenzaamheid-2022'})
SET n += {
  name: 'Actieprogramma Eén tegen eenzaamheid 2022-2025',
  nameEn: 'Action programme One against loneliness 2022-2025',
  description: 'Pagina van het actieprogramma van het ministerie van VWS over de vervolgaanpak 2022-2025, gepresenteerd op 28 september 2022: waar het programma zich eerder op eenzaamheid onder ouderen richtte, gaat de vervolgaanpak over eenzaamheid in het algemeen; drie actielijnen (bewustwording, maatschappelijk initiatief, in alle gemeenten een lokale aanpak); 40 miljoen euro extra deze kabinetsperiode.',
  descriptionEn: 'Page of the Ministry of Health, Welfare and Sport\'s action programme on its follow-up approach 2022-2025, presented on 28 September 2022: where the programme first addressed loneliness among older people, the follow-up addresses loneliness in general; three lines of action (awareness, civic initiative, a local approach in every municipality); 40 million euros extra this cabinet period.',
  url: 'https://www.eentegeneenzaamheid.nl/actueel/actieprogramma-een-tegen-eenzaamheid-2022-2025/',
  publisher: 'Ministerie van Volksgezondheid, Welzijn en Sport (VWS)',
  year: 2022,
  kind: 'government_policy',
  secondary: false
};

MERGE (n:Source {id: 'source:nrc-ouderen-minder-kans-eenzaam-2018'})
SET n += {
  name: 'Ouderen lopen minder kans om eenzaam te worden',
  nameEn: 'Older people are less likely to become lonely',
  description: 'NRC over het SCP-onderzoek (14 juni 2018) onder ruim 8.000 ouderen: de kans op eenzaamheid onder 55-plussers is tussen 1996 en 2016 licht gedaald, maar het absolute aantal eenzame ouderen is gestegen; oorzaak volgens de onderzoekers: de vergrijzing (meer ouderen, dus meer eenzame ouderen).',
  descriptionEn: 'NRC on the SCP study (14 June 2018) among more than 8,000 older people: the chance of loneliness among people over 55 fell slightly between 1996 and 2016, but the absolute number of lonely older people rose; the cause according to the researchers: population ageing (more older people, so more lonely older people).',
  url: 'https://www.nrc.nl/nieuws/2018/06/14/ouderen-lopen-minder-kans-om-eenzaam-te-worden-a1606725',
  publisher: 'NRC',
  year: 2018,
  date: date('2018-06-14'),
  kind: 'news',
  secondary: true
};

MERGE (n:Source {id: 'source:almere-imago-onderzoek-2017'})
SET n += {
  name: 'Imago Almere aanzienlijk beter',
  nameEn: 'Image of Almere considerably better',
  description: 'Bericht van de citymarketing van Almere (Het kan in Almere) over het rapport Het Imago van Almere anno 2017, een onderzoek dat de gemeente Almere bij 6.000 Nederlanders liet uitvoeren: het aandeel Almeerders met een (zeer) positieve indruk steeg van 70% (2015) naar 75%, in de rest van Nederland van 21% naar 29%; wie de campagne Het kan in Almere zag (6% in 2015, 20% in 2017) denkt beduidend positiever over Almere.',
  descriptionEn: 'News item of Almere\'s city marketing (Het kan in Almere) on the report The image of Almere in 2017, a survey the municipality of Almere had carried out among 6,000 Dutch people: the share of Almere residents with a (very) positive impression rose from 70% (2015) to 75%, in the rest of the country from 21% to 29%; those who saw the campaign Het kan in Almere (6% in 2015, 20% in 2017) think markedly more positively about Almere.',
  url: 'https://www.hetkaninalmere.nl/imago-onderzoek-almere-2017/',
  publisher: 'Almere City Marketing (Het kan in Almere)',
  year: 2017,
  kind: 'local_document',
  secondary: false
};

MERGE (n:Source {id: 'source:nieuwegein-gmp-2013'})
SET n += {
  name: 'Nieuwegein verleidt… Op weg naar duurzame mobiliteit. Gemeentelijk Mobiliteitsplan+ 2030',
  nameEn: 'Nieuwegein entices… Towards sustainable mobility. Municipal Mobility Plan+ 2030',
  description: 'Mobiliteitsplan van de gemeente Nieuwegein (afdeling Verkeer), raadsnummer 2013-385, eindversie van 11 december 2013. De inleiding: na jaren van groei staat Nieuwegein voor de uitdaging de kwaliteit van wonen, werken en recreëren te verhogen, waaraan een goed verkeer- en vervoersysteem bijdraagt; demografische ontwikkelingen en een blijvende toename van de mobiliteit stellen steeds hogere eisen aan het verkeerssysteem; Nieuwegein wordt met snel toenemende vergrijzing geconfronteerd en oudere deelnemers willen zich zo lang mogelijk zelfstandig verplaatsen, wat andere eisen aan infrastructuur en verkeerssystemen stelt. Gelezen op een documentkopie.',
  descriptionEn: 'Mobility plan of the municipality of Nieuwegein (traffic department), council number 2013-385, final version of 11 December 2013. The introduction: after years of growth Nieuwegein faces the task of raising the quality of living, working and recreation, to which a good traffic and transport system contributes; demographic change and a lasting rise in mobility make ever higher demands on the traffic system; Nieuwegein faces rapidly increasing ageing and older road users want to get about independently as long as possible, which makes other demands on infrastructure and traffic systems. Read on a document copy.',
  identifier: 'Raadsnummer 2013-385',
  publisher: 'Gemeente Nieuwegein',
  year: 2013,
  date: date('2013-12-11'),
  kind: 'local_document',
  secondary: false,
  retrievedVia: 'https://5dok.net/document/7qvx5wly-nieuwegein-verleidt-op-weg-naar-duurzame-mobiliteit.html'
};

MERGE (n:Source {id: 'source:nrc-lelystad-2002'})
SET n += {
  name: 'Lelystad',
  nameEn: 'Lelystad',
  description: 'Korte stadsbeschrijving in NRC (16 februari 2002): Lelystad kreeg in de jaren na de komst van de eerste bewoners (1967) geen beste reputatie; de hoge werkloosheid en de sociaal-economische status van de bevolking, veelal mensen uit de achterbuurten van de grote steden, "werd gezegd", maakten het gebied impopulair; de stad groeit echter hard en de werkgelegenheid is aangetrokken.',
  descriptionEn: 'Short town profile in NRC (16 February 2002): in the years after the first residents arrived (1967) Lelystad did not get the best of reputations; high unemployment and the socio-economic status of the population, mostly people from the slums of the big cities, "it was said", made the area unpopular; the town is however growing fast and employment has picked up.',
  url: 'https://www.nrc.nl/nieuws/2002/02/16/lelystad-7577870-a1362500',
  publisher: 'NRC Handelsblad',
  year: 2002,
  date: date('2002-02-16'),
  kind: 'news',
  secondary: false
};

MERGE (n:Source {id: 'source:kamerbrief-ontwikkelingen-woonbeleid-2025'})
SET n += {
  name: 'Ontwikkelingen woonbeleid',
  nameEn: 'Developments in housing policy',
  description: 'Brief van de minister van Volkshuisvesting en Ruimtelijke Ordening aan de Tweede Kamer (Den Haag, 11 juli 2025): in de Nationale prestatieafspraken (NPA) 2025-2035 is afgesproken dat woningcorporaties uiterlijk vanaf 2029 structureel 30.000 woningen per jaar bouwen; op basis van hun harde plannen leveren zij in 2025 zo\'n 25.000 sociale huurwoningen op.',
  descriptionEn: 'Letter of the Minister of Housing and Spatial Planning to the House of Representatives (The Hague, 11 July 2025): under the National Performance Agreements (NPA) 2025-2035 housing associations build 30,000 homes a year structurally from 2029 at the latest; on their firm plans they deliver some 25,000 social rented homes in 2025.',
  url: 'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D33491&id=2025D33491',
  identifier: 'Kamerstuk 32 847, nr. 1375',
  publisher: 'Ministerie van Volkshuisvesting en Ruimtelijke Ordening (VRO)',
  year: 2025,
  date: date('2025-07-11'),
  kind: 'government_policy',
  secondary: false
};

MERGE (n:Source {id: 'source:vn-anke-van-hal-2008'})
SET n += {
  name: 'Anke van Hal, praktijkhoogleraar Sustainable Housing Transformation',
  nameEn: 'Anke van Hal, professor of practice in Sustainable Housing Transformation',
  description: 'Vraaggesprek in Vrij Nederland (26 juli 2008): woningen nemen ongeveer twintig procent van de CO2-uitstoot voor hun rekening en er wordt jaarlijks maar één procent bijgebouwd, dus moet de aandacht naar de bestaande woningen; deze oude huizen zijn over het algemeen van slechte energetische kwaliteit, want pas sinds halverwege de jaren negentig bestaat er wetgeving over hun energieprestatie.',
  descriptionEn: 'Interview in Vrij Nederland (26 July 2008): homes account for about twenty per cent of CO2 emissions and only one per cent is added each year, so attention must go to the existing homes; these older houses are generally of poor energy quality, as legislation on their energy performance dates only from the mid-1990s.',
  url: 'https://www.vn.nl/anke-van-hal-praktijkhoogleraar-sustainable-housing-transformation/',
  publisher: 'Vrij Nederland',
  year: 2008,
  date: date('2008-07-26'),
  kind: 'news',
  secondary: false
};

// --- Dated publications that replaced undated web pages (issue 17, fourth pass)

MERGE (n:Source {id: 'source:pbl-stad-magneet-roltrap-spons-2015'})
SET n += {
  name: 'De stad: magneet, roltrap en spons. Bevolkingsontwikkelingen in stad en stadsgewest',
  nameEn: 'The city: magnet, escalator and sponge. Population developments in city and city region',
  description: 'PBL-studie van zes stadsgewesten: vanaf de jaren tachtig groeit de bevolking van de grote steden, meer jongeren trekken naar de steden en minder gezinnen vertrekken eruit; de omliggende gemeenten groeien nauwelijks nog. Gemaakt met onder meer de gemeente Almere. Publicatiedatum op de PBL-pagina: 12 mei 2015 (productnummer 1610); ISBN uit het colofon, gelezen op een documentkopie.',
  descriptionEn: 'PBL study of six city regions: since the 1980s the big cities\' population grows, more young people move to the cities and fewer families leave them; the surrounding municipalities hardly grow any more. Made with, among others, the municipality of Almere. Publication date on the PBL page: 12 May 2015 (product number 1610); ISBN from the colophon, read on a document copy.',
  url: 'https://www.pbl.nl/publicaties/de-stad-magneet-roltrap-en-spons',
  year: 2015,
  date: date('2015-05-12'),
  identifier: 'ISBN 978-94-91506-93-2',
  publisher: 'Planbureau voor de Leefomgeving (PBL)',
  kind: 'research',
  secondary: false,
  retrievedVia: 'https://5dok.net/document/myj7j0py-de-stad-magneet-roltrap-en-spons.html'
};

MERGE (n:Source {id: 'source:pbl-succes-of-falen-2016'})
SET n += {
  name: 'Succes of falen? Een halve eeuw verstedelijkingsbeleid in Nederland',
  nameEn: 'Success or failure? Fifty years of urbanisation policy in the Netherlands',
  description: 'Artikel van Ries van der Wouden (PBL) in Ruimte & Maatschappij 8 (1), september 2016: de eerste decennia steunde het verstedelijkingsbeleid op de gebundelde deconcentratie en het groeikernenbeleid; na 1988 volgden het compactestadbeleid en de Vinex-locaties. De groeikernen zijn sindsdien uiteengegroeid. Publicatiedatum op de PBL-pagina: 30 september 2016; het ISSN van het tijdschrift uit de kop van het artikel, gelezen op een documentkopie.',
  descriptionEn: 'Article by Ries van der Wouden (PBL) in Ruimte & Maatschappij 8 (1), September 2016: in its first decades urbanisation policy rested on clustered deconcentration and the growth-centre policy; after 1988 came the compact-city policy and the Vinex sites. The growth centres have grown apart since. Publication date on the PBL page: 30 September 2016; the journal\'s ISSN from the article\'s header, read on a document copy.',
  url: 'https://www.pbl.nl/publicaties/succes-of-falen-een-halve-eeuw-verstedelijkingsbeleid-in-nederland-0',
  year: 2016,
  date: date('2016-09-30'),
  identifier: 'ISSN 2032-8427',
  publisher: 'Planbureau voor de Leefomgeving (PBL)',
  kind: 'research',
  secondary: false,
  retrievedVia: 'https://5dok.net/document/4zpn617y-succes-falen-halve-eeuw-verstedelijkingsbeleid-nederland.html'
};

MERGE (n:Source {id: 'source:geografie-nieuw-perspectief-groeikernen-2015'})
SET n += {
  name: 'Een nieuw perspectief voor groeikernen',
  nameEn: 'A new perspective for growth centres',
  description: 'Artikel van Frank van Dam (senior onderzoeker, PBL) in het vakblad Geografie, maart 2015 (vakpers, daarom als nieuws geteld): het groeikernenbeleid werd uitgerold in de Tweede (1966) en Derde Nota (1974-1976); zestien groeikernen werden aangewezen; met de Vierde Nota (1988) en Vinex (1990) kwam compacte verstedelijking, het einde van de uitbreiding van de meeste groeikernen. Nu zijn in- en uitstroom even groot, er is vergrijzing en sociaaleconomische uitsortering. Behandelt Almere, Spijkenisse, Zoetermeer en Nieuwegein.',
  descriptionEn: 'Article by Frank van Dam (senior researcher, PBL) in the professional magazine Geografie, March 2015 (trade press, so counted as news): the growth-centre policy was rolled out in the Second (1966) and Third (1974-1976) Reports; sixteen growth centres were designated; the Fourth Report (1988) and Vinex (1990) brought compact urbanisation, the end of most growth centres\' expansion. In- and outflow are now equal, there is ageing and socio-economic sorting. Covers Almere, Spijkenisse, Zoetermeer and Nieuwegein.',
  url: 'https://geografie.nl/artikel/een-nieuw-perspectief-voor-groeikernen',
  year: 2015,
  date: date('2015-03-01'),
  publisher: 'Geografie',
  kind: 'news',
  secondary: false
};

MERGE (n:Source {id: 'source:zoetermeer-commissie-palenstein-2003'})
SET n += {
  name: 'Commissie adviseert af te zien van volledige sloop galerijflats in Palenstein',
  nameEn: 'Committee advises against complete demolition of the gallery-access blocks in Palenstein',
  description: 'Bericht van de gemeente Zoetermeer over de extra commissievergadering Openbare Ruimte van 19 maart 2003: geen volledige sloop, maar de noodzaak om in Palenstein te investeren in leefbaarheid, veiligheid en de gebouwen; de corporaties schrijven dat de herontwikkeling alleen slaagt met samenwerking tussen gemeente en corporaties. De pagina vermeldt laatste wijziging 21-03-2003. Gelezen in een persberichtenarchief.',
  descriptionEn: 'Municipality of Zoetermeer news item on the extra committee meeting of 19 March 2003: no complete demolition, but the need to invest in Palenstein\'s liveability, safety and buildings; the housing associations write that redevelopment succeeds only with cooperation between municipality and associations. The page gives last change 21-03-2003. Read in a press-release archive.',
  year: 2003,
  publisher: 'Gemeente Zoetermeer',
  kind: 'local_document',
  secondary: false,
  retrievedVia: 'https://www.nieuwsbank.nl/archief/commissie-adviseert-af-te-zien-van-volledige-sloop-galerijflats-in-p?id=1774120'
};

MERGE (n:Source {id: 'source:palenstein-vernieuwt-2005'})
SET n += {
  name: 'Palenstein vernieuwt! Informatiekrant september 2005',
  nameEn: 'Palenstein renews! Information paper, September 2005',
  description: 'Informatiekrant van de gemeente Zoetermeer en de woningcorporaties De Goede Woning, Vestia en Vidomes: na afspraken van 17 januari 2005 is een concept-samenwerkingsovereenkomst Palenstein opgesteld, waarover de gemeenteraad in september beslist; onderdeel is een concept-ruimtelijke structuurvisie, die onder meer de bouwplekken beschrijft die ontstaan door de bestaande flats te slopen. Gelezen op een documentkopie.',
  descriptionEn: 'Information paper of the municipality of Zoetermeer and the housing associations De Goede Woning, Vestia and Vidomes: after agreements of 17 January 2005 a draft Palenstein cooperation agreement was drawn up, for the council to decide on in September; part of it is a draft spatial structure vision, which among other things describes the building plots created by demolishing the existing blocks. Read on a document copy.',
  year: 2005,
  publisher: 'Gemeente Zoetermeer, De Goede Woning, Vestia en Vidomes',
  kind: 'local_document',
  secondary: false,
  retrievedVia: 'https://www.yumpu.com/nl/document/view/32904283/informatiekrant-structuurvisie-voor-een-betere-inrichting-van-'
};

MERGE (n:Source {id: 'source:dearchitect-palenstein-2013'})
SET n += {
  name: 'Veel nieuwe woningen in Zoetermeer',
  nameEn: 'Many new homes in Zoetermeer',
  description: 'Nieuwsbericht: de gemeente Zoetermeer en de corporaties De Goede Woning, Vidomes en Vestia investeren miljoenen om ruim 700 nieuwe woningen in Palenstein te bouwen, met een ambitie voor 200 jongerenwoningen en goedkope koopwoningen om de doorstroming te bevorderen; na 2015 nog 300 goedkope koopwoningen. Jaar en maand (april 2013) uit het adres van de uitgever.',
  descriptionEn: 'News item: the municipality of Zoetermeer and the housing associations De Goede Woning, Vidomes and Vestia invest millions to build more than 700 new homes in Palenstein, aiming at 200 homes for young people and low-cost owner-occupied homes to promote mobility in the housing market; after 2015 another 300 low-cost owner-occupied homes. Year and month (April 2013) from the publisher\'s address.',
  url: 'http://www.dearchitect.nl/architectuur/nieuws/2013/4/veel-nieuwe-woningen-in-zoetermeer-101126997',
  year: 2013,
  publisher: 'de Architect',
  kind: 'news',
  secondary: false
};

MERGE (n:Source {id: 'source:capelle-plan-van-aanpak-schollevaar-oost-2003'})
SET n += {
  name: 'Uit de collegevergadering van 11 februari 2003',
  nameEn: 'From the executive meeting of 11 February 2003',
  description: 'Besluitenlijst van burgemeester en wethouders van Capelle aan den IJssel: het college stemt in met een plan op hoofdlijnen van gemeente en Woningpartners voor een gecombineerde stedenbouwkundige en sociale aanpak van Schollevaar-Oost (€ 500.000 per jaar in het collegewerkprogramma 2002-2006), te beginnen in Aïda, Nabucco en Librije, gericht op woningen, woonomgeving en sociale samenhang. Gelezen in een persberichtenarchief.',
  descriptionEn: 'List of decisions of the municipal executive of Capelle aan den IJssel: the executive approves an outline plan of the municipality and Woningpartners for a combined urban-design and social approach to Schollevaar-Oost (EUR 500,000 a year in the 2002-2006 work programme), starting in Aïda, Nabucco and Librije, aimed at homes, living environment and social cohesion. Read in a press-release archive.',
  year: 2003,
  date: date('2003-02-11'),
  publisher: 'Gemeente Capelle aan den IJssel',
  kind: 'local_document',
  secondary: false,
  retrievedVia: 'http://www.opennieuwsbank.nl/bericht/2003/02/11/R042-besluitenlijst-bw-capelle-ad-ijssel-11-februari-20.html'
};

MERGE (n:Source {id: 'source:aedes-splitsing-vestia-2023'})
SET n += {
  name: 'Splitsing Vestia: van reuzencorporatie naar 3 huisvesters in de buurt',
  nameEn: 'Splitting Vestia: from giant housing association to 3 local landlords',
  description: 'Artikel in Aedes Magazine (editie 3, 2023): Vestia is gesplitst in Hef Wonen (Rotterdam), Hof Wonen (Den Haag) en Stedelink (Delft, Zoetermeer en Zuidplas); de splitsing is sinds 1 januari 2023 officieel.',
  descriptionEn: 'Article in Aedes Magazine (issue 3, 2023): Vestia was split into Hef Wonen (Rotterdam), Hof Wonen (The Hague) and Stedelink (Delft, Zoetermeer and Zuidplas); the split has been official since 1 January 2023.',
  url: 'https://aedesmagazine.nl/index.php/editie-3-2023/splitsing-vestia',
  year: 2023,
  publisher: 'Aedes',
  kind: 'news',
  secondary: false
};
