// Seed graph 09: programmes and who runs them, town-specific challenges from each town's own documents,
// and the causes and interventions the audit of December 2026 found missing (findings section 3).
// Every fact here was read in the publication named (or in the copy named in its retrievedVia).

// --- Actors

MERGE (n:Actor {id: 'actor:ministerie-vrom'})
SET n += {
  name: 'Ministerie van Volkshuisvesting, Ruimtelijke Ordening en Milieu (VROM)',
  nameEn: 'Ministry of Housing, Spatial Planning and the Environment (VROM)',
  description: 'Het ministerie waaronder de minister voor Wonen, Wijken en Integratie (WWI) viel; WWI maakte in 2007 het Actieplan Krachtwijken bekend en steunde in 2009 de uitvoeringsagenda van de Ortega-gemeenten.',
  descriptionEn: 'The ministry under which the Minister for Housing, Communities and Integration (WWI) worked; WWI announced the strong-neighbourhoods action plan in 2007 and supported the implementation agenda of the Ortega municipalities in 2009.',
  kind: 'ministry'
};

MATCH (a:Actor {id: 'actor:ministerie-vrom'})
MATCH (b:Source {id: 'source:scp-werk-aan-de-wijk-2013'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:ministerie-vrom'})
MATCH (b:Source {id: 'source:uitvoeringsagenda-new-towns-2009'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Actor {id: 'actor:rvo'})
SET n += {
  name: 'Rijksdienst voor Ondernemend Nederland (RVO)',
  nameEn: 'Netherlands Enterprise Agency (RVO)',
  description: 'Uitvoeringsorganisatie van het Rijk die de loketten van het Volkshuisvestingsfonds en de Woningbouwimpuls voert.',
  descriptionEn: 'Government agency that runs the application desks of the Public Housing Fund and the Housing Construction Boost.',
  kind: 'agency',
  url: 'https://www.rvo.nl/'
};

MATCH (a:Actor {id: 'actor:rvo'})
MATCH (b:Source {id: 'source:rvo-volkshuisvestingsfonds-2021'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:rvo'})
MATCH (b:Source {id: 'source:rvo-woningbouwimpuls-2020'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Actor {id: 'actor:intermaris'})
SET n += {
  name: 'Intermaris',
  nameEn: 'Intermaris',
  description: 'Woningcorporatie in Hoorn en Purmerend; verhuurt ongeveer twee derde van de sociale woningen in de Hoornse Kersenboogerd en werkt met de gemeente Purmerend aan Wheermolen-Oost.',
  descriptionEn: 'Housing association in Hoorn and Purmerend; lets about two thirds of the social homes in the Kersenboogerd in Hoorn and works with the municipality of Purmerend on Wheermolen-Oost.',
  kind: 'housing_association'
};

MATCH (a:Actor {id: 'actor:intermaris'})
MATCH (b:Source {id: 'source:nhnieuws-kersenboogerd-2019'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:intermaris'})
MATCH (b:Source {id: 'source:purmerend-wheermolen-oost-2019'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Actor {id: 'actor:de-goede-woning'})
SET n += {
  name: 'De Goede Woning',
  nameEn: 'De Goede Woning',
  description: 'Woningcorporatie in Zoetermeer; stelde in 2005 met de gemeente en de andere corporaties de concept-samenwerkingsovereenkomst voor de herstructurering van Palenstein op.',
  descriptionEn: 'Housing association in Zoetermeer; drew up the 2005 draft cooperation agreement for the restructuring of Palenstein with the municipality and the other associations.',
  kind: 'housing_association'
};

MATCH (a:Actor {id: 'actor:de-goede-woning'})
MATCH (b:Source {id: 'source:palenstein-vernieuwt-2005'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Actor {id: 'actor:vidomes'})
SET n += {
  name: 'Vidomes',
  nameEn: 'Vidomes',
  description: 'Woningcorporatie in Zoetermeer; stelde in 2005 met de gemeente en de andere corporaties de concept-samenwerkingsovereenkomst voor de herstructurering van Palenstein op.',
  descriptionEn: 'Housing association in Zoetermeer; drew up the 2005 draft cooperation agreement for the restructuring of Palenstein with the municipality and the other associations.',
  kind: 'housing_association'
};

MATCH (a:Actor {id: 'actor:vidomes'})
MATCH (b:Source {id: 'source:palenstein-vernieuwt-2005'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Actor {id: 'actor:stedelink'})
SET n += {
  name: 'Stedelink (voorheen Vestia)',
  nameEn: 'Stedelink (formerly Vestia)',
  description: 'Woningcorporatie in Delft, Zoetermeer en Zuidplas, sinds 1 januari 2023 een van de drie corporaties waarin Vestia is gesplitst; als Vestia stelde zij in 2005 met de gemeente en de andere corporaties de concept-samenwerkingsovereenkomst voor Palenstein op.',
  descriptionEn: 'Housing association in Delft, Zoetermeer and Zuidplas, since 1 January 2023 one of the three associations Vestia was split into; as Vestia it drew up the 2005 draft cooperation agreement for Palenstein with the municipality and the other associations.',
  kind: 'housing_association'
};

MATCH (a:Actor {id: 'actor:stedelink'})
MATCH (b:Source {id: 'source:palenstein-vernieuwt-2005'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Actor {id: 'actor:politie'})
SET n += {
  name: 'Politie',
  nameEn: 'Police',
  description: 'De Nationale Politie, in deze graaf waar een bron haar inzet in een wijk noemt.',
  descriptionEn: 'The national police, in this graph where a source names its work in a neighbourhood.',
  kind: 'police'
};

MATCH (a:Actor {id: 'actor:politie'})
MATCH (b:Source {id: 'source:nhnieuws-kersenboogerd-2019'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

// --- Places named by the towns' own documents

MERGE (n:Neighbourhood {id: 'neighbourhood:hoorn-kersenboogerd'})
SET n += {
  name: 'Kersenboogerd',
  nameEn: 'Kersenboogerd',
  description: 'Wijk in Hoorn; kampt volgens NH Nieuws (2019) met uitdagingen op het gebied van leefbaarheid, overlast en criminaliteit.',
  descriptionEn: 'Neighbourhood in Hoorn; according to NH Nieuws (2019) it faces problems of liveability, nuisance and crime.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:hoorn-kersenboogerd'})
MATCH (b:Municipality {id: 'municipality:GM0405'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:hoorn-kersenboogerd'})
MATCH (b:Source {id: 'source:nhnieuws-kersenboogerd-2019'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:purmerend-wheermolen-oost'})
SET n += {
  name: 'Wheermolen-Oost',
  nameEn: 'Wheermolen-Oost',
  description: 'Deel van de wijk Wheermolen in Purmerend, waarvoor gemeente en Intermaris een ontwikkelplan maken (2019).',
  descriptionEn: 'Part of the Wheermolen neighbourhood in Purmerend, for which the municipality and Intermaris draw up a development plan (2019).',
  kind: 'buurt'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:purmerend-wheermolen-oost'})
MATCH (b:Municipality {id: 'municipality:GM0439'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:purmerend-wheermolen-oost'})
MATCH (b:Source {id: 'source:purmerend-wheermolen-oost-2019'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

// --- Town-specific challenges, each from that town's own document (or local news on it)

MATCH (a:Municipality {id: 'municipality:GM0995'})
MATCH (b:Challenge {id: 'challenge:vergrijzing'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:lelystad-begroting-2019'],
  note: 'De gemeente verwacht dat het aantal 80-plussers in 20 jaar met bijna 270 procent groeit (landelijk bijna 220 procent).',
  noteEn: 'The municipality expects the number of over-80s to grow by almost 270 per cent in 20 years (nationally almost 220 per cent).'
};

MATCH (a:Municipality {id: 'municipality:GM0995'})
MATCH (b:Challenge {id: 'challenge:armoede-en-lage-sociale-cohesie'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:lelystad-begroting-2019'],
  note: 'Een aanzienlijk deel van de eerste inwoners kampte met laag inkomen, schulden en werkloosheid en bleef afhankelijk van ondersteuning.',
  noteEn: 'A considerable share of the first residents faced low income, debts and unemployment and remained dependent on support.'
};

MATCH (a:Municipality {id: 'municipality:GM0405'})
MATCH (b:Challenge {id: 'challenge:vergrijzing'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:hoorn-begroting-2020'],
  note: 'De gemeente zet in op een evenwichtige bevolkingsopbouw om vergrijzing en ontgroening tegen te gaan.',
  noteEn: 'The municipality aims at a balanced population structure to counter ageing and young people leaving.'
};

MATCH (a:Municipality {id: 'municipality:GM0405'})
MATCH (b:Challenge {id: 'challenge:woningnood'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:hoorn-begroting-2020'],
  note: 'De gemeente wil het woningtekort terugdringen met aanbod in alle woningcategorieën.',
  noteEn: 'The municipality wants to reduce the housing shortage with supply in all categories.'
};

MATCH (a:Municipality {id: 'municipality:GM0405'})
MATCH (b:Challenge {id: 'challenge:differentiatie-woningaanbod'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:hoorn-begroting-2020'],
  note: 'De gemeente wil beter inspelen op toekomstige woonwensen met kleinere woningen en appartementen.',
  noteEn: 'The municipality wants to meet future housing needs better with smaller homes and flats.'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:hoorn-kersenboogerd'})
MATCH (b:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:nhnieuws-kersenboogerd-2019'],
  note: 'De wijk kampt met uitdagingen op het gebied van leefbaarheid; overlast en criminaliteit.',
  noteEn: 'The neighbourhood faces liveability problems; nuisance and crime.'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:purmerend-wheermolen-oost'})
MATCH (b:Challenge {id: 'challenge:vernieuwing-hele-wijken'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:purmerend-wheermolen-oost-2019'],
  note: 'Gemeente en Intermaris pakken in het ontwikkelplan de sociale huurwoningen en de openbare ruimte aan.',
  noteEn: 'In the development plan the municipality and Intermaris tackle the social rented homes and the public space.'
};

MATCH (a:Municipality {id: 'municipality:GM0794'})
MATCH (b:Challenge {id: 'challenge:vernieuwing-hele-wijken'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:helmond-begroting-2019'],
  note: 'Herstructurering en transformatie van kwetsbare wijken: Binnenstad Oost sinds 2002, Helmond West sinds 2009, en meer.',
  noteEn: 'Restructuring and transformation of vulnerable neighbourhoods: Binnenstad Oost since 2002, Helmond West since 2009, and more.'
};

MATCH (a:Municipality {id: 'municipality:GM0794'})
MATCH (b:Challenge {id: 'challenge:transformatie-verouderd-bedrijfsvastgoed'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:helmond-begroting-2019'],
  note: 'In het centrum de leegstand terugdringen onder meer door transformatie van (kantoor)gebouwen.',
  noteEn: 'Reducing vacancy in the centre, among other things by converting (office) buildings.'
};

MATCH (a:Municipality {id: 'municipality:GM0794'})
MATCH (b:Challenge {id: 'challenge:woningnood'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:volkshuisvestingnederland-helmond-2024'],
  note: 'Helmond wil de woningnood aanpakken door uitbreiding en verdichting (van circa 95.000 naar 115.000 inwoners in 2040).',
  noteEn: 'Helmond wants to tackle the housing shortage by expansion and densification (from about 95,000 to 115,000 residents by 2040).'
};

MATCH (a:Municipality {id: 'municipality:GM0794'})
MATCH (b:Challenge {id: 'challenge:mobiliteit'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:volkshuisvestingnederland-helmond-2024'],
  note: 'De schaalsprong vraagt passende maatregelen voor mobiliteit en bereikbaarheid.',
  noteEn: 'The scaling up requires suitable measures for mobility and accessibility.'
};

MATCH (a:Municipality {id: 'municipality:GM0321'})
MATCH (b:Challenge {id: 'challenge:vergrijzing'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:onshouten-woondebat-2015'],
  note: 'De gemeente verwacht 65-plussers van 20 procent (2015) naar 31 procent (2025) en 40 procent (2035).',
  noteEn: 'The municipality expects over-65s to rise from 20 per cent (2015) to 31 (2025) and 40 per cent (2035).'
};

MATCH (a:Municipality {id: 'municipality:GM0321'})
MATCH (b:Challenge {id: 'challenge:woningnood'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:onshouten-woondebat-2015'],
  note: 'De gemeente ziet behoefte aan 1.800 extra woningen.',
  noteEn: 'The municipality sees a need for 1,800 extra homes.'
};

MATCH (a:Municipality {id: 'municipality:GM0406'})
MATCH (b:Challenge {id: 'challenge:woningnood'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:nhnieuws-huizen-woningbouw-2024'],
  note: 'Huizen gaat net als de rest van het land gebukt onder woningnood, maar er komt weinig nieuwbouw.',
  noteEn: 'Like the rest of the country Huizen suffers from a housing shortage, but little is built.'
};

// --- A cause for Lelystad's poverty, from the municipality's own account

MERGE (n:Mechanism {id: 'mechanism:instroom-uit-stadsvernieuwing'})
SET n += {
  name: 'Instroom van sociaal zwakke huishoudens uit de stadsvernieuwing',
  nameEn: 'Influx of socially weak households from urban renewal',
  description: 'De stadsvernieuwing in Amsterdam in de jaren zeventig bracht een grote trek naar Lelystad; een aanzienlijk deel van die huishoudens verkeerde in een sociaal zwakke positie.',
  descriptionEn: 'The urban renewal in Amsterdam in the 1970s brought a large influx to Lelystad; a considerable share of those households was in a socially weak position.',
  domains: ['wonen', 'sociaal']
};

MATCH (a:Mechanism {id: 'mechanism:instroom-uit-stadsvernieuwing'})
MATCH (b:Source {id: 'source:lelystad-begroting-2019'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Mechanism {id: 'mechanism:instroom-uit-stadsvernieuwing'})
MATCH (b:Challenge {id: 'challenge:armoede-en-lage-sociale-cohesie'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  confidence: 'indicative',
  sources: ['source:lelystad-begroting-2019'],
  note: 'De gemeente Lelystad: de positie van veel van deze huishoudens is ondanks inspanningen niet wezenlijk verbeterd. Eén gemeente beschrijft het voor haar eigen stad.',
  noteEn: 'The municipality of Lelystad: despite efforts the position of many of these households has not substantially improved. One municipality describes it for its own town.'
};

MATCH (a:Mechanism {id: 'mechanism:instroom-uit-stadsvernieuwing'})
MATCH (b:Challenge {id: 'challenge:vergrijzing'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  confidence: 'indicative',
  sources: ['source:lelystad-begroting-2019'],
  note: 'Een groot deel van deze eerste inwoners heeft inmiddels de pensioengerechtigde leeftijd bereikt.',
  noteEn: 'A large share of these first residents has now reached retirement age.'
};

MATCH (a:Mechanism {id: 'mechanism:mismatch-voorraad-en-voorzieningen'})
MATCH (b:Challenge {id: 'challenge:differentiatie-woningaanbod'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  confidence: 'indicative',
  sources: ['source:hoorn-begroting-2020'],
  note: 'Hoorn wil beter inspelen op toekomstige woonwensen met kleinere woningen en appartementen.',
  noteEn: 'Hoorn wants to meet future housing needs better with smaller homes and flats.'
};

MATCH (a:Mechanism {id: 'mechanism:leegstand'})
MATCH (b:Challenge {id: 'challenge:transformatie-verouderd-bedrijfsvastgoed'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  confidence: 'indicative',
  sources: ['source:helmond-begroting-2019'],
  note: 'Helmond wil de leegstand in het centrum terugdringen, onder meer door transformatie van (kantoor)gebouwen.',
  noteEn: 'Helmond wants to reduce vacancy in the centre, among other things by converting (office) buildings.'
};

MATCH (a:Opportunity {id: 'opportunity:ruimte-voor-woningbouw'})
MATCH (b:Challenge {id: 'challenge:mobiliteit'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  confidence: 'hypothesis',
  sources: ['source:volkshuisvestingnederland-helmond-2024'],
  note: 'In Helmond vraagt de groei door uitbreiding en verdichting om maatregelen voor mobiliteit en bereikbaarheid; één stad.',
  noteEn: 'In Helmond growth by expansion and densification calls for mobility and accessibility measures; one town.'
};

// --- Programmes and who runs them

MERGE (n:Intervention {id: 'intervention:volkshuisvestingsfonds'})
SET n += {
  name: 'Volkshuisvestingsfonds',
  nameEn: 'Public Housing Fund',
  description: 'Meerjarige specifieke uitkering aan gemeenten om de veiligheid en leefbaarheid in kwetsbare wijken te verbeteren door te investeren in woningvoorraad, leefomgeving en openbare ruimte; voorrang voor de 20 stedelijke focusgebieden en 13 grensregio\'s.',
  descriptionEn: 'Multi-year specific grant to municipalities to improve safety and liveability in vulnerable neighbourhoods by investing in housing, living environment and public space; priority for the 20 urban focus areas and 13 border regions.',
  domains: ['wonen', 'veiligheid'],
  kind: 'instrument',
  period: '2021-'
};

MATCH (a:Intervention {id: 'intervention:volkshuisvestingsfonds'})
MATCH (b:Source {id: 'source:rvo-volkshuisvestingsfonds-2021'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:ministerie-bzk'})
MATCH (b:Intervention {id: 'intervention:volkshuisvestingsfonds'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'lead',
  sources: ['source:gemeente-nu-vhf-2023']
};

MATCH (a:Actor {id: 'actor:rvo'})
MATCH (b:Intervention {id: 'intervention:volkshuisvestingsfonds'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'uitvoerder',
  sources: ['source:rvo-volkshuisvestingsfonds-2021']
};

MATCH (a:Intervention {id: 'intervention:volkshuisvestingsfonds'})
MATCH (b:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  confidence: 'hypothesis',
  sources: ['source:rvo-volkshuisvestingsfonds-2021'],
  note: 'Doel van de regeling volgens RVO; over effecten zegt de bron niets.',
  noteEn: 'The aim of the scheme according to RVO; the source says nothing about effects.'
};

MATCH (a:Intervention {id: 'intervention:volkshuisvestingsfonds'})
MATCH (b:Challenge {id: 'challenge:vernieuwing-hele-wijken'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  confidence: 'hypothesis',
  sources: ['source:rvo-volkshuisvestingsfonds-2021'],
  note: 'De regeling draagt bij aan sloop en nieuwbouw, woningverbetering en inponden van woningen.',
  noteEn: 'The scheme contributes to demolition and new building, improving homes and buying up homes.'
};

MATCH (a:Intervention {id: 'intervention:volkshuisvestingsfonds'})
MATCH (b:Challenge {id: 'challenge:verduurzaming-woningvoorraad-70-80'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  confidence: 'hypothesis',
  sources: ['source:rvo-volkshuisvestingsfonds-2021'],
  note: 'Woningverbetering in de regeling omvat de energieprestatie van woningen (in kwetsbare wijken, niet specifiek de voorraad uit de jaren zeventig en tachtig).',
  noteEn: 'Improving homes under the scheme includes their energy performance (in vulnerable neighbourhoods, not specifically the 1970s and 1980s stock).'
};

MATCH (a:Intervention {id: 'intervention:volkshuisvestingsfonds'})
MATCH (b:Challenge {id: 'challenge:transformatie-verouderd-bedrijfsvastgoed'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  confidence: 'hypothesis',
  sources: ['source:rvo-volkshuisvestingsfonds-2021'],
  note: 'De regeling draagt bij aan het transformeren van gebouwen naar woningen.',
  noteEn: 'The scheme contributes to converting buildings into homes.'
};

MATCH (a:Intervention {id: 'intervention:volkshuisvestingsfonds'})
MATCH (b:Challenge {id: 'challenge:vergrijzing'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  confidence: 'hypothesis',
  sources: ['source:rvo-volkshuisvestingsfonds-2021'],
  note: 'Woningverbetering omvat het levensloopgeschikt maken van woningen, zodat mensen zelfstandig kunnen blijven wonen als ze ouder worden.',
  noteEn: 'Improving homes includes making them fit for old age, so people can keep living independently.'
};

MERGE (n:Intervention {id: 'intervention:woningbouwimpuls'})
SET n += {
  name: 'Woningbouwimpuls',
  nameEn: 'Housing Construction Boost',
  description: 'Rijksbijdrage aan gemeenten voor woningbouwprojecten met een financieel tekort, om de bouw van betaalbare woningen te versnellen.',
  descriptionEn: 'State contribution to municipalities for housing projects with a funding gap, to speed up the construction of affordable homes.',
  domains: ['wonen'],
  kind: 'instrument',
  period: '2020-'
};

MATCH (a:Intervention {id: 'intervention:woningbouwimpuls'})
MATCH (b:Source {id: 'source:rvo-woningbouwimpuls-2020'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:ministerie-bzk'})
MATCH (b:Intervention {id: 'intervention:woningbouwimpuls'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'lead',
  sources: ['source:rvo-woningbouwimpuls-2020']
};

MATCH (a:Actor {id: 'actor:rvo'})
MATCH (b:Intervention {id: 'intervention:woningbouwimpuls'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'uitvoerder',
  sources: ['source:rvo-woningbouwimpuls-2020']
};

MATCH (a:Intervention {id: 'intervention:woningbouwimpuls'})
MATCH (b:Challenge {id: 'challenge:woningnood'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  confidence: 'hypothesis',
  sources: ['source:rvo-woningbouwimpuls-2020'],
  note: 'Volgens RVO draagt de regeling bij aan het kabinetsdoel van ongeveer 75.000 woningen per jaar door de bouw te versnellen; een eigen claim van de uitvoerder, geen evaluatie.',
  noteEn: 'According to RVO the scheme contributes to the cabinet target of about 75,000 homes a year by speeding up construction; the operator\'s own claim, not an evaluation.'
};

MERGE (n:Intervention {id: 'intervention:regio-deals'})
SET n += {
  name: 'Regio Deals',
  nameEn: 'Region Deals',
  description: 'Deals tussen Rijk en regio waarin regionale partijen en het Rijk samenwerken om de brede welvaart te vergroten; 900 miljoen euro uit de Regio Envelop voor 2022-2025.',
  descriptionEn: 'Deals between the state and a region in which regional parties and the state work together to increase broad prosperity; 900 million euros from the Region Envelope for 2022-2025.',
  domains: ['bestuur', 'economie', 'voorzieningen'],
  kind: 'programme',
  period: '2018-'
};

MATCH (a:Intervention {id: 'intervention:regio-deals'})
MATCH (b:Source {id: 'source:binnenlandsbestuur-regio-deals-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:ministerie-bzk'})
MATCH (b:Intervention {id: 'intervention:regio-deals'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'lead',
  sources: ['source:binnenlandsbestuur-regio-deals-2022']
};

MATCH (a:Intervention {id: 'intervention:regio-deals'})
MATCH (b:Challenge {id: 'challenge:tekort-voorzieningen'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  confidence: 'hypothesis',
  sources: ['source:binnenlandsbestuur-regio-deals-2022'],
  note: 'De bron noemt regio\'s waar voorzieningen onder druk staan als reden voor een regionale aanpak; geen New Town in het bijzonder.',
  noteEn: 'The source names regions where amenities are under pressure as a reason for a regional approach; no New Town in particular.'
};

// --- The strong-neighbourhoods policy, now on its evaluation

MATCH (a:Intervention {id: 'intervention:krachtwijkenbeleid'})
MATCH (b:Source {id: 'source:scp-werk-aan-de-wijk-2013'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:ministerie-vrom'})
MATCH (b:Intervention {id: 'intervention:krachtwijkenbeleid'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'lead',
  sources: ['source:scp-werk-aan-de-wijk-2013']
};

MATCH (a:Intervention {id: 'intervention:krachtwijkenbeleid'})
MATCH (b:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  confidence: 'hypothesis',
  sources: ['source:scp-werk-aan-de-wijk-2013'],
  note: 'Het SCP vond tussen 2008 en 2012 geen onderscheidend gunstig effect van het beleid als geheel; gunstige effecten op leefbaarheid en veiligheid kwamen eerder van herstructurering.',
  noteEn: 'The SCP found no distinguishing favourable effect of the policy as a whole between 2008 and 2012; favourable effects on liveability and safety rather came from restructuring.'
};

MATCH (a:Actor {id: 'actor:ministerie-vrom'})
MATCH (b:Intervention {id: 'intervention:uitvoeringsagenda-new-towns-2009'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'partner',
  sources: ['source:uitvoeringsagenda-new-towns-2009']
};

// --- Who carries out the Ortega strategies and the Palenstein restructuring

MATCH (a:Actor {id: 'actor:ortega-gemeenten'})
MATCH (b:Intervention {id: 'intervention:bruisende-centrumvoorzieningen'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'uitvoerder',
  sources: ['source:uitvoeringsagenda-new-towns-2009']
};

MATCH (a:Actor {id: 'actor:ortega-gemeenten'})
MATCH (b:Intervention {id: 'intervention:stad-van-nieuwe-kansen'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'uitvoerder',
  sources: ['source:uitvoeringsagenda-new-towns-2009']
};

MATCH (a:Actor {id: 'actor:ortega-gemeenten'})
MATCH (b:Intervention {id: 'intervention:vanzelfsprekende-veiligheid'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'uitvoerder',
  sources: ['source:uitvoeringsagenda-new-towns-2009']
};

MATCH (a:Actor {id: 'actor:ortega-gemeenten'})
MATCH (b:Intervention {id: 'intervention:wijken-van-waarde'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'uitvoerder',
  sources: ['source:uitvoeringsagenda-new-towns-2009']
};

MATCH (a:Municipality {id: 'municipality:GM0637'})
MATCH (b:Intervention {id: 'intervention:convenant-palenstein-2005'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'lead',
  sources: ['source:palenstein-vernieuwt-2005']
};

MATCH (a:Actor {id: 'actor:de-goede-woning'})
MATCH (b:Intervention {id: 'intervention:convenant-palenstein-2005'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'partner',
  sources: ['source:palenstein-vernieuwt-2005']
};

MATCH (a:Actor {id: 'actor:vidomes'})
MATCH (b:Intervention {id: 'intervention:convenant-palenstein-2005'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'partner',
  sources: ['source:palenstein-vernieuwt-2005']
};

MATCH (a:Actor {id: 'actor:stedelink'})
MATCH (b:Intervention {id: 'intervention:convenant-palenstein-2005'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'partner',
  sources: ['source:palenstein-vernieuwt-2005', 'source:aedes-splitsing-vestia-2023']
};

MATCH (a:Municipality {id: 'municipality:GM0637'})
MATCH (b:Intervention {id: 'intervention:herstructurering-palenstein'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'lead',
  sources: ['source:zoetermeer-commissie-palenstein-2003', 'source:palenstein-vernieuwt-2005', 'source:dearchitect-palenstein-2013']
};

MATCH (a:Actor {id: 'actor:de-goede-woning'})
MATCH (b:Intervention {id: 'intervention:herstructurering-palenstein'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'partner',
  sources: ['source:palenstein-vernieuwt-2005', 'source:dearchitect-palenstein-2013']
};

MATCH (a:Actor {id: 'actor:vidomes'})
MATCH (b:Intervention {id: 'intervention:herstructurering-palenstein'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'partner',
  sources: ['source:palenstein-vernieuwt-2005', 'source:dearchitect-palenstein-2013']
};

MATCH (a:Actor {id: 'actor:stedelink'})
MATCH (b:Intervention {id: 'intervention:herstructurering-palenstein'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'partner',
  sources: ['source:palenstein-vernieuwt-2005', 'source:dearchitect-palenstein-2013', 'source:aedes-splitsing-vestia-2023']
};

MATCH (a:Municipality {id: 'municipality:GM0637'})
MATCH (b:Intervention {id: 'intervention:sloop-en-nieuwbouw-palenstein'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'lead',
  sources: ['source:palenstein-vernieuwt-2005', 'source:dearchitect-palenstein-2013']
};

MATCH (a:Actor {id: 'actor:de-goede-woning'})
MATCH (b:Intervention {id: 'intervention:sloop-en-nieuwbouw-palenstein'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'partner',
  sources: ['source:palenstein-vernieuwt-2005', 'source:dearchitect-palenstein-2013']
};

MATCH (a:Actor {id: 'actor:vidomes'})
MATCH (b:Intervention {id: 'intervention:sloop-en-nieuwbouw-palenstein'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'partner',
  sources: ['source:palenstein-vernieuwt-2005', 'source:dearchitect-palenstein-2013']
};

MATCH (a:Actor {id: 'actor:stedelink'})
MATCH (b:Intervention {id: 'intervention:sloop-en-nieuwbouw-palenstein'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'partner',
  sources: ['source:palenstein-vernieuwt-2005', 'source:dearchitect-palenstein-2013', 'source:aedes-splitsing-vestia-2023']
};

// --- Town interventions from the towns' own documents

MERGE (n:Intervention {id: 'intervention:aanpak-kersenboogerd'})
SET n += {
  name: 'Aanpak Kersenboogerd',
  nameEn: 'Kersenboogerd approach',
  description: 'Wijklab met spreekuren van corporatie en handhavers, vaste camera\'s in het stationsgebied en een politie- en handhaversteam op weekendavonden, door gemeente Hoorn en Intermaris.',
  descriptionEn: 'Neighbourhood lab with office hours of the housing association and enforcement officers, fixed cameras around the station and a police and enforcement team on weekend evenings, by the municipality of Hoorn and Intermaris.',
  domains: ['veiligheid', 'wonen'],
  kind: 'action'
};

MATCH (a:Intervention {id: 'intervention:aanpak-kersenboogerd'})
MATCH (b:Source {id: 'source:nhnieuws-kersenboogerd-2019'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM0405'})
MATCH (b:Intervention {id: 'intervention:aanpak-kersenboogerd'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'lead',
  sources: ['source:nhnieuws-kersenboogerd-2019']
};

MATCH (a:Actor {id: 'actor:intermaris'})
MATCH (b:Intervention {id: 'intervention:aanpak-kersenboogerd'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'partner',
  sources: ['source:nhnieuws-kersenboogerd-2019']
};

MATCH (a:Actor {id: 'actor:politie'})
MATCH (b:Intervention {id: 'intervention:aanpak-kersenboogerd'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'partner',
  sources: ['source:nhnieuws-kersenboogerd-2019']
};

MATCH (a:Intervention {id: 'intervention:aanpak-kersenboogerd'})
MATCH (b:Neighbourhood {id: 'neighbourhood:hoorn-kersenboogerd'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  sources: ['source:nhnieuws-kersenboogerd-2019']
};

MATCH (a:Intervention {id: 'intervention:aanpak-kersenboogerd'})
MATCH (b:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  confidence: 'hypothesis',
  sources: ['source:nhnieuws-kersenboogerd-2019'],
  note: 'Bewoners zien in 2019 weinig van de extra politie-inzet; over effecten zegt de bron niets.',
  noteEn: 'In 2019 residents see little of the extra police presence; the source says nothing about effects.'
};

MERGE (n:Intervention {id: 'intervention:ontwikkelplan-wheermolen-oost'})
SET n += {
  name: 'Ontwikkelplan Wheermolen-Oost',
  nameEn: 'Wheermolen-Oost development plan',
  description: 'Globaal ontwikkelplan van gemeente Purmerend en Intermaris voor de sociale huurwoningen en de openbare ruimte van Wheermolen-Oost, langs de pijlers gezellig, gezond en gemengd.',
  descriptionEn: 'Outline development plan by the municipality of Purmerend and Intermaris for the social rented homes and public space of Wheermolen-Oost, along the pillars sociable, healthy and mixed.',
  domains: ['wonen', 'ruimte'],
  kind: 'action'
};

MATCH (a:Intervention {id: 'intervention:ontwikkelplan-wheermolen-oost'})
MATCH (b:Source {id: 'source:purmerend-wheermolen-oost-2019'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM0439'})
MATCH (b:Intervention {id: 'intervention:ontwikkelplan-wheermolen-oost'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'lead',
  sources: ['source:purmerend-wheermolen-oost-2019']
};

MATCH (a:Actor {id: 'actor:intermaris'})
MATCH (b:Intervention {id: 'intervention:ontwikkelplan-wheermolen-oost'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'partner',
  sources: ['source:purmerend-wheermolen-oost-2019']
};

MATCH (a:Intervention {id: 'intervention:ontwikkelplan-wheermolen-oost'})
MATCH (b:Neighbourhood {id: 'neighbourhood:purmerend-wheermolen-oost'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  sources: ['source:purmerend-wheermolen-oost-2019']
};

MATCH (a:Intervention {id: 'intervention:ontwikkelplan-wheermolen-oost'})
MATCH (b:Challenge {id: 'challenge:vernieuwing-hele-wijken'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  confidence: 'hypothesis',
  sources: ['source:purmerend-wheermolen-oost-2019'],
  note: 'Een plan, nog niet uitgevoerd in de bron.',
  noteEn: 'A plan, not yet carried out in the source.'
};

MERGE (n:Intervention {id: 'intervention:herstructurering-transformatie-helmond'})
SET n += {
  name: 'Herstructurering en transformatie van kwetsbare wijken (Helmond)',
  nameEn: 'Restructuring and transformation of vulnerable neighbourhoods (Helmond)',
  description: 'Langjarig programma van de gemeente Helmond, samen met de corporaties: Centrum, Binnenstad Oost (sinds 2002), Helmond West (sinds 2009), Suytkade en Annawijk; transformatie van (kantoor)gebouwen tegen leegstand in het centrum.',
  descriptionEn: 'Long-running programme of the municipality of Helmond with the housing associations: Centre, Binnenstad Oost (since 2002), Helmond West (since 2009), Suytkade and Annawijk; converting (office) buildings against vacancy in the centre.',
  domains: ['wonen', 'ruimte'],
  kind: 'programme',
  period: '2002-'
};

MATCH (a:Intervention {id: 'intervention:herstructurering-transformatie-helmond'})
MATCH (b:Source {id: 'source:helmond-begroting-2019'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM0794'})
MATCH (b:Intervention {id: 'intervention:herstructurering-transformatie-helmond'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'lead',
  sources: ['source:helmond-begroting-2019']
};

MATCH (a:Actor {id: 'actor:woningcorporaties'})
MATCH (b:Intervention {id: 'intervention:herstructurering-transformatie-helmond'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'partner',
  sources: ['source:helmond-begroting-2019']
};

MATCH (a:Intervention {id: 'intervention:herstructurering-transformatie-helmond'})
MATCH (b:Municipality {id: 'municipality:GM0794'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  period: '2002-',
  sources: ['source:helmond-begroting-2019']
};

MATCH (a:Intervention {id: 'intervention:herstructurering-transformatie-helmond'})
MATCH (b:Challenge {id: 'challenge:vernieuwing-hele-wijken'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  confidence: 'hypothesis',
  sources: ['source:helmond-begroting-2019'],
  note: 'Doel van het programma volgens de begroting; geen evaluatie.',
  noteEn: 'The programme\'s aim according to the budget; no evaluation.'
};

MATCH (a:Intervention {id: 'intervention:herstructurering-transformatie-helmond'})
MATCH (b:Challenge {id: 'challenge:transformatie-verouderd-bedrijfsvastgoed'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  confidence: 'hypothesis',
  sources: ['source:helmond-begroting-2019'],
  note: 'Transformatie van (kantoor)gebouwen in het centrum.',
  noteEn: 'Converting (office) buildings in the centre.'
};

MATCH (a:Municipality {id: 'municipality:GM0034'})
MATCH (b:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:almere-feiten-en-cijfers-2017'],
  note: 'Veiligheidsmonitor-Wijkpeiling 2013: onveiligheidsgevoelens iets groter dan gemiddeld in de grote steden; meer fysieke verloedering.',
  noteEn: '2013 safety monitor: feelings of insecurity somewhat higher than the large-city average; more physical decay.'
};

// --- The towns' own documents also carry their profile nodes

MATCH (a:Municipality {id: 'municipality:GM0794'})
MATCH (b:Source {id: 'source:volkshuisvestingnederland-helmond-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM0794'})
MATCH (b:Source {id: 'source:helmond-begroting-2019'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM0321'})
MATCH (b:Source {id: 'source:onshouten-woondebat-2015'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM0406'})
MATCH (b:Source {id: 'source:nhnieuws-huizen-woningbouw-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM0034'})
MATCH (b:Source {id: 'source:almere-feiten-en-cijfers-2017'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:volkshuisvestingsfonds'})
MATCH (b:Source {id: 'source:gemeente-nu-vhf-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM0405'})
MATCH (b:Source {id: 'source:hoorn-begroting-2020'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM0995'})
MATCH (b:Source {id: 'source:lelystad-begroting-2019'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

// --- Youth crime: a cause and an intervention from the ministers' own letter

MERGE (n:Actor {id: 'actor:ministerie-jenv'})
SET n += {
  name: 'Ministerie van Justitie en Veiligheid (JenV)',
  nameEn: 'Ministry of Justice and Security (JenV)',
  description: 'Ministerie dat met coalitieakkoordmiddelen structureel investeert in de preventie van jeugdcriminaliteit (Kamerbrief 1 juli 2022).',
  descriptionEn: 'Ministry that invests structurally in preventing youth crime with coalition-agreement funds (letter of 1 July 2022).',
  kind: 'ministry'
};

MATCH (a:Actor {id: 'actor:ministerie-jenv'})
MATCH (b:Source {id: 'source:kamerbrief-preventie-jeugdcriminaliteit-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Intervention {id: 'intervention:preventie-jeugdcriminaliteit-jenv'})
SET n += {
  name: 'Preventieve aanpak van jeugdcriminaliteit',
  nameEn: 'Preventive approach to youth crime',
  description: 'Structurele investering van het kabinet in de preventie van (ondermijnende en georganiseerde) jeugdcriminaliteit: 60 miljoen euro in 2022, oplopend naar 143 miljoen vanaf 2025. Sinds 2024 heet de brede aanpak Preventie met Gezag; gemeenten voeren die uit met politie, OM, Raad voor de Kinderbescherming, Reclassering, Halt, scholen en jongerenwerk: 15 gemeenten vanaf 2022 (onder meer Lelystad en Nieuwegein), 27 vanaf 2023, en in 2024 nog 20 (onder meer Hoorn, Nissewaard en Zoetermeer).',
  descriptionEn: 'Structural cabinet investment in preventing (subversive and organised) youth crime: 60 million euros in 2022, rising to 143 million from 2025. Since 2024 the broad approach is called Preventie met Gezag; municipalities carry it out with the police, the Public Prosecution Service, the Child Protection Board, the probation service, Halt, schools and youth work: 15 municipalities from 2022 (among them Lelystad and Nieuwegein), 27 from 2023, and 20 more in 2024 (among them Hoorn, Nissewaard and Zoetermeer).',
  domains: ['veiligheid', 'sociaal'],
  kind: 'programme',
  period: '2022-'
};

MATCH (a:Intervention {id: 'intervention:preventie-jeugdcriminaliteit-jenv'})
MATCH (b:Source {id: 'source:kamerbrief-preventie-jeugdcriminaliteit-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:ministerie-jenv'})
MATCH (b:Intervention {id: 'intervention:preventie-jeugdcriminaliteit-jenv'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'lead',
  sources: ['source:kamerbrief-preventie-jeugdcriminaliteit-2022']
};

MATCH (a:Intervention {id: 'intervention:preventie-jeugdcriminaliteit-jenv'})
MATCH (b:Challenge {id: 'challenge:jeugdcriminaliteit'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  confidence: 'hypothesis',
  sources: ['source:kamerbrief-preventie-jeugdcriminaliteit-2022'],
  note: 'Het doel van de investering volgens de ministers; de brief meet geen effect.',
  noteEn: 'The aim of the investment according to the ministers; the letter measures no effect.'
};

MATCH (a:Challenge {id: 'challenge:armoede-en-lage-sociale-cohesie'})
MATCH (b:Challenge {id: 'challenge:jeugdcriminaliteit'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  confidence: 'indicative',
  sources: ['source:kamerbrief-preventie-jeugdcriminaliteit-2022'],
  note: 'De ministers: in kwetsbare wijken, waar jongeren opgroeien in gezinnen met armoede, schulden en werkloosheid, is de verleiding om snel geld te verdienen groot.',
  noteEn: 'The ministers: in vulnerable neighbourhoods, where young people grow up in families with poverty, debts and unemployment, the temptation to make quick money is great.'
};

// --- Nissewaard runs the Waterland approach (LINQ Media, 2025)

MATCH (a:Municipality {id: 'municipality:GM1930'})
MATCH (b:Intervention {id: 'intervention:wijkaanpak-waterland'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'lead',
  sources: ['source:linqmedia-plein-vlinderveen']
};

// --- Almere: its population of 2020 (kept as a note; the stored one is of 2024) and its first district from CBS
// Kerncijfers wijken en buurten 2020 (84799NED)

MATCH (a:Municipality {id: 'municipality:GM0034'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2020'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Almere telde 211.893 inwoners op 1 januari 2020; het vastgelegde inwonertal is dat van 1 januari 2024 (85984NED), het peiljaar van alle groeikernen.',
  noteEn: 'Almere had 211,893 residents on 1 January 2020; the population stored is that of 1 January 2024 (85984NED), the reference date of all growth centres.'
};

MERGE (n:Neighbourhood {id: 'neighbourhood:almere-haven'})
SET n += {
  name: 'Almere Haven',
  nameEn: 'Almere Haven',
  description: 'Wijk 01 van Almere in de CBS-indeling van 2020 (wijkcode WK003401 in die indeling: gemeentecode 0034 en wijknummer 01, volgens de CBS-codering), met 23.270 inwoners op 1 januari 2020. In de indeling van 2024, die van de andere wijken in deze graaf, telt Almere 72 wijken en is WK003401 de wijk Centrum Almere Haven (1.765 inwoners); de code van 2020 staat daarom alleen hier in de beschrijving.',
  descriptionEn: 'District 01 of Almere in the CBS division of 2020 (district code WK003401 in that division: municipality code 0034 and district number 01, by the CBS coding), with 23,270 residents on 1 January 2020. In the 2024 division, that of the other districts in this graph, Almere has 72 districts and WK003401 is the district Centrum Almere Haven (1,765 residents); so the 2020 code is only stated here, in the description.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-haven'})
MATCH (b:Municipality {id: 'municipality:GM0034'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-haven'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2020'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-haven'})
MATCH (b:Source {id: 'source:cbs-toelichting-wijk-en-buurtkaart-2020'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'De wijkcode volgt uit de CBS-codering: WK, de gemeentecode 0034 van Almere en het wijknummer 01 uit Kerncijfers wijken en buurten 2020.',
  noteEn: 'The district code follows from the CBS coding: WK, Almere\'s municipality code 0034 and district number 01 from Key figures districts and neighbourhoods 2020.'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-haven'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'In de indeling van 2024 is WK003401 de wijk Centrum Almere Haven met 1.765 inwoners (1 januari 2024), en lopen de wijkcodes van Almere tot WK003496: Almere is opnieuw ingedeeld, dus de code van 2020 is niet die van Almere Haven in 2024.',
  noteEn: 'In the 2024 division WK003401 is the district Centrum Almere Haven with 1,765 residents (1 January 2024), and Almere\'s district codes run to WK003496: Almere was re-divided, so the 2020 code is not Almere Haven\'s in 2024.'
};

// --- The Natural-Gas-Free Neighbourhoods Programme (energy transition), with Purmerend as a pilot

MERGE (n:Actor {id: 'actor:ministerie-ezk'})
SET n += {
  name: 'Ministerie van Economische Zaken en Klimaat (EZK)',
  nameEn: 'Ministry of Economic Affairs and Climate Policy (EZK)',
  description: 'Partner in het Programma Aardgasvrije Wijken (2019).',
  descriptionEn: 'Partner in the Natural-Gas-Free Neighbourhoods Programme (2019).',
  kind: 'ministry'
};

MATCH (a:Actor {id: 'actor:ministerie-ezk'})
MATCH (b:Source {id: 'source:rijksoverheid-aardgasvrije-wijken-purmerend-2019'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Intervention {id: 'intervention:programma-aardgasvrije-wijken'})
SET n += {
  name: 'Programma Aardgasvrije Wijken',
  nameEn: 'Natural-Gas-Free Neighbourhoods Programme',
  description: 'Programma van Rijk, provincies, waterschappen en gemeenten met 27 proeftuinen (vanaf 2018) waarin gemeenten met bewoners, gebouweigenaren, netbeheerders en energieleveranciers leren hoe een wijkgerichte aanpak werkt; doel: in 2050 alle woningen en gebouwen duurzaam verwarmd.',
  descriptionEn: 'Programme of the state, provinces, water boards and municipalities with 27 pilot neighbourhoods (from 2018) in which municipalities learn with residents, building owners, grid operators and energy suppliers how a neighbourhood approach works; aim: all homes and buildings heated sustainably by 2050.',
  domains: ['energie', 'wonen'],
  kind: 'programme',
  period: '2018-'
};

MATCH (a:Intervention {id: 'intervention:programma-aardgasvrije-wijken'})
MATCH (b:Source {id: 'source:rijksoverheid-aardgasvrije-wijken-purmerend-2019'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:ministerie-bzk'})
MATCH (b:Intervention {id: 'intervention:programma-aardgasvrije-wijken'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'lead',
  sources: ['source:rijksoverheid-aardgasvrije-wijken-purmerend-2019']
};

MATCH (a:Actor {id: 'actor:ministerie-ezk'})
MATCH (b:Intervention {id: 'intervention:programma-aardgasvrije-wijken'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'partner',
  sources: ['source:rijksoverheid-aardgasvrije-wijken-purmerend-2019']
};

MATCH (a:Actor {id: 'actor:vng'})
MATCH (b:Intervention {id: 'intervention:programma-aardgasvrije-wijken'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'partner',
  sources: ['source:rijksoverheid-aardgasvrije-wijken-purmerend-2019']
};

MATCH (a:Municipality {id: 'municipality:GM0439'})
MATCH (b:Intervention {id: 'intervention:programma-aardgasvrije-wijken'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'partner',
  sources: ['source:rijksoverheid-aardgasvrije-wijken-purmerend-2019']
};

MATCH (a:Intervention {id: 'intervention:programma-aardgasvrije-wijken'})
MATCH (b:Municipality {id: 'municipality:GM0439'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  period: '2018-',
  sources: ['source:rijksoverheid-aardgasvrije-wijken-purmerend-2019'],
  note: 'Proeftuin Overwhere-Zuid; de eerste woning werd in oktober 2019 op het warmtenet aangesloten.',
  noteEn: 'Pilot Overwhere-Zuid; the first home was connected to the heat network in October 2019.'
};

MATCH (a:Intervention {id: 'intervention:programma-aardgasvrije-wijken'})
MATCH (b:Challenge {id: 'challenge:energietransitie'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  confidence: 'hypothesis',
  sources: ['source:rijksoverheid-aardgasvrije-wijken-purmerend-2019'],
  note: 'De proeftuinen zijn bedoeld om te leren hoe wijken aardgasvrij worden; een effect meet de bron niet.',
  noteEn: 'The pilots are meant to learn how neighbourhoods go gas-free; the source measures no effect.'
};

MATCH (a:Municipality {id: 'municipality:GM0439'})
MATCH (b:Challenge {id: 'challenge:energietransitie'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:rijksoverheid-aardgasvrije-wijken-purmerend-2019'],
  note: 'Een kwart van de woningen in Purmerend, vooral van voor de jaren tachtig, moet nog aardgasvrij worden.',
  noteEn: 'A quarter of Purmerend\'s homes, mostly from before the 1980s, still has to go gas-free.'
};

// --- Alkmaar, Hellevoetsluis, Duiven, Westervoort and Haarlemmermeer from their own documents

MATCH (a:Municipality {id: 'municipality:GM0361'})
MATCH (b:Source {id: 'source:alkmaar-oudorperpolder-zuid-2003'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM0361'})
MATCH (b:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:alkmaar-oudorperpolder-zuid-2003'],
  note: 'Oudorperpolder-Zuid (2003): veel misdrijven, drugshandel, overlast van jongeren en vandalisme rond galerijflats; het gevoel van onveiligheid is groot.',
  noteEn: 'Oudorperpolder-Zuid (2003): many offences, drug dealing, youth nuisance and vandalism around gallery flats; strong feelings of insecurity.'
};

MATCH (a:Intervention {id: 'intervention:krachtwijkenbeleid'})
MATCH (b:Municipality {id: 'municipality:GM0361'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  period: '2008-',
  sources: ['source:blikopnieuws-overdie-krachtwijk-2007'],
  note: 'Overdie was een van de veertig krachtwijken; een charter tussen VROM en Alkmaar volgde in 2008.',
  noteEn: 'Overdie was one of the forty strong neighbourhoods; a charter between VROM and Alkmaar followed in 2008.'
};

MATCH (a:Municipality {id: 'municipality:GM0530'})
MATCH (b:Source {id: 'source:hellevoetsluis-woonvisie-2020'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM0530'})
MATCH (b:Challenge {id: 'challenge:woningnood'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:hellevoetsluis-woonvisie-2020'],
  note: 'Woonvisie 2020: er is meer vraag naar woningen dan aanbod.',
  noteEn: 'Housing Vision 2020: demand for homes exceeds supply.'
};

MATCH (a:Municipality {id: 'municipality:GM0530'})
MATCH (b:Challenge {id: 'challenge:vergrijzing'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:hellevoetsluis-woonvisie-2020'],
  note: 'Woonvisie 2020: gelijkvloerse woningen voor ouderen met het oog op de sterk toenemende vergrijzing.',
  noteEn: 'Housing Vision 2020: single-storey homes for older people in view of rapidly increasing ageing.'
};

MATCH (a:Municipality {id: 'municipality:GM0226'})
MATCH (b:Source {id: 'source:regiobode-liemerse-woonagenda-2017'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM0226'})
MATCH (b:Opportunity {id: 'opportunity:ruimte-voor-woningbouw'})
MERGE (a)-[r:HAS_OPPORTUNITY]->(b)
SET r += {
  sources: ['source:regiobode-liemerse-woonagenda-2017'],
  note: 'De gemeente ondertekende de Liemerse Woonagenda 2017-2027: ruim 2.800 nieuwbouwwoningen in de regio in tien jaar, bij voorkeur binnen de kernen.',
  noteEn: 'The municipality signed the Liemers Housing Agenda 2017-2027: over 2,800 new homes in the region in ten years, preferably within the villages.'
};

MATCH (a:Municipality {id: 'municipality:GM0293'})
MATCH (b:Source {id: 'source:regiobode-liemerse-woonagenda-2017'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM0293'})
MATCH (b:Opportunity {id: 'opportunity:ruimte-voor-woningbouw'})
MERGE (a)-[r:HAS_OPPORTUNITY]->(b)
SET r += {
  sources: ['source:regiobode-liemerse-woonagenda-2017'],
  note: 'De gemeente ondertekende de Liemerse Woonagenda 2017-2027: ruim 2.800 nieuwbouwwoningen in de regio in tien jaar, bij voorkeur binnen de kernen.',
  noteEn: 'The municipality signed the Liemers Housing Agenda 2017-2027: over 2,800 new homes in the region in ten years, preferably within the villages.'
};

MATCH (a:Municipality {id: 'municipality:GM0394'})
MATCH (b:Source {id: 'source:haarlemmermeer-omgevingsvisie-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM0394'})
MATCH (b:Challenge {id: 'challenge:woningnood'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:haarlemmermeer-omgevingsvisie-2024'],
  note: 'Omgevingsvisie 2024: bij wonen gaat het om veel huizen bouwen, met ruimte voor groen, scholen, sport en recreatie.',
  noteEn: 'Environmental vision 2024: housing means building many homes, with room for greenery, schools, sport and recreation.'
};

MATCH (a:Intervention {id: 'intervention:krachtwijkenbeleid'})
MATCH (b:Source {id: 'source:blikopnieuws-overdie-krachtwijk-2007'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

// --- Second content pass (issue 17): loneliness, image, and who runs the NPLV's effort outside the focus areas

// The declaration places the learning network under the NPLV "of the Ministry of BZK", page 40:
// the effort outside the 20 urban focus areas.
MATCH (a:Actor {id: 'actor:ministerie-bzk'})
MATCH (b:Intervention {id: 'intervention:nplv-inzet-buiten-focusgebieden'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'lead', sources: ['source:intentieverklaring-2022']};

MERGE (n:Actor {id: 'actor:ministerie-vws'})
SET n += {
  name: 'Ministerie van Volksgezondheid, Welzijn en Sport (VWS)',
  nameEn: 'Ministry of Health, Welfare and Sport (VWS)',
  description: 'Ministerie van het actieprogramma Eén tegen eenzaamheid (vervolgaanpak 2022-2025).',
  descriptionEn: 'Ministry of the action programme One against loneliness (follow-up approach 2022-2025).',
  kind: 'ministry'
};

MATCH (a:Actor {id: 'actor:ministerie-vws'})
MATCH (b:Source {id: 'source:vws-een-tegen-eenzaamheid-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Intervention {id: 'intervention:een-tegen-eenzaamheid'})
SET n += {
  name: 'Actieprogramma Eén tegen eenzaamheid',
  nameEn: 'Action programme One against loneliness',
  description: 'Actieprogramma van het ministerie van VWS om eenzaamheid te verminderen; de vervolgaanpak 2022-2025 richt zich op eenzaamheid in het algemeen, met als actielijnen bewustwording, maatschappelijk initiatief en een lokale aanpak in alle gemeenten.',
  descriptionEn: 'Action programme of the Ministry of Health, Welfare and Sport to reduce loneliness; the follow-up approach 2022-2025 addresses loneliness in general, with awareness, civic initiative and a local approach in every municipality as its lines of action.',
  kind: 'programme',
  domains: ['sociaal', 'zorg'],
  period: '2022-2025'
};

MATCH (a:Intervention {id: 'intervention:een-tegen-eenzaamheid'})
MATCH (b:Source {id: 'source:vws-een-tegen-eenzaamheid-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:ministerie-vws'})
MATCH (b:Intervention {id: 'intervention:een-tegen-eenzaamheid'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'lead', sources: ['source:vws-een-tegen-eenzaamheid-2022']};

MATCH (a:Intervention {id: 'intervention:een-tegen-eenzaamheid'})
MATCH (b:Challenge {id: 'challenge:eenzaamheid'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  confidence: 'hypothesis',
  sources: ['source:vws-een-tegen-eenzaamheid-2022'],
  note: 'Het doel van het programma volgens het ministerie; de pagina meet geen effect en noemt geen New Town.',
  noteEn: 'The aim of the programme according to the ministry; the page measures no effect and names no New Town.'
};

MATCH (a:Challenge {id: 'challenge:vergrijzing'})
MATCH (b:Challenge {id: 'challenge:eenzaamheid'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  confidence: 'hypothesis',
  sources: ['source:nrc-ouderen-minder-kans-eenzaam-2018'],
  note: 'Het SCP (2018, via NRC): het absolute aantal eenzame ouderen steeg door de vergrijzing, hoewel de kans per oudere daalde. Een landelijke bevinding; dat het in de groeikernen met hun gelijktijdige vergrijzing zo werkt, is afgeleid en niet gemeten.',
  noteEn: 'The SCP (2018, via NRC): the absolute number of lonely older people rose because of ageing, although the chance per older person fell. A national finding; that it works so in the growth centres with their simultaneous ageing is inferred, not measured.'
};

MATCH (a:Challenge {id: 'challenge:eenzaamheid'})
MATCH (b:Source {id: 'source:nrc-ouderen-minder-kans-eenzaam-2018'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Het SCP (2018, via NRC): het absolute aantal eenzame ouderen is sinds 1996 gestegen.',
  noteEn: 'The SCP (2018, via NRC): the absolute number of lonely older people has risen since 1996.'
};

MERGE (n:Intervention {id: 'intervention:citymarketing-het-kan-in-almere'})
SET n += {
  name: 'Citymarketing Het kan in Almere',
  nameEn: 'City marketing Het kan in Almere (It can be done in Almere)',
  description: 'Campagne en citymarketingaanpak van Almere om het beeld van de stad te verbeteren, gevolgd met een terugkerende imagometing (rapport Het Imago van Almere anno 2017).',
  descriptionEn: 'Campaign and city-marketing approach of Almere to improve the image of the city, followed with a recurring image survey (report The image of Almere in 2017).',
  kind: 'action',
  domains: ['bestuur', 'economie']
};

MATCH (a:Intervention {id: 'intervention:citymarketing-het-kan-in-almere'})
MATCH (b:Source {id: 'source:almere-imago-onderzoek-2017'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM0034'})
MATCH (b:Intervention {id: 'intervention:citymarketing-het-kan-in-almere'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'lead', sources: ['source:almere-imago-onderzoek-2017']};

MATCH (a:Intervention {id: 'intervention:citymarketing-het-kan-in-almere'})
MATCH (b:Challenge {id: 'challenge:negatief-imago'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  confidence: 'indicative',
  sources: ['source:almere-imago-onderzoek-2017'],
  note: 'De imagometing van 2017: wie de campagne zag, denkt beduidend positiever over Almere (verhuisgeneigdheid 14% tegen 6%), en het beeld verbeterde tussen 2015 en 2017. Eén meting in opdracht van de gemeente zelf; samenhang, geen aangetoond effect.',
  noteEn: 'The 2017 image survey: those who saw the campaign think markedly more positively about Almere (inclination to move there 14% against 6%), and the image improved between 2015 and 2017. One survey commissioned by the municipality itself; an association, not a demonstrated effect.'
};

// --- Mobility: Nieuwegein's mobility plan of 2013 (read on a document copy, cited to the municipality)

MATCH (a:Municipality {id: 'municipality:GM0356'})
MATCH (b:Challenge {id: 'challenge:mobiliteit'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:nieuwegein-gmp-2013'],
  note: 'Nieuwegein (2013): demografische ontwikkelingen en een blijvende toename van de mobiliteit stellen steeds hogere eisen aan het verkeerssysteem.',
  noteEn: 'Nieuwegein (2013): demographic change and a lasting rise in mobility make ever higher demands on the traffic system.'
};

MATCH (a:Challenge {id: 'challenge:vergrijzing'})
MATCH (b:Challenge {id: 'challenge:mobiliteit'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  confidence: 'indicative',
  sources: ['source:nieuwegein-gmp-2013'],
  note: 'Nieuwegein (2013): de snel toenemende vergrijzing stelt andere eisen aan infrastructuur en verkeerssystemen, omdat ouderen zich zo lang mogelijk zelfstandig willen verplaatsen. Eén gemeente over haar eigen stad.',
  noteEn: 'Nieuwegein (2013): rapidly increasing ageing makes other demands on infrastructure and traffic systems, as older people want to get about independently as long as possible. One municipality about its own town.'
};

MERGE (n:Intervention {id: 'intervention:gmp-nieuwegein-2013'})
SET n += {
  name: 'Gemeentelijk Mobiliteitsplan+ Nieuwegein 2030',
  nameEn: 'Municipal Mobility Plan+ Nieuwegein 2030',
  description: 'Het mobiliteitsplan dat de gemeente Nieuwegein in december 2013 vaststelde (raadsnummer 2013-385), gericht op duurzame mobiliteit en een verkeer- en vervoersysteem dat de kwaliteit van wonen, werken en recreëren ondersteunt.',
  descriptionEn: 'The mobility plan the municipality of Nieuwegein adopted in December 2013 (council number 2013-385), aimed at sustainable mobility and a traffic and transport system that supports the quality of living, working and recreation.',
  kind: 'policy',
  domains: ['mobiliteit'],
  period: '2013-2030'
};

MATCH (a:Intervention {id: 'intervention:gmp-nieuwegein-2013'})
MATCH (b:Source {id: 'source:nieuwegein-gmp-2013'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM0356'})
MATCH (b:Intervention {id: 'intervention:gmp-nieuwegein-2013'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'lead', sources: ['source:nieuwegein-gmp-2013']};

MATCH (a:Intervention {id: 'intervention:gmp-nieuwegein-2013'})
MATCH (b:Challenge {id: 'challenge:mobiliteit'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  confidence: 'hypothesis',
  sources: ['source:nieuwegein-gmp-2013'],
  note: 'Wat het plan beoogt; het plan zelf meet geen effect.',
  noteEn: 'What the plan aims at; the plan itself measures no effect.'
};

// --- Negative image: why Lelystad was unpopular, as NRC put it in 2002

MATCH (a:Municipality {id: 'municipality:GM0995'})
MATCH (b:Challenge {id: 'challenge:negatief-imago'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:nrc-lelystad-2002'],
  note: 'NRC (2002): Lelystad kreeg in de jaren na 1967 geen beste reputatie; een historische beschrijving, geen meting van het huidige beeld.',
  noteEn: 'NRC (2002): in the years after 1967 Lelystad did not get the best of reputations; a historical description, not a measure of the present image.'
};

MATCH (a:Mechanism {id: 'mechanism:instroom-uit-stadsvernieuwing'})
MATCH (b:Challenge {id: 'challenge:negatief-imago'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  confidence: 'hypothesis',
  sources: ['source:nrc-lelystad-2002'],
  note: 'NRC (2002): de hoge werkloosheid en de sociaal-economische status van de bevolking, veelal mensen uit de achterbuurten van de grote steden ("werd gezegd"), maakten Lelystad impopulair. Eén krant, over één stad, met een voorbehoud in de tekst zelf.',
  noteEn: 'NRC (2002): high unemployment and the socio-economic status of the population, mostly people from the slums of the big cities ("it was said"), made Lelystad unpopular. One newspaper, about one town, with a reservation in the text itself.'
};

MATCH (a:Municipality {id: 'municipality:GM0995'})
MATCH (b:Source {id: 'source:nrc-lelystad-2002'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'NRC (2002) over de reputatie van Lelystad in de jaren na 1967.',
  noteEn: 'NRC (2002) on Lelystad\'s reputation in the years after 1967.'
};

// --- The ministries that work together in the NPLV (Movisie, 4 July 2022, the day of its launch)

MERGE (n:Actor {id: 'actor:ministerie-ocw'})
SET n += {
  name: 'Ministerie van Onderwijs, Cultuur en Wetenschap (OCW)',
  nameEn: 'Ministry of Education, Culture and Science (OCW)',
  description: 'Een van de ministeries die samenwerken in het Nationaal Programma Leefbaarheid en Veiligheid (2022).',
  descriptionEn: 'One of the ministries working together in the National Programme for Liveability and Safety (2022).',
  kind: 'ministry'
};

MERGE (n:Actor {id: 'actor:ministerie-szw'})
SET n += {
  name: 'Ministerie van Sociale Zaken en Werkgelegenheid (SZW)',
  nameEn: 'Ministry of Social Affairs and Employment (SZW)',
  description: 'Een van de ministeries die samenwerken in het Nationaal Programma Leefbaarheid en Veiligheid (2022).',
  descriptionEn: 'One of the ministries working together in the National Programme for Liveability and Safety (2022).',
  kind: 'ministry'
};

MATCH (a:Actor {id: 'actor:ministerie-ocw'})
MATCH (b:Source {id: 'source:movisie-wijkwijzer'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:ministerie-szw'})
MATCH (b:Source {id: 'source:movisie-wijkwijzer'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:ministerie-jenv'})
MATCH (b:Intervention {id: 'intervention:nplv'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'partner', sources: ['source:movisie-wijkwijzer']};

MATCH (a:Actor {id: 'actor:ministerie-ocw'})
MATCH (b:Intervention {id: 'intervention:nplv'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'partner', sources: ['source:movisie-wijkwijzer']};

MATCH (a:Actor {id: 'actor:ministerie-szw'})
MATCH (b:Intervention {id: 'intervention:nplv'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'partner', sources: ['source:movisie-wijkwijzer']};

MATCH (a:Actor {id: 'actor:ministerie-vws'})
MATCH (b:Intervention {id: 'intervention:nplv'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'partner', sources: ['source:movisie-wijkwijzer']};

// --- Who ran the growth-centre policy: the national government designated and subsidised (PBL 2015)

MERGE (n:Actor {id: 'actor:rijksoverheid'})
SET n += {
  name: 'Rijksoverheid (het Rijk)',
  nameEn: 'National government',
  description: 'De rijksoverheid als geheel, waar een bron niet zegt welk ministerie: wees in de Verstedelijkingsnota (1976) de groeikernen aan en subsidieerde de uitbreiding van hun woningvoorraad en voorzieningen.',
  descriptionEn: 'The national government as a whole, where a source does not say which ministry: designated the growth centres in the Urbanisation Report (1976) and subsidised the expansion of their housing stock and amenities.',
  kind: 'ministry'
};

MATCH (a:Actor {id: 'actor:rijksoverheid'})
MATCH (b:Source {id: 'source:pbl-nieuwe-perspectieven-2015'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:rijksoverheid'})
MATCH (b:Intervention {id: 'intervention:groeikernenbeleid'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'lead', sources: ['source:pbl-nieuwe-perspectieven-2015']};

// --- The Ministry of VRO and the National Performance Agreements (the minister's letter of 11 July 2025)

MERGE (n:Actor {id: 'actor:ministerie-vro'})
SET n += {
  name: 'Ministerie van Volkshuisvesting en Ruimtelijke Ordening (VRO)',
  nameEn: 'Ministry of Housing and Spatial Planning (VRO)',
  description: 'Ministerie voor volkshuisvesting en ruimtelijke ordening; zijn minister schrijft de Tweede Kamer over het woonbeleid, waaronder de Nationale prestatieafspraken 2025-2035 (brief van 11 juli 2025).',
  descriptionEn: 'Ministry for housing and spatial planning; its minister reports to the House of Representatives on housing policy, including the National Performance Agreements 2025-2035 (letter of 11 July 2025).',
  kind: 'ministry'
};

MATCH (a:Actor {id: 'actor:ministerie-vro'})
MATCH (b:Source {id: 'source:kamerbrief-ontwikkelingen-woonbeleid-2025'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Intervention {id: 'intervention:nationale-prestatieafspraken-2025-2035'})
SET n += {
  name: 'Nationale prestatieafspraken 2025-2035',
  nameEn: 'National Performance Agreements 2025-2035',
  description: 'Landelijke afspraken waarin woningcorporaties uiterlijk vanaf 2029 structureel 30.000 woningen per jaar bouwen; de minister van VRO volgt de realisatie (in 2025 zo\'n 25.000 sociale huurwoningen).',
  descriptionEn: 'National agreements under which housing associations build 30,000 homes a year structurally from 2029 at the latest; the Minister of Housing and Spatial Planning follows delivery (some 25,000 social rented homes in 2025).',
  kind: 'policy',
  domains: ['wonen'],
  period: '2025-2035'
};

MATCH (a:Intervention {id: 'intervention:nationale-prestatieafspraken-2025-2035'})
MATCH (b:Source {id: 'source:kamerbrief-ontwikkelingen-woonbeleid-2025'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:ministerie-vro'})
MATCH (b:Intervention {id: 'intervention:nationale-prestatieafspraken-2025-2035'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'lead', sources: ['source:kamerbrief-ontwikkelingen-woonbeleid-2025']};

MATCH (a:Actor {id: 'actor:woningcorporaties'})
MATCH (b:Intervention {id: 'intervention:nationale-prestatieafspraken-2025-2035'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'partner', sources: ['source:kamerbrief-ontwikkelingen-woonbeleid-2025']};

MATCH (a:Intervention {id: 'intervention:nationale-prestatieafspraken-2025-2035'})
MATCH (b:Challenge {id: 'challenge:woningnood'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  confidence: 'hypothesis',
  sources: ['source:kamerbrief-ontwikkelingen-woonbeleid-2025'],
  note: 'De minister meldt plannen en opleveringen van corporaties; of dat de woningnood in de groeikernen vermindert, meet de brief niet.',
  noteEn: 'The minister reports the associations\' plans and completions; whether that eases the housing shortage in the growth centres, the letter does not measure.'
};

// --- Why the 1970s-80s stock needs an energy retrofit: assembled from two sources, so a hypothesis

MATCH (a:Mechanism {id: 'mechanism:bouw-in-een-periode'})
MATCH (b:Challenge {id: 'challenge:verduurzaming-woningvoorraad-70-80'})
MERGE (a)-[r:CAUSES]->(b)
SET r += {
  polarity: '+',
  confidence: 'hypothesis',
  sources: ['source:opennieuwsbank-uitvoeringsagenda-2009', 'source:vn-anke-van-hal-2008'],
  note: 'Samengesteld uit twee bronnen: circa driekwart van de woningvoorraad van de New Towns dateert van na 1971 (Uitvoeringsagenda 2009), en woningen van voor halverwege de jaren negentig zijn gebouwd zonder wettelijke energieprestatie-eisen en meestal van slechte energetische kwaliteit (Van Hal in Vrij Nederland, 2008). Geen van beide meet de energieprestatie van de groeikernen zelf.',
  noteEn: 'Assembled from two sources: about three-quarters of the New Towns\' housing stock dates from after 1971 (Implementation agenda 2009), and homes from before the mid-1990s were built without statutory energy-performance requirements and are mostly of poor energy quality (Van Hal in Vrij Nederland, 2008). Neither measures the energy performance of the growth centres themselves.'
};

MATCH (a:Challenge {id: 'challenge:verduurzaming-woningvoorraad-70-80'})
MATCH (b:Source {id: 'source:vn-anke-van-hal-2008'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Van Hal (2008): woningen van voor halverwege de jaren negentig zijn meestal van slechte energetische kwaliteit.',
  noteEn: 'Van Hal (2008): homes from before the mid-1990s are mostly of poor energy quality.'
};

// --- Since 2024 the Minister of VRO leads the NPLV and reports on it (letter of 17 October 2024)

MATCH (a:Actor {id: 'actor:ministerie-vro'})
MATCH (b:Intervention {id: 'intervention:nplv'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'lead', sources: ['source:kamerbrief-nplv-2024']};

MATCH (a:Actor {id: 'actor:ministerie-vro'})
MATCH (b:Source {id: 'source:kamerbrief-nplv-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'De minister van VRO brengt de Kamer op de hoogte van de voortgang van het NPLV (17 oktober 2024).',
  noteEn: 'The Minister of VRO reports the NPLV\'s progress to the House (17 October 2024).'
};

MATCH (a:Intervention {id: 'intervention:nplv'})
MATCH (b:Source {id: 'source:kamerbrief-nplv-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

// --- Who carries out the NPLV's measures (the government's own announcements, 2022-2025, and the Regeling kansrijke wijk)

MERGE (n:Actor {id: 'actor:nplv-gemeenten'})
SET n += {
  name: 'Gemeenten met een NPLV-focusgebied',
  nameEn: 'Municipalities with an NPLV focus area',
  description: 'De 19 gemeenten waarin de 20 stedelijke focusgebieden van het Nationaal Programma Leefbaarheid en Veiligheid liggen, onder meer Lelystad (Lelystad Oost) en Nieuwegein (Centrale As); zij ontvangen de specifieke uitkering Kansrijke Wijk.',
  descriptionEn: 'The 19 municipalities in which the 20 urban focus areas of the National Programme for Liveability and Safety lie, among them Lelystad (Lelystad Oost) and Nieuwegein (Centrale As); they receive the Promising Neighbourhood grant.',
  kind: 'municipality'
};

MATCH (a:Actor {id: 'actor:nplv-gemeenten'})
MATCH (b:Source {id: 'source:gemeente-nu-nplv-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:nplv-gemeenten'})
MATCH (b:Source {id: 'source:regeling-kansrijke-wijk-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:nplv-gemeenten'})
MATCH (b:Intervention {id: 'intervention:nplv-baangaranties-jongeren'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'uitvoerder', sources: ['source:rijksoverheid-nplv-2024']};

MATCH (a:Intervention {id: 'intervention:nplv-baangaranties-jongeren'})
MATCH (b:Source {id: 'source:rijksoverheid-nplv-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Rijksoverheid (17 oktober 2024): 17 van de 20 NPLV-gebieden zijn aan de slag met baangaranties voor jongeren. Welk ministerie ze betaalt, zegt het bericht niet.',
  noteEn: 'Government (17 October 2024): 17 of the 20 NPLV areas are working on job guarantees for young people. Which ministry pays for them, the item does not say.'
};

MATCH (a:Actor {id: 'actor:nplv-gemeenten'})
MATCH (b:Intervention {id: 'intervention:nplv-extra-leertijd'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'uitvoerder', sources: ['source:regeling-kansrijke-wijk-2023', 'source:rijksoverheid-spuk-kansrijke-wijk-2025']};

MATCH (a:Actor {id: 'actor:ministerie-ocw'})
MATCH (b:Intervention {id: 'intervention:nplv-extra-leertijd'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'funder', sources: ['source:rijksoverheid-spuk-kansrijke-wijk-2025', 'source:regeling-kansrijke-wijk-2023']};

MATCH (a:Intervention {id: 'intervention:nplv-extra-leertijd'})
MATCH (b:Source {id: 'source:rijksoverheid-spuk-kansrijke-wijk-2025'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'De extra leer- en ontwikkeltijd loopt via de specifieke uitkering Kansrijke Wijk: een lokale coalitie van gemeente, school en lokale organisatie biedt activiteiten buiten de reguliere onderwijstijd (Regeling kansrijke wijk, 2023); voor 2026-2028 komt het grootste deel van het geld van OCW en vroegen twaalf gebieden het naschoolse programma School & Omgeving aan (Rijksoverheid, 11 december 2025).',
  noteEn: 'The extra learning and development time runs through the Promising Neighbourhood grant: a local coalition of municipality, school and local organisation offers activities outside regular school hours (Regeling kansrijke wijk, 2023); for 2026-2028 most of the money comes from the Ministry of Education and twelve areas applied for the after-school programme School & Omgeving (Government, 11 December 2025).'
};

MATCH (a:Actor {id: 'actor:ministerie-vro'})
MATCH (b:Intervention {id: 'intervention:nplv-woningbouw'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'lead', sources: ['source:rijksoverheid-spuk-kansrijke-wijk-2025', 'source:rijksoverheid-nplv-2024']};

MATCH (a:Intervention {id: 'intervention:nplv-woningbouw'})
MATCH (b:Source {id: 'source:rijksoverheid-spuk-kansrijke-wijk-2025'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Minister Keijzer van VRO, coördinerend minister van het NPLV (Rijksoverheid, 2024), over de NPLV-gebieden: "Daarom bouwen we meer betaalbare woningen, verbeteren we de bestaande woningvoorraad en investeren we in maatschappelijke voorzieningen" (Rijksoverheid, 11 december 2025). Wie de woningen bouwt, zegt het bericht niet.',
  noteEn: 'Minister Keijzer of Housing and Spatial Planning, the NPLV\'s coordinating minister (Government, 2024), on the NPLV areas: "That is why we build more affordable homes, improve the existing housing stock and invest in community facilities" (Government, 11 December 2025). Who builds the homes, the item does not say.'
};

MATCH (a:Actor {id: 'actor:ministerie-jenv'})
MATCH (b:Intervention {id: 'intervention:nplv-preventie-jeugdcriminaliteit'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'funder', sources: ['source:rijksoverheid-nplv-2022', 'source:rijksoverheid-jeugdcriminaliteit-2023']};

MATCH (a:Intervention {id: 'intervention:nplv-preventie-jeugdcriminaliteit'})
MATCH (b:Source {id: 'source:rijksoverheid-nplv-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Bij de start van het NPLV (4 juli 2022): € 82 miljoen voor het voorkomen van jeugdcriminaliteit; de minister van Justitie en Veiligheid investeert met de minister voor Rechtsbescherming in de gebiedsgerichte aanpak die gemeenten met hun partners uitvoeren (22 mei 2023).',
  noteEn: 'At the NPLV\'s launch (4 July 2022): EUR 82 million for preventing youth crime; the Minister of Justice and Security invests with the Minister for Legal Protection in the area-based approach that municipalities carry out with their partners (22 May 2023).'
};

MATCH (a:Intervention {id: 'intervention:nplv-preventie-jeugdcriminaliteit'})
MATCH (b:Source {id: 'source:rijksoverheid-jeugdcriminaliteit-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM0995'})
MATCH (b:Intervention {id: 'intervention:nplv-preventie-jeugdcriminaliteit'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'uitvoerder', sources: ['source:rijksoverheid-jeugdcriminaliteit-2023', 'source:rijksoverheid-nplv-2024']};

MATCH (a:Municipality {id: 'municipality:GM0356'})
MATCH (b:Intervention {id: 'intervention:nplv-preventie-jeugdcriminaliteit'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'uitvoerder', sources: ['source:rijksoverheid-jeugdcriminaliteit-2023', 'source:rijksoverheid-nplv-2024']};

MATCH (a:Intervention {id: 'intervention:nplv-preventie-jeugdcriminaliteit'})
MATCH (b:Municipality {id: 'municipality:GM0995'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  period: '2022-',
  sources: ['source:rijksoverheid-jeugdcriminaliteit-2023'],
  note: 'Lelystad was een van de eerste 15 gemeenten die in 2022 begonnen in de wijken met de grootste risico\'s.',
  noteEn: 'Lelystad was one of the first 15 municipalities to start in 2022 in the neighbourhoods with the greatest risks.'
};

MATCH (a:Intervention {id: 'intervention:nplv-preventie-jeugdcriminaliteit'})
MATCH (b:Municipality {id: 'municipality:GM0356'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  period: '2022-',
  sources: ['source:rijksoverheid-jeugdcriminaliteit-2023'],
  note: 'Nieuwegein was een van de eerste 15 gemeenten die in 2022 begonnen in de wijken met de grootste risico\'s.',
  noteEn: 'Nieuwegein was one of the first 15 municipalities to start in 2022 in the neighbourhoods with the greatest risks.'
};

MATCH (a:Municipality {id: 'municipality:GM0995'})
MATCH (b:Challenge {id: 'challenge:jeugdcriminaliteit'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:rijksoverheid-jeugdcriminaliteit-2023'],
  note: 'Rijksoverheid (22 mei 2023): Lelystad heeft wijken waar de risico\'s het grootst zijn dat jongeren worden geronseld voor criminele klusjes.',
  noteEn: 'Government (22 May 2023): Lelystad has neighbourhoods where the risks are greatest that young people are recruited for criminal jobs.'
};

MATCH (a:Municipality {id: 'municipality:GM0356'})
MATCH (b:Challenge {id: 'challenge:jeugdcriminaliteit'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:rijksoverheid-jeugdcriminaliteit-2023'],
  note: 'Rijksoverheid (22 mei 2023): Nieuwegein heeft wijken waar de risico\'s het grootst zijn dat jongeren worden geronseld voor criminele klusjes.',
  noteEn: 'Government (22 May 2023): Nieuwegein has neighbourhoods where the risks are greatest that young people are recruited for criminal jobs.'
};

// --- The same approach beyond the NPLV: Hoorn, Nissewaard and Zoetermeer among 20 more municipalities (4 April 2024)

MATCH (a:Intervention {id: 'intervention:preventie-jeugdcriminaliteit-jenv'})
MATCH (b:Source {id: 'source:rijksoverheid-jeugdcriminaliteit-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:preventie-jeugdcriminaliteit-jenv'})
MATCH (b:Source {id: 'source:rijksoverheid-jeugdcriminaliteit-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'De ministers van JenV en voor Rechtsbescherming noemen de brede aanpak Preventie met Gezag.',
  noteEn: 'The Ministers of Justice and Security and for Legal Protection call the broad approach Preventie met Gezag.'
};

MATCH (a:Intervention {id: 'intervention:nplv-preventie-jeugdcriminaliteit'})
MATCH (b:Intervention {id: 'intervention:preventie-jeugdcriminaliteit-jenv'})
MERGE (a)-[r:PART_OF_PROGRAMME]->(b)
SET r += {sources: ['source:rijksoverheid-nplv-2022', 'source:rijksoverheid-jeugdcriminaliteit-2023']};

MATCH (a:Municipality {id: 'municipality:GM0405'})
MATCH (b:Intervention {id: 'intervention:preventie-jeugdcriminaliteit-jenv'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'uitvoerder', sources: ['source:rijksoverheid-jeugdcriminaliteit-2024']};

MATCH (a:Municipality {id: 'municipality:GM1930'})
MATCH (b:Intervention {id: 'intervention:preventie-jeugdcriminaliteit-jenv'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'uitvoerder', sources: ['source:rijksoverheid-jeugdcriminaliteit-2024']};

MATCH (a:Municipality {id: 'municipality:GM0637'})
MATCH (b:Intervention {id: 'intervention:preventie-jeugdcriminaliteit-jenv'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'uitvoerder', sources: ['source:rijksoverheid-jeugdcriminaliteit-2024']};

MATCH (a:Intervention {id: 'intervention:preventie-jeugdcriminaliteit-jenv'})
MATCH (b:Municipality {id: 'municipality:GM0405'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {period: '2024-', sources: ['source:rijksoverheid-jeugdcriminaliteit-2024']};

MATCH (a:Intervention {id: 'intervention:preventie-jeugdcriminaliteit-jenv'})
MATCH (b:Municipality {id: 'municipality:GM1930'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {period: '2024-', sources: ['source:rijksoverheid-jeugdcriminaliteit-2024']};

MATCH (a:Intervention {id: 'intervention:preventie-jeugdcriminaliteit-jenv'})
MATCH (b:Municipality {id: 'municipality:GM0637'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {period: '2024-', sources: ['source:rijksoverheid-jeugdcriminaliteit-2024']};

MATCH (a:Municipality {id: 'municipality:GM0405'})
MATCH (b:Challenge {id: 'challenge:jeugdcriminaliteit'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:rijksoverheid-jeugdcriminaliteit-2024'],
  note: 'Rijksoverheid (4 april 2024): Hoorn is een van 20 gemeenten die gevraagd zijn een plan te maken voor de urgente en relatief ernstige problematiek die ze kennen met jongeren in de criminaliteit.',
  noteEn: 'Government (4 April 2024): Hoorn is one of 20 municipalities asked to draw up a plan for the urgent and relatively serious problems they have with young people in crime.'
};

MATCH (a:Municipality {id: 'municipality:GM1930'})
MATCH (b:Challenge {id: 'challenge:jeugdcriminaliteit'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:rijksoverheid-jeugdcriminaliteit-2024'],
  note: 'Rijksoverheid (4 april 2024): Nissewaard is een van 20 gemeenten die gevraagd zijn een plan te maken voor de urgente en relatief ernstige problematiek die ze kennen met jongeren in de criminaliteit.',
  noteEn: 'Government (4 April 2024): Nissewaard is one of 20 municipalities asked to draw up a plan for the urgent and relatively serious problems they have with young people in crime.'
};

MATCH (a:Municipality {id: 'municipality:GM0637'})
MATCH (b:Challenge {id: 'challenge:jeugdcriminaliteit'})
MERGE (a)-[r:FACES]->(b)
SET r += {
  sources: ['source:rijksoverheid-jeugdcriminaliteit-2024'],
  note: 'Rijksoverheid (4 april 2024): Zoetermeer is een van 20 gemeenten die gevraagd zijn een plan te maken voor de urgente en relatief ernstige problematiek die ze kennen met jongeren in de criminaliteit.',
  noteEn: 'Government (4 April 2024): Zoetermeer is one of 20 municipalities asked to draw up a plan for the urgent and relatively serious problems they have with young people in crime.'
};

MATCH (a:Actor {id: 'actor:stedelink'})
MATCH (b:Source {id: 'source:aedes-splitsing-vestia-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b);
