// Seed graph 07: interventions (policies, programmes, actions, instruments) and what they address.
// ADDRESSES is a claim: sources, confidence and a note. 'hypothesis' where a source only states the aim
// (effect not shown), 'indicative' where a source reports an effect or a correlation. No intervention
// here has been rated by an interventions database, so evidenceLevel is absent on all of them.
// Also: PART_OF_PROGRAMME, IMPLEMENTS (who), APPLIED_IN (where), LEVERAGES (which opportunity).

// --- The growth-centre policy itself

MERGE (n:Intervention {id: 'intervention:groeikernenbeleid'})
SET n += {
  name: 'Groeikernenbeleid (gebundelde deconcentratie)',
  nameEn: 'Growth-centre policy (clustered deconcentration)',
  description: 'Rijksbeleid van gebundelde deconcentratie, uitgerold in de Tweede (1966) en Derde Nota (1974-1976) over de Ruimtelijke Ordening, waaronder zestien groeikernen werden aangewezen. Na de Vierde Nota (1988) volgden het compactestadbeleid en de Vinex-locaties.',
  descriptionEn: 'National policy of clustered deconcentration, rolled out in the Second (1966) and Third (1974-1976) Reports on Spatial Planning, under which sixteen growth centres were designated. After the Fourth Report (1988) came the compact-city policy and the Vinex sites.',
  kind: 'policy',
  domains: ['wonen', 'ruimte', 'bestuur']
};

MATCH (a:Intervention {id: 'intervention:groeikernenbeleid'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:groeikernenbeleid'})
MATCH (b:Source {id: 'source:geografie-nieuw-perspectief-groeikernen-2015'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:groeikernenbeleid'})
MATCH (b:Source {id: 'source:pbl-succes-of-falen-2016'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:groeikernenbeleid'})
MATCH (b:Municipality {id: 'municipality:GM0361'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {sources: ['source:intentieverklaring-2022']};

MATCH (a:Intervention {id: 'intervention:groeikernenbeleid'})
MATCH (b:Municipality {id: 'municipality:GM0034'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {sources: ['source:intentieverklaring-2022']};

MATCH (a:Intervention {id: 'intervention:groeikernenbeleid'})
MATCH (b:Municipality {id: 'municipality:GM0502'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {sources: ['source:intentieverklaring-2022']};

MATCH (a:Intervention {id: 'intervention:groeikernenbeleid'})
MATCH (b:Municipality {id: 'municipality:GM0226'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {sources: ['source:intentieverklaring-2022']};

MATCH (a:Intervention {id: 'intervention:groeikernenbeleid'})
MATCH (b:Municipality {id: 'municipality:GM0293'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {sources: ['source:intentieverklaring-2022']};

MATCH (a:Intervention {id: 'intervention:groeikernenbeleid'})
MATCH (b:Municipality {id: 'municipality:GM0394'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {sources: ['source:intentieverklaring-2022']};

MATCH (a:Intervention {id: 'intervention:groeikernenbeleid'})
MATCH (b:Municipality {id: 'municipality:GM0530'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {sources: ['source:intentieverklaring-2022']};

MATCH (a:Intervention {id: 'intervention:groeikernenbeleid'})
MATCH (b:Municipality {id: 'municipality:GM0794'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {sources: ['source:intentieverklaring-2022']};

MATCH (a:Intervention {id: 'intervention:groeikernenbeleid'})
MATCH (b:Municipality {id: 'municipality:GM0405'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {sources: ['source:intentieverklaring-2022']};

MATCH (a:Intervention {id: 'intervention:groeikernenbeleid'})
MATCH (b:Municipality {id: 'municipality:GM0321'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {sources: ['source:intentieverklaring-2022']};

MATCH (a:Intervention {id: 'intervention:groeikernenbeleid'})
MATCH (b:Municipality {id: 'municipality:GM0406'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {sources: ['source:intentieverklaring-2022']};

MATCH (a:Intervention {id: 'intervention:groeikernenbeleid'})
MATCH (b:Municipality {id: 'municipality:GM0995'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {sources: ['source:intentieverklaring-2022']};

MATCH (a:Intervention {id: 'intervention:groeikernenbeleid'})
MATCH (b:Municipality {id: 'municipality:GM0356'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {sources: ['source:intentieverklaring-2022']};

MATCH (a:Intervention {id: 'intervention:groeikernenbeleid'})
MATCH (b:Municipality {id: 'municipality:GM0439'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {sources: ['source:intentieverklaring-2022']};

MATCH (a:Intervention {id: 'intervention:groeikernenbeleid'})
MATCH (b:Municipality {id: 'municipality:GM0637'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  sources: ['source:intentieverklaring-2022', 'source:geografie-nieuw-perspectief-groeikernen-2015'],
  note: 'Aangewezen in 1962, als eerste groeikern.',
  noteEn: 'Designated in 1962, the first growth centre.'
};

// --- Uitvoeringsagenda New Towns (2009) of the five Ortega municipalities, and its four prevention strategies

MERGE (n:Intervention {id: 'intervention:uitvoeringsagenda-new-towns-2009'})
SET n += {
  name: 'Uitvoeringsagenda New Towns (2009)',
  nameEn: 'Implementation agenda New Towns (2009)',
  description: 'Agenda van de Ortega-gemeenten Almere, Apeldoorn, Ede, Haarlemmermeer en Zoetermeer: van het wegwerken van achterstanden naar het voorkomen ervan, met vier preventiestrategieën.',
  descriptionEn: 'Agenda of the Ortega municipalities Almere, Apeldoorn, Ede, Haarlemmermeer and Zoetermeer: from clearing arrears to preventing them, with four prevention strategies.',
  kind: 'programme',
  domains: ['wonen', 'voorzieningen', 'veiligheid', 'onderwijs', 'economie']
};

MATCH (a:Intervention {id: 'intervention:uitvoeringsagenda-new-towns-2009'})
MATCH (b:Source {id: 'source:uitvoeringsagenda-new-towns-2009'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:uitvoeringsagenda-new-towns-2009'})
MATCH (b:Source {id: 'source:opennieuwsbank-uitvoeringsagenda-2009'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:uitvoeringsagenda-new-towns-2009'})
MATCH (b:Source {id: 'source:uitvoeringsagenda-new-towns-2009'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Intervention {id: 'intervention:bruisende-centrumvoorzieningen'})
SET n += {
  name: 'Bruisende centrumvoorzieningen',
  nameEn: 'Vibrant town-centre amenities',
  description: 'Preventiestrategie van de Uitvoeringsagenda New Towns gericht op de centrumvoorzieningen.',
  descriptionEn: 'Prevention strategy of the Implementation agenda New Towns aimed at town-centre amenities.',
  kind: 'policy',
  domains: ['voorzieningen']
};

MATCH (a:Intervention {id: 'intervention:bruisende-centrumvoorzieningen'})
MATCH (b:Source {id: 'source:uitvoeringsagenda-new-towns-2009'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:bruisende-centrumvoorzieningen'})
MATCH (b:Source {id: 'source:uitvoeringsagenda-new-towns-2009'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:bruisende-centrumvoorzieningen'})
MATCH (b:Intervention {id: 'intervention:uitvoeringsagenda-new-towns-2009'})
MERGE (a)-[r:PART_OF_PROGRAMME]->(b)
SET r += {sources: ['source:uitvoeringsagenda-new-towns-2009']};

MERGE (n:Intervention {id: 'intervention:wijken-van-waarde'})
SET n += {
  name: 'Wijken van waarde',
  nameEn: 'Neighbourhoods of value',
  description: 'Preventiestrategie van de Uitvoeringsagenda New Towns voor de grootschalige woonwijken.',
  descriptionEn: 'Prevention strategy of the Implementation agenda New Towns for the large-scale housing estates.',
  kind: 'policy',
  domains: ['wonen', 'ruimte']
};

MATCH (a:Intervention {id: 'intervention:wijken-van-waarde'})
MATCH (b:Source {id: 'source:uitvoeringsagenda-new-towns-2009'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:wijken-van-waarde'})
MATCH (b:Source {id: 'source:uitvoeringsagenda-new-towns-2009'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:wijken-van-waarde'})
MATCH (b:Intervention {id: 'intervention:uitvoeringsagenda-new-towns-2009'})
MERGE (a)-[r:PART_OF_PROGRAMME]->(b)
SET r += {sources: ['source:uitvoeringsagenda-new-towns-2009']};

MERGE (n:Intervention {id: 'intervention:stad-van-nieuwe-kansen'})
SET n += {
  name: 'Stad van nieuwe kansen',
  nameEn: 'City of new opportunities',
  description: 'Preventiestrategie van de Uitvoeringsagenda New Towns tegen de eenzijdige bevolkingsopbouw: hoger onderwijs en verbindingen tussen jeugd, onderwijs en werk.',
  descriptionEn: 'Prevention strategy of the Implementation agenda New Towns against the one-sided population structure: higher education and links between youth, education and work.',
  kind: 'policy',
  domains: ['onderwijs', 'economie', 'sociaal']
};

MATCH (a:Intervention {id: 'intervention:stad-van-nieuwe-kansen'})
MATCH (b:Source {id: 'source:uitvoeringsagenda-new-towns-2009'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:stad-van-nieuwe-kansen'})
MATCH (b:Source {id: 'source:uitvoeringsagenda-new-towns-2009'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:stad-van-nieuwe-kansen'})
MATCH (b:Intervention {id: 'intervention:uitvoeringsagenda-new-towns-2009'})
MERGE (a)-[r:PART_OF_PROGRAMME]->(b)
SET r += {sources: ['source:uitvoeringsagenda-new-towns-2009']};

MERGE (n:Intervention {id: 'intervention:vanzelfsprekende-veiligheid'})
SET n += {
  name: 'Vanzelfsprekende veiligheid',
  nameEn: 'Self-evident safety',
  description: 'Preventiestrategie van de Uitvoeringsagenda New Towns voor veiligheid.',
  descriptionEn: 'Prevention strategy of the Implementation agenda New Towns for safety.',
  kind: 'policy',
  domains: ['veiligheid']
};

MATCH (a:Intervention {id: 'intervention:vanzelfsprekende-veiligheid'})
MATCH (b:Source {id: 'source:uitvoeringsagenda-new-towns-2009'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:vanzelfsprekende-veiligheid'})
MATCH (b:Source {id: 'source:uitvoeringsagenda-new-towns-2009'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:vanzelfsprekende-veiligheid'})
MATCH (b:Intervention {id: 'intervention:uitvoeringsagenda-new-towns-2009'})
MERGE (a)-[r:PART_OF_PROGRAMME]->(b)
SET r += {sources: ['source:uitvoeringsagenda-new-towns-2009']};

MATCH (a:Actor {id: 'actor:ortega-gemeenten'})
MATCH (b:Intervention {id: 'intervention:uitvoeringsagenda-new-towns-2009'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'lead',
  sources: ['source:uitvoeringsagenda-new-towns-2009']
};

MATCH (a:Intervention {id: 'intervention:uitvoeringsagenda-new-towns-2009'})
MATCH (b:Municipality {id: 'municipality:GM0034'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  sources: ['source:uitvoeringsagenda-new-towns-2009'],
  note: 'Een van de vijf Ortega-gemeenten.',
  noteEn: 'One of the five Ortega municipalities.'
};

MATCH (a:Intervention {id: 'intervention:uitvoeringsagenda-new-towns-2009'})
MATCH (b:Municipality {id: 'municipality:GM0394'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  sources: ['source:uitvoeringsagenda-new-towns-2009'],
  note: 'Een van de vijf Ortega-gemeenten.',
  noteEn: 'One of the five Ortega municipalities.'
};

MATCH (a:Intervention {id: 'intervention:uitvoeringsagenda-new-towns-2009'})
MATCH (b:Municipality {id: 'municipality:GM0637'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  sources: ['source:uitvoeringsagenda-new-towns-2009'],
  note: 'Een van de vijf Ortega-gemeenten.',
  noteEn: 'One of the five Ortega municipalities.'
};

MATCH (a:Intervention {id: 'intervention:uitvoeringsagenda-new-towns-2009'})
MATCH (b:Mechanism {id: 'mechanism:gelijktijdige-veroudering'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:opennieuwsbank-uitvoeringsagenda-2009'],
  confidence: 'hypothesis',
  note: 'De agenda signaleert dat het overgrote deel van de woningen op termijn gelijktijdig groot onderhoud vergt en wil achterstanden voorkomen; effect niet gemeten.',
  noteEn: 'The agenda notes that most homes will need major maintenance at the same time and aims to prevent arrears; effect not measured.'
};

MATCH (a:Intervention {id: 'intervention:bruisende-centrumvoorzieningen'})
MATCH (b:Mechanism {id: 'mechanism:achterblijvende-voorzieningen'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:uitvoeringsagenda-new-towns-2009'],
  confidence: 'hypothesis',
  note: 'Strategie gericht op het versterken van de centrumvoorzieningen; effect niet gemeten.',
  noteEn: 'Strategy aimed at strengthening town-centre amenities; effect not measured.'
};

MATCH (a:Intervention {id: 'intervention:bruisende-centrumvoorzieningen'})
MATCH (b:Challenge {id: 'challenge:tekort-voorzieningen'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:uitvoeringsagenda-new-towns-2009'],
  confidence: 'hypothesis',
  note: 'Strategie gericht op het versterken van de centrumvoorzieningen; effect niet gemeten.',
  noteEn: 'Strategy aimed at strengthening town-centre amenities; effect not measured.'
};

MATCH (a:Intervention {id: 'intervention:wijken-van-waarde'})
MATCH (b:Challenge {id: 'challenge:vernieuwing-hele-wijken'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:uitvoeringsagenda-new-towns-2009'],
  confidence: 'hypothesis',
  note: 'Strategie voor de grootschalige woonwijken; effect niet gemeten.',
  noteEn: 'Strategy for the large-scale housing estates; effect not measured.'
};

MATCH (a:Intervention {id: 'intervention:wijken-van-waarde'})
MATCH (b:Mechanism {id: 'mechanism:monofunctionele-wijken'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:uitvoeringsagenda-new-towns-2009'],
  confidence: 'hypothesis',
  note: 'De agenda noemt eenvormige woonwijken anoniem en onveilig en zet voor die wijken deze strategie in; effect niet gemeten.',
  noteEn: 'The agenda calls uniform housing estates anonymous and unsafe and sets this strategy for them; effect not measured.'
};

MATCH (a:Intervention {id: 'intervention:stad-van-nieuwe-kansen'})
MATCH (b:Mechanism {id: 'mechanism:sociaaleconomische-sortering'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:uitvoeringsagenda-new-towns-2009'],
  confidence: 'hypothesis',
  note: 'Strategie tegen de eenzijdige bevolkingsopbouw; effect niet gemeten.',
  noteEn: 'Strategy against the one-sided population structure; effect not measured.'
};

MATCH (a:Intervention {id: 'intervention:stad-van-nieuwe-kansen'})
MATCH (b:Mechanism {id: 'mechanism:vertrek-jongeren'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:uitvoeringsagenda-new-towns-2009'],
  confidence: 'hypothesis',
  note: 'Strategie met hoger onderwijs en verbindingen tussen jeugd, onderwijs en werk; effect niet gemeten.',
  noteEn: 'Strategy with higher education and youth-education-work links; effect not measured.'
};

MATCH (a:Intervention {id: 'intervention:vanzelfsprekende-veiligheid'})
MATCH (b:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:uitvoeringsagenda-new-towns-2009'],
  confidence: 'hypothesis',
  note: 'Preventiestrategie voor veiligheid; effect niet gemeten.',
  noteEn: 'Prevention strategy for safety; effect not measured.'
};

MATCH (a:Intervention {id: 'intervention:vanzelfsprekende-veiligheid'})
MATCH (b:Mechanism {id: 'mechanism:anonimiteit-en-onveiligheidsgevoel'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:uitvoeringsagenda-new-towns-2009'],
  confidence: 'hypothesis',
  note: 'De agenda noemt eenvormige woonwijken anoniem en onveilig; deze strategie richt zich op veiligheid; effect niet gemeten.',
  noteEn: 'The agenda calls uniform housing estates anonymous and unsafe; this strategy targets safety; effect not measured.'
};

// --- Palenstein, Zoetermeer

MERGE (n:Intervention {id: 'intervention:herstructurering-palenstein'})
SET n += {
  name: 'Herstructurering Palenstein',
  nameEn: 'Restructuring of Palenstein',
  description: 'Herstructurering van de Zoetermeerse wijk Palenstein door de gemeente en de corporaties De Goede Woning, Vestia en Vidomes: in 2005 een concept-samenwerkingsovereenkomst met een structuurvisie (sloop van flats, nieuwe bouwplekken); in 2013 maakten zij bekend er ruim 700 nieuwe woningen te bouwen, onder meer jongerenwoningen en goedkope koopwoningen.',
  descriptionEn: 'Restructuring of the Zoetermeer district of Palenstein by the municipality and the housing associations De Goede Woning, Vestia and Vidomes: in 2005 a draft cooperation agreement with a structure vision (demolition of blocks, new building plots); in 2013 they announced more than 700 new homes, among them homes for young people and low-cost owner-occupied homes.',
  kind: 'programme',
  domains: ['wonen', 'ruimte'],
  period: '2005-'
};

MATCH (a:Intervention {id: 'intervention:herstructurering-palenstein'})
MATCH (b:Source {id: 'source:dearchitect-palenstein-2013'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:herstructurering-palenstein'})
MATCH (b:Source {id: 'source:zoetermeer-commissie-palenstein-2003'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Intervention {id: 'intervention:convenant-palenstein-2005'})
SET n += {
  name: 'Samenwerkingsovereenkomst Palenstein (2005)',
  nameEn: 'Palenstein cooperation agreement (2005)',
  description: 'Na afspraken van 17 januari 2005 stelden de gemeente en de corporaties De Goede Woning, Vestia en Vidomes een concept-samenwerkingsovereenkomst Palenstein op, met een concept-ruimtelijke structuurvisie; de gemeenteraad zou er in september 2005 over beslissen.',
  descriptionEn: 'After agreements of 17 January 2005 the municipality and the housing associations De Goede Woning, Vestia and Vidomes drew up a draft Palenstein cooperation agreement with a draft spatial structure vision; the council was to decide on it in September 2005.',
  kind: 'instrument',
  domains: ['wonen', 'bestuur'],
  period: '2005'
};

MATCH (a:Intervention {id: 'intervention:convenant-palenstein-2005'})
MATCH (b:Source {id: 'source:palenstein-vernieuwt-2005'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Intervention {id: 'intervention:sloop-en-nieuwbouw-palenstein'})
SET n += {
  name: 'Sloop van flats en nieuwbouw in Palenstein',
  nameEn: 'Demolition of blocks and new build in Palenstein',
  description: 'De structuurvisie van 2005 beschrijft de bouwplekken die ontstaan door de bestaande flats te slopen; in 2013 kondigden gemeente en corporaties ruim 700 nieuwe woningen aan, met een ambitie voor 200 jongerenwoningen en, na 2015, nog 300 goedkope koopwoningen om de doorstroming te bevorderen.',
  descriptionEn: 'The 2005 structure vision describes the building plots created by demolishing the existing blocks; in 2013 the municipality and the housing associations announced more than 700 new homes, aiming at 200 homes for young people and, after 2015, another 300 low-cost owner-occupied homes to promote mobility in the housing market.',
  kind: 'action',
  domains: ['wonen']
};

MATCH (a:Intervention {id: 'intervention:sloop-en-nieuwbouw-palenstein'})
MATCH (b:Source {id: 'source:palenstein-vernieuwt-2005'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:convenant-palenstein-2005'})
MATCH (b:Intervention {id: 'intervention:herstructurering-palenstein'})
MERGE (a)-[r:PART_OF_PROGRAMME]->(b)
SET r += {sources: ['source:palenstein-vernieuwt-2005']};

MATCH (a:Intervention {id: 'intervention:sloop-en-nieuwbouw-palenstein'})
MATCH (b:Intervention {id: 'intervention:herstructurering-palenstein'})
MERGE (a)-[r:PART_OF_PROGRAMME]->(b)
SET r += {sources: ['source:palenstein-vernieuwt-2005', 'source:dearchitect-palenstein-2013']};

MATCH (a:Intervention {id: 'intervention:herstructurering-palenstein'})
MATCH (b:Neighbourhood {id: 'neighbourhood:zoetermeer-palenstein'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  period: '2005-',
  sources: ['source:zoetermeer-commissie-palenstein-2003', 'source:dearchitect-palenstein-2013']
};

MATCH (a:Intervention {id: 'intervention:convenant-palenstein-2005'})
MATCH (b:Neighbourhood {id: 'neighbourhood:zoetermeer-palenstein'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {period: '2005', sources: ['source:palenstein-vernieuwt-2005']};

MATCH (a:Intervention {id: 'intervention:sloop-en-nieuwbouw-palenstein'})
MATCH (b:Neighbourhood {id: 'neighbourhood:zoetermeer-palenstein'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {sources: ['source:palenstein-vernieuwt-2005', 'source:dearchitect-palenstein-2013']};

MATCH (a:Intervention {id: 'intervention:herstructurering-palenstein'})
MATCH (b:Challenge {id: 'challenge:vernieuwing-hele-wijken'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:zoetermeer-commissie-palenstein-2003', 'source:dearchitect-palenstein-2013'],
  confidence: 'indicative',
  note: 'Sloop van vijf galerijflats en circa 700 nieuwe woningen; een lokaal nieuwsblad beschrijft Palenstein als van probleemwijk naar gewilde wijk.',
  noteEn: 'Five gallery-access blocks demolished and about 700 new homes; a local paper describes Palenstein as going from problem area to sought-after neighbourhood.'
};

MATCH (a:Intervention {id: 'intervention:herstructurering-palenstein'})
MATCH (b:Challenge {id: 'challenge:achterblijvende-woonaantrekkelijkheid'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:dearchitect-palenstein-2013'],
  confidence: 'indicative',
  note: 'de Architect (2013): de nieuwe woningen, waaronder jongerenwoningen en goedkope koopwoningen, moeten de doorstroming bevorderen; de wethouder wil dat ouder wordende bewoners, jongeren en starters er graag komen en blijven wonen. Eén bron, geen meting.',
  noteEn: 'de Architect (2013): the new homes, among them homes for young people and low-cost owner-occupied homes, are to promote mobility in the housing market; the alderman wants ageing residents, young people and starters to like coming and staying. One source, no measurement.'
};

MATCH (a:Intervention {id: 'intervention:sloop-en-nieuwbouw-palenstein'})
MATCH (b:Challenge {id: 'challenge:differentiatie-woningaanbod'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:dearchitect-palenstein-2013'],
  confidence: 'indicative',
  note: 'De nieuwbouw is gericht op een mix van huur en koop in plaats van de eenvormige galerijflats.',
  noteEn: 'The new build aims at a mix of rental and owner-occupied homes instead of uniform gallery-access blocks.'
};

// --- Sterrenkwartier-Hoog, Spijkenisse (Nissewaard)

MERGE (n:Intervention {id: 'intervention:sterrenkwartier-hoog'})
SET n += {
  name: 'Sterrenkwartier-Hoog',
  nameEn: 'Sterrenkwartier-Hoog',
  description: 'Woningcorporatie Maasdelta vervangt 688 flatwoningen uit de jaren zestig in het Spijkenisser Sterrenkwartier door circa 425 woningen.',
  descriptionEn: 'The housing association Maasdelta replaces 688 flats from the 1960s in the Sterrenkwartier of Spijkenisse with about 425 homes.',
  kind: 'action',
  domains: ['wonen']
};

MATCH (a:Intervention {id: 'intervention:sterrenkwartier-hoog'})
MATCH (b:Source {id: 'source:rijnmond-sterrenkwartier'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:maasdelta'})
MATCH (b:Intervention {id: 'intervention:sterrenkwartier-hoog'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'lead', sources: ['source:rijnmond-sterrenkwartier']};

MATCH (a:Intervention {id: 'intervention:sterrenkwartier-hoog'})
MATCH (b:Neighbourhood {id: 'neighbourhood:spijkenisse-sterrenkwartier'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {sources: ['source:rijnmond-sterrenkwartier']};

MATCH (a:Intervention {id: 'intervention:sterrenkwartier-hoog'})
MATCH (b:Challenge {id: 'challenge:vernieuwing-hele-wijken'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:rijnmond-sterrenkwartier'],
  confidence: 'indicative',
  note: 'Vervanging van 688 flatwoningen uit de jaren zestig door circa 425 woningen.',
  noteEn: 'Replacement of 688 flats from the 1960s with about 425 homes.'
};

// --- Wijkaanpak Waterland, Spijkenisse (Nissewaard)

MERGE (n:Intervention {id: 'intervention:wijkaanpak-waterland'})
SET n += {
  name: 'Wijkaanpak Waterland',
  nameEn: 'Waterland neighbourhood approach',
  description: 'Wijkaanpak in de Spijkenisser wijk Waterland, waarin onder meer Plein Vlinderveen samen met bewoners is heringericht.',
  descriptionEn: 'Neighbourhood approach in the Spijkenisse neighbourhood of Waterland, in which, among other things, Plein Vlinderveen was redesigned with residents.',
  kind: 'programme',
  domains: ['sociaal', 'ruimte']
};

MATCH (a:Intervention {id: 'intervention:wijkaanpak-waterland'})
MATCH (b:Source {id: 'source:linqmedia-plein-vlinderveen'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Intervention {id: 'intervention:herinrichting-plein-vlinderveen'})
SET n += {
  name: 'Herinrichting Plein Vlinderveen',
  nameEn: 'Redesign of Plein Vlinderveen',
  description: 'Plein Vlinderveen in Waterland samen met bewoners heringericht en feestelijk geopend, onder het motto groen en samenleven.',
  descriptionEn: 'Plein Vlinderveen in Waterland, redesigned with residents and officially opened under the heading of green and living together.',
  kind: 'action',
  domains: ['ruimte', 'sociaal']
};

MATCH (a:Intervention {id: 'intervention:herinrichting-plein-vlinderveen'})
MATCH (b:Source {id: 'source:linqmedia-plein-vlinderveen'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:herinrichting-plein-vlinderveen'})
MATCH (b:Intervention {id: 'intervention:wijkaanpak-waterland'})
MERGE (a)-[r:PART_OF_PROGRAMME]->(b)
SET r += {sources: ['source:linqmedia-plein-vlinderveen']};

MATCH (a:Actor {id: 'actor:bewoners-waterland'})
MATCH (b:Intervention {id: 'intervention:herinrichting-plein-vlinderveen'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'co-designer', sources: ['source:linqmedia-plein-vlinderveen']};

MATCH (a:Intervention {id: 'intervention:wijkaanpak-waterland'})
MATCH (b:Neighbourhood {id: 'neighbourhood:spijkenisse-waterland'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {sources: ['source:linqmedia-plein-vlinderveen']};

MATCH (a:Intervention {id: 'intervention:herinrichting-plein-vlinderveen'})
MATCH (b:Neighbourhood {id: 'neighbourhood:spijkenisse-waterland'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {sources: ['source:linqmedia-plein-vlinderveen']};

MATCH (a:Intervention {id: 'intervention:herinrichting-plein-vlinderveen'})
MATCH (b:Challenge {id: 'challenge:armoede-en-lage-sociale-cohesie'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:linqmedia-plein-vlinderveen'],
  confidence: 'hypothesis',
  note: 'Het plein is heringericht onder het motto groen en samenleven; een effect op de sociale samenhang is niet gemeten.',
  noteEn: 'The square was redesigned under the heading of green and living together; an effect on social cohesion has not been measured.'
};

// --- Zelforganisatie in New Towns (Platform31/BZK, evaluated by ABF)

MERGE (n:Intervention {id: 'intervention:experimenten-zelforganisatie-new-towns'})
SET n += {
  name: 'Experimenten Zelforganisatie in New Towns',
  nameEn: 'Self-organisation in New Towns experiments',
  description: 'Experimenten van Platform31 en BZK met zelforganisatie in New Towns, geëvalueerd door ABF Research.',
  descriptionEn: 'Experiments by Platform31 and BZK with self-organisation in New Towns, evaluated by ABF Research.',
  kind: 'programme',
  domains: ['sociaal', 'bestuur']
};

MATCH (a:Intervention {id: 'intervention:experimenten-zelforganisatie-new-towns'})
MATCH (b:Source {id: 'source:straatbeeld-uitdagingen-new-towns'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:platform31'})
MATCH (b:Intervention {id: 'intervention:experimenten-zelforganisatie-new-towns'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'lead', sources: ['source:straatbeeld-uitdagingen-new-towns']};

MATCH (a:Actor {id: 'actor:ministerie-bzk'})
MATCH (b:Intervention {id: 'intervention:experimenten-zelforganisatie-new-towns'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'partner', sources: ['source:straatbeeld-uitdagingen-new-towns']};

MATCH (a:Actor {id: 'actor:abf-research'})
MATCH (b:Intervention {id: 'intervention:experimenten-zelforganisatie-new-towns'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'evaluator', sources: ['source:straatbeeld-uitdagingen-new-towns']};

MATCH (a:Intervention {id: 'intervention:experimenten-zelforganisatie-new-towns'})
MATCH (b:Mechanism {id: 'mechanism:samenredzaamheid'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:straatbeeld-uitdagingen-new-towns'],
  confidence: 'hypothesis',
  note: 'De bron noemt de experimenten en hun evaluatie, niet hun effect; dat zij de samenredzaamheid versterken is een hypothese.',
  noteEn: 'The source names the experiments and their evaluation, not their effect; that they strengthen mutual self-reliance is a hypothesis.'
};

// --- Nationaal Programma Leefbaarheid en Veiligheid and its measures

MERGE (n:Intervention {id: 'intervention:nplv'})
SET n += {
  name: 'Nationaal Programma Leefbaarheid en Veiligheid',
  nameEn: 'National Programme for Liveability and Safety',
  description: 'Rijksprogramma (aangekondigd in juli 2022) voor 20 stedelijke focusgebieden in 19 gemeenten met circa 1,2 miljoen inwoners; zes ministeries doen mee, met een horizon van 15 tot 20 jaar. Twee focusgebieden liggen in groeikernen: Lelystad Oost en Nieuwegein Centrale As.',
  descriptionEn: 'National programme (announced July 2022) for 20 urban focus areas in 19 municipalities with about 1.2 million residents; six ministries take part, with a 15 to 20 year horizon. Two focus areas lie in growth centres: Lelystad Oost and Nieuwegein Centrale As.',
  kind: 'programme',
  domains: ['veiligheid', 'wonen', 'onderwijs', 'economie', 'sociaal']
};

MATCH (a:Intervention {id: 'intervention:nplv'})
MATCH (b:Source {id: 'source:gemeente-nu-nplv-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:nplv'})
MATCH (b:Source {id: 'source:kamerbrief-nplv-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:nplv'})
MATCH (b:Source {id: 'source:rijksoverheid-nplv-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:nplv'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:ministerie-bzk'})
MATCH (b:Intervention {id: 'intervention:nplv'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'lead', sources: ['source:intentieverklaring-2022', 'source:gemeente-nu-nplv-2022']};

MATCH (a:Intervention {id: 'intervention:nplv'})
MATCH (b:Neighbourhood {id: 'neighbourhood:lelystad-oost'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  sources: ['source:gemeente-nu-nplv-2022'],
  note: 'Stedelijk focusgebied Lelystad Oost.',
  noteEn: 'Urban focus area Lelystad Oost.'
};

MATCH (a:Intervention {id: 'intervention:nplv'})
MATCH (b:Neighbourhood {id: 'neighbourhood:nieuwegein-centrale-as'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  sources: ['source:gemeente-nu-nplv-2022'],
  note: 'Stedelijk focusgebied Nieuwegein Centrale-As.',
  noteEn: 'Urban focus area Nieuwegein Centrale-As.'
};

MATCH (a:Intervention {id: 'intervention:nplv'})
MATCH (b:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:gemeente-nu-nplv-2022', 'source:kamerbrief-nplv-2023', 'source:rijksoverheid-nplv-2024'],
  confidence: 'hypothesis',
  note: 'Het programma is gericht op het leefbaar en veilig maken van kwetsbare wijken; de rijksoverheid meldt in 2024 voortgang. Een onafhankelijke effectmeting is hier niet opgenomen.',
  noteEn: 'The programme aims to make vulnerable neighbourhoods liveable and safe; the government reported progress in 2024. No independent impact evaluation is included here.'
};

MERGE (n:Intervention {id: 'intervention:nplv-woningbouw'})
SET n += {
  name: 'Woningbouw (NPLV)',
  nameEn: 'House building (NPLV)',
  description: 'Binnen het NPLV waren in 2024 circa 15.000 woningen in voorbereiding.',
  descriptionEn: 'Under the NPLV about 15,000 homes were in preparation in 2024.',
  kind: 'action',
  domains: ['wonen']
};

MATCH (a:Intervention {id: 'intervention:nplv-woningbouw'})
MATCH (b:Source {id: 'source:rijksoverheid-nplv-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:nplv-woningbouw'})
MATCH (b:Intervention {id: 'intervention:nplv'})
MERGE (a)-[r:PART_OF_PROGRAMME]->(b)
SET r += {sources: ['source:rijksoverheid-nplv-2024']};

MATCH (a:Intervention {id: 'intervention:nplv-woningbouw'})
MATCH (b:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:rijksoverheid-nplv-2024'],
  confidence: 'hypothesis',
  note: 'Rijksoverheid (2024): bouwen, verduurzamen en baangaranties helpen de leefbaarheid en veiligheid te verbeteren; dit is de eigen voortgangsmelding van het programma.',
  noteEn: 'Government (2024): building, retrofitting and job guarantees help improve liveability and safety; this is the programme\'s own progress report.'
};

MERGE (n:Intervention {id: 'intervention:nplv-extra-leertijd'})
SET n += {
  name: 'Extra leertijd (NPLV)',
  nameEn: 'Extra learning time (NPLV)',
  description: 'Extra leertijd voor circa 53.000 kinderen binnen het NPLV.',
  descriptionEn: 'Extra learning time for about 53,000 children under the NPLV.',
  kind: 'action',
  domains: ['onderwijs']
};

MATCH (a:Intervention {id: 'intervention:nplv-extra-leertijd'})
MATCH (b:Source {id: 'source:rijksoverheid-nplv-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:nplv-extra-leertijd'})
MATCH (b:Intervention {id: 'intervention:nplv'})
MERGE (a)-[r:PART_OF_PROGRAMME]->(b)
SET r += {sources: ['source:rijksoverheid-nplv-2024']};

MATCH (a:Intervention {id: 'intervention:nplv-extra-leertijd'})
MATCH (b:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:rijksoverheid-nplv-2024'],
  confidence: 'hypothesis',
  note: 'Rijksoverheid (2024): bouwen, verduurzamen en baangaranties helpen de leefbaarheid en veiligheid te verbeteren; dit is de eigen voortgangsmelding van het programma.',
  noteEn: 'Government (2024): building, retrofitting and job guarantees help improve liveability and safety; this is the programme\'s own progress report.'
};

MERGE (n:Intervention {id: 'intervention:nplv-baangaranties-jongeren'})
SET n += {
  name: 'Baangaranties voor jongeren (NPLV)',
  nameEn: 'Job guarantees for young people (NPLV)',
  description: 'Baangaranties voor jongeren binnen het NPLV.',
  descriptionEn: 'Job guarantees for young people under the NPLV.',
  kind: 'instrument',
  domains: ['economie', 'onderwijs']
};

MATCH (a:Intervention {id: 'intervention:nplv-baangaranties-jongeren'})
MATCH (b:Source {id: 'source:rijksoverheid-nplv-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:nplv-baangaranties-jongeren'})
MATCH (b:Intervention {id: 'intervention:nplv'})
MERGE (a)-[r:PART_OF_PROGRAMME]->(b)
SET r += {sources: ['source:rijksoverheid-nplv-2024']};

MATCH (a:Intervention {id: 'intervention:nplv-baangaranties-jongeren'})
MATCH (b:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:rijksoverheid-nplv-2024'],
  confidence: 'hypothesis',
  note: 'Rijksoverheid (2024): bouwen, verduurzamen en baangaranties helpen de leefbaarheid en veiligheid te verbeteren; dit is de eigen voortgangsmelding van het programma.',
  noteEn: 'Government (2024): building, retrofitting and job guarantees help improve liveability and safety; this is the programme\'s own progress report.'
};

MERGE (n:Intervention {id: 'intervention:nplv-preventie-jeugdcriminaliteit'})
SET n += {
  name: 'Preventie van jeugdcriminaliteit (NPLV)',
  nameEn: 'Prevention of youth crime (NPLV)',
  description: 'Inzet op het voorkomen van jeugdcriminaliteit binnen het NPLV.',
  descriptionEn: 'Effort to prevent youth crime under the NPLV.',
  kind: 'action',
  domains: ['veiligheid']
};

MATCH (a:Intervention {id: 'intervention:nplv-preventie-jeugdcriminaliteit'})
MATCH (b:Source {id: 'source:rijksoverheid-nplv-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:nplv-preventie-jeugdcriminaliteit'})
MATCH (b:Intervention {id: 'intervention:nplv'})
MERGE (a)-[r:PART_OF_PROGRAMME]->(b)
SET r += {sources: ['source:rijksoverheid-nplv-2024']};

MATCH (a:Intervention {id: 'intervention:nplv-preventie-jeugdcriminaliteit'})
MATCH (b:Challenge {id: 'challenge:jeugdcriminaliteit'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:rijksoverheid-nplv-2024'],
  confidence: 'hypothesis',
  note: 'Rijksoverheid (2024): bouwen, verduurzamen en baangaranties helpen de leefbaarheid en veiligheid te verbeteren; dit is de eigen voortgangsmelding van het programma.',
  noteEn: 'Government (2024): building, retrofitting and job guarantees help improve liveability and safety; this is the programme\'s own progress report.'
};

MERGE (n:Intervention {id: 'intervention:nplv-inzet-buiten-focusgebieden'})
SET n += {
  name: 'Inzet buiten de 20 stedelijke focusgebieden (NPLV)',
  nameEn: 'Effort outside the 20 urban focus areas (NPLV)',
  description: 'Onderdeel van het NPLV (pagina 40 van het programma) waaronder het leernetwerk Toekomstbestendige New Towns valt.',
  descriptionEn: 'Part of the NPLV (page 40 of the programme) under which the learning network Future-proof New Towns falls.',
  kind: 'policy',
  domains: ['bestuur']
};

MATCH (a:Intervention {id: 'intervention:nplv-inzet-buiten-focusgebieden'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:nplv-inzet-buiten-focusgebieden'})
MATCH (b:Intervention {id: 'intervention:nplv'})
MERGE (a)-[r:PART_OF_PROGRAMME]->(b)
SET r += {sources: ['source:intentieverklaring-2022']};

// --- The learning network as an intervention, and the research it started

MERGE (n:Intervention {id: 'intervention:leernetwerk-kennisuitwisseling'})
SET n += {
  name: 'Leernetwerk Toekomstbestendige New Towns: integrale kennisuitwisseling',
  nameEn: 'Learning network Future-proof New Towns: integrated knowledge exchange',
  description: 'Het leernetwerk faciliteert kennisuitwisseling tussen de voormalige groeikernen, zoekt de onderliggende oorzaken en mechanismen, en brengt in kaart welk beleid en welke interventies de kansen verzilveren en de uitdagingen aanpakken. Bedoeld om te starten in het eerste kwartaal van 2023.',
  descriptionEn: 'The learning network fosters knowledge exchange between the former growth centres, looks for the underlying causes and mechanisms, and maps which policies and interventions seize the opportunities and meet the challenges. Meant to start in the first quarter of 2023.',
  kind: 'programme',
  domains: ['bestuur']
};

MATCH (a:Intervention {id: 'intervention:leernetwerk-kennisuitwisseling'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:leernetwerk-kennisuitwisseling'})
MATCH (b:Intervention {id: 'intervention:nplv-inzet-buiten-focusgebieden'})
MERGE (a)-[r:PART_OF_PROGRAMME]->(b)
SET r += {sources: ['source:intentieverklaring-2022']};

MATCH (a:Actor {id: 'actor:leernetwerk-toekomstbestendige-new-towns'})
MATCH (b:Intervention {id: 'intervention:leernetwerk-kennisuitwisseling'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'lead', sources: ['source:intentieverklaring-2022']};

MATCH (a:Actor {id: 'actor:ministerie-bzk'})
MATCH (b:Intervention {id: 'intervention:leernetwerk-kennisuitwisseling'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'partner', sources: ['source:intentieverklaring-2022']};

MATCH (a:Municipality {id: 'municipality:GM0034'})
MATCH (b:Intervention {id: 'intervention:leernetwerk-kennisuitwisseling'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'partner', sources: ['source:intentieverklaring-2022']};

MATCH (a:Municipality {id: 'municipality:GM0502'})
MATCH (b:Intervention {id: 'intervention:leernetwerk-kennisuitwisseling'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'partner', sources: ['source:intentieverklaring-2022']};

MATCH (a:Municipality {id: 'municipality:GM0356'})
MATCH (b:Intervention {id: 'intervention:leernetwerk-kennisuitwisseling'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'partner', sources: ['source:intentieverklaring-2022']};

MATCH (a:Municipality {id: 'municipality:GM1930'})
MATCH (b:Intervention {id: 'intervention:leernetwerk-kennisuitwisseling'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'partner', sources: ['source:intentieverklaring-2022']};

MATCH (a:Municipality {id: 'municipality:GM0637'})
MATCH (b:Intervention {id: 'intervention:leernetwerk-kennisuitwisseling'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'partner', sources: ['source:intentieverklaring-2022']};

MATCH (a:Intervention {id: 'intervention:leernetwerk-kennisuitwisseling'})
MATCH (b:Challenge {id: 'challenge:dalende-sociaaleconomische-positie'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:intentieverklaring-2022'],
  confidence: 'hypothesis',
  note: 'De intentieverklaring nodigt uit tot gezamenlijk werken aan het aanpakken van de uitdagingen; het leernetwerk is daarvoor bedoeld. Effect nog niet bekend.',
  noteEn: 'The declaration invites joint work on meeting the challenges; the learning network is meant for that. Effect not yet known.'
};

MATCH (a:Intervention {id: 'intervention:leernetwerk-kennisuitwisseling'})
MATCH (b:Challenge {id: 'challenge:achterblijvende-woonaantrekkelijkheid'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:intentieverklaring-2022'],
  confidence: 'hypothesis',
  note: 'De intentieverklaring nodigt uit tot gezamenlijk werken aan het aanpakken van de uitdagingen; het leernetwerk is daarvoor bedoeld. Effect nog niet bekend.',
  noteEn: 'The declaration invites joint work on meeting the challenges; the learning network is meant for that. Effect not yet known.'
};

MATCH (a:Intervention {id: 'intervention:leernetwerk-kennisuitwisseling'})
MATCH (b:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:intentieverklaring-2022'],
  confidence: 'hypothesis',
  note: 'De intentieverklaring nodigt uit tot gezamenlijk werken aan het aanpakken van de uitdagingen; het leernetwerk is daarvoor bedoeld. Effect nog niet bekend.',
  noteEn: 'The declaration invites joint work on meeting the challenges; the learning network is meant for that. Effect not yet known.'
};

MATCH (a:Intervention {id: 'intervention:leernetwerk-kennisuitwisseling'})
MATCH (b:Opportunity {id: 'opportunity:veel-groen'})
MERGE (a)-[r:LEVERAGES]->(b)
SET r += {
  sources: ['source:intentieverklaring-2022'],
  note: 'De intentieverklaring: samen werken aan het verzilveren van de kansen.',
  noteEn: 'The declaration: working together to seize the opportunities.'
};

MATCH (a:Intervention {id: 'intervention:leernetwerk-kennisuitwisseling'})
MATCH (b:Opportunity {id: 'opportunity:betaalbare-woningen'})
MERGE (a)-[r:LEVERAGES]->(b)
SET r += {
  sources: ['source:intentieverklaring-2022'],
  note: 'De intentieverklaring: samen werken aan het verzilveren van de kansen.',
  noteEn: 'The declaration: working together to seize the opportunities.'
};

MATCH (a:Intervention {id: 'intervention:leernetwerk-kennisuitwisseling'})
MATCH (b:Opportunity {id: 'opportunity:ruimte-voor-woningbouw'})
MERGE (a)-[r:LEVERAGES]->(b)
SET r += {
  sources: ['source:intentieverklaring-2022'],
  note: 'De intentieverklaring: samen werken aan het verzilveren van de kansen.',
  noteEn: 'The declaration: working together to seize the opportunities.'
};

MATCH (a:Intervention {id: 'intervention:leernetwerk-kennisuitwisseling'})
MATCH (b:Opportunity {id: 'opportunity:verduurzaming-oudere-wijken'})
MERGE (a)-[r:LEVERAGES]->(b)
SET r += {
  sources: ['source:intentieverklaring-2022'],
  note: 'De intentieverklaring: samen werken aan het verzilveren van de kansen.',
  noteEn: 'The declaration: working together to seize the opportunities.'
};

MERGE (n:Intervention {id: 'intervention:onderzoek-onderliggende-mechanismen'})
SET n += {
  name: 'Onderzoek naar de onderliggende mechanismen in New Towns',
  nameEn: 'Research into the underlying mechanisms in New Towns',
  description: 'Onderzoek van eind 2023 tot begin 2024 door het Verwey-Jonker Instituut en anderen, uitgemond in het rapport Zorgen voor New Towns (2024), in opdracht van BZK en de New Town Alliantie.',
  descriptionEn: 'Research from late 2023 to early 2024 by the Verwey-Jonker Instituut and others, resulting in the report Zorgen voor New Towns (2024), commissioned by BZK and the New Town Alliance.',
  kind: 'action',
  domains: ['bestuur'],
  period: '2023-2024'
};

MATCH (a:Intervention {id: 'intervention:onderzoek-onderliggende-mechanismen'})
MATCH (b:Source {id: 'source:mra-new-towns-alliantie-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:onderzoek-onderliggende-mechanismen'})
MATCH (b:Source {id: 'source:zoetermeer-nu-actie-nodig-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:onderzoek-onderliggende-mechanismen'})
MATCH (b:Source {id: 'source:zorgen-voor-new-towns-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:verwey-jonker-instituut'})
MATCH (b:Intervention {id: 'intervention:onderzoek-onderliggende-mechanismen'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'lead',
  sources: ['source:mra-new-towns-alliantie-2023', 'source:zoetermeer-nu-actie-nodig-2024']
};

MATCH (a:Actor {id: 'actor:bureau-louter'})
MATCH (b:Intervention {id: 'intervention:onderzoek-onderliggende-mechanismen'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'partner', sources: ['source:zoetermeer-nu-actie-nodig-2024']};

MATCH (a:Actor {id: 'actor:platform31'})
MATCH (b:Intervention {id: 'intervention:onderzoek-onderliggende-mechanismen'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'partner', sources: ['source:zoetermeer-nu-actie-nodig-2024']};

MATCH (a:Actor {id: 'actor:ministerie-bzk'})
MATCH (b:Intervention {id: 'intervention:onderzoek-onderliggende-mechanismen'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'commissioner',
  sources: ['source:zoetermeer-nu-actie-nodig-2024']
};

MATCH (a:Actor {id: 'actor:new-town-alliantie'})
MATCH (b:Intervention {id: 'intervention:onderzoek-onderliggende-mechanismen'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {
  role: 'commissioner',
  sources: ['source:zoetermeer-nu-actie-nodig-2024']
};

// --- Housing-association levers (RIGO, Veerkracht in het corporatiebezit)

MERGE (n:Intervention {id: 'intervention:corporatie-sturing-veerkracht'})
SET n += {
  name: 'Sturing door woningcorporaties op veerkracht bij kwetsbare instroom',
  nameEn: 'Housing associations steering on resilience when vulnerable tenants move in',
  description: 'De knoppen van woningcorporaties die volgens RIGO samengaan met stabiele leefbaarheid ondanks de instroom van kwetsbare huishoudens.',
  descriptionEn: 'The levers of housing associations that, according to RIGO, go with stable liveability despite an influx of vulnerable households.',
  kind: 'policy',
  domains: ['wonen', 'zorg', 'sociaal'],
  activeIngredients: ['kwaliteit van het woningbezit', 'sturing op instroom (screening)', 'afspraken met zorgpartners', 'sociaal beheer'],
  activeIngredientsEn: ['quality of the housing stock', 'steering on who moves in (screening)', 'agreements with care partners', 'social management']
};

MATCH (a:Intervention {id: 'intervention:corporatie-sturing-veerkracht'})
MATCH (b:Source {id: 'source:rigo-veerkracht-corporatiebezit'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:woningcorporaties'})
MATCH (b:Intervention {id: 'intervention:corporatie-sturing-veerkracht'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'lead', sources: ['source:rigo-veerkracht-corporatiebezit']};

MATCH (a:Intervention {id: 'intervention:corporatie-sturing-veerkracht'})
MATCH (b:Mechanism {id: 'mechanism:concentratie-kwetsbare-huishoudens'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:rigo-veerkracht-corporatiebezit'],
  confidence: 'indicative',
  note: 'RIGO: waar corporaties op deze knoppen sturen, blijft de leefbaarheid stabiel ondanks kwetsbare instroom (samenhang, geen experiment).',
  noteEn: 'RIGO: where associations use these levers, liveability stays stable despite vulnerable inflow (correlation, not an experiment).'
};

MATCH (a:Intervention {id: 'intervention:corporatie-sturing-veerkracht'})
MATCH (b:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:rigo-veerkracht-corporatiebezit'],
  confidence: 'indicative',
  note: 'RIGO: samenhang tussen deze knoppen en stabiele leefbaarheid.',
  noteEn: 'RIGO: correlation between these levers and stable liveability.'
};

MERGE (n:Intervention {id: 'intervention:kwaliteit-woningbezit'})
SET n += {
  name: 'Kwaliteit van het woningbezit',
  nameEn: 'Quality of the housing stock',
  description: 'Investeren in en op peil houden van de kwaliteit van het corporatiebezit.',
  descriptionEn: 'Investing in and keeping up the quality of the association stock.',
  kind: 'instrument',
  domains: ['wonen', 'sociaal']
};

MATCH (a:Intervention {id: 'intervention:kwaliteit-woningbezit'})
MATCH (b:Source {id: 'source:rigo-veerkracht-corporatiebezit'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:kwaliteit-woningbezit'})
MATCH (b:Intervention {id: 'intervention:corporatie-sturing-veerkracht'})
MERGE (a)-[r:PART_OF_PROGRAMME]->(b)
SET r += {sources: ['source:rigo-veerkracht-corporatiebezit']};

MATCH (a:Actor {id: 'actor:woningcorporaties'})
MATCH (b:Intervention {id: 'intervention:kwaliteit-woningbezit'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'lead', sources: ['source:rigo-veerkracht-corporatiebezit']};

MATCH (a:Intervention {id: 'intervention:kwaliteit-woningbezit'})
MATCH (b:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:rigo-veerkracht-corporatiebezit'],
  confidence: 'indicative',
  note: 'RIGO: samenhang met stabiele leefbaarheid ondanks kwetsbare instroom (geen experiment).',
  noteEn: 'RIGO: correlates with stable liveability despite vulnerable inflow (not an experiment).'
};

MERGE (n:Intervention {id: 'intervention:sturing-op-instroom'})
SET n += {
  name: 'Sturing op instroom (screening)',
  nameEn: 'Steering on who moves in (screening)',
  description: 'Sturen op wie er in een complex of buurt komt wonen, onder meer door screening.',
  descriptionEn: 'Steering on who moves into a block or neighbourhood, among other things by screening.',
  kind: 'instrument',
  domains: ['wonen', 'sociaal']
};

MATCH (a:Intervention {id: 'intervention:sturing-op-instroom'})
MATCH (b:Source {id: 'source:rigo-veerkracht-corporatiebezit'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:sturing-op-instroom'})
MATCH (b:Intervention {id: 'intervention:corporatie-sturing-veerkracht'})
MERGE (a)-[r:PART_OF_PROGRAMME]->(b)
SET r += {sources: ['source:rigo-veerkracht-corporatiebezit']};

MATCH (a:Actor {id: 'actor:woningcorporaties'})
MATCH (b:Intervention {id: 'intervention:sturing-op-instroom'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'lead', sources: ['source:rigo-veerkracht-corporatiebezit']};

MATCH (a:Intervention {id: 'intervention:sturing-op-instroom'})
MATCH (b:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:rigo-veerkracht-corporatiebezit'],
  confidence: 'indicative',
  note: 'RIGO: samenhang met stabiele leefbaarheid ondanks kwetsbare instroom (geen experiment).',
  noteEn: 'RIGO: correlates with stable liveability despite vulnerable inflow (not an experiment).'
};

MATCH (a:Intervention {id: 'intervention:sturing-op-instroom'})
MATCH (b:Mechanism {id: 'mechanism:concentratie-kwetsbare-huishoudens'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:rigo-veerkracht-corporatiebezit'],
  confidence: 'indicative',
  note: 'RIGO: sturing op instroom is een van de knoppen die samengaan met stabiele leefbaarheid bij kwetsbare instroom.',
  noteEn: 'RIGO: steering on who moves in is one of the levers that go with stable liveability under vulnerable inflow.'
};

MERGE (n:Intervention {id: 'intervention:afspraken-zorgpartners'})
SET n += {
  name: 'Afspraken met zorgpartners',
  nameEn: 'Agreements with care partners',
  description: 'Afspraken tussen corporatie en zorgpartners over de begeleiding van kwetsbare huurders.',
  descriptionEn: 'Agreements between the association and care partners on supporting vulnerable tenants.',
  kind: 'instrument',
  domains: ['wonen', 'zorg']
};

MATCH (a:Intervention {id: 'intervention:afspraken-zorgpartners'})
MATCH (b:Source {id: 'source:rigo-veerkracht-corporatiebezit'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:afspraken-zorgpartners'})
MATCH (b:Intervention {id: 'intervention:corporatie-sturing-veerkracht'})
MERGE (a)-[r:PART_OF_PROGRAMME]->(b)
SET r += {sources: ['source:rigo-veerkracht-corporatiebezit']};

MATCH (a:Actor {id: 'actor:woningcorporaties'})
MATCH (b:Intervention {id: 'intervention:afspraken-zorgpartners'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'lead', sources: ['source:rigo-veerkracht-corporatiebezit']};

MATCH (a:Intervention {id: 'intervention:afspraken-zorgpartners'})
MATCH (b:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:rigo-veerkracht-corporatiebezit'],
  confidence: 'indicative',
  note: 'RIGO: samenhang met stabiele leefbaarheid ondanks kwetsbare instroom (geen experiment).',
  noteEn: 'RIGO: correlates with stable liveability despite vulnerable inflow (not an experiment).'
};

MERGE (n:Intervention {id: 'intervention:sociaal-beheer'})
SET n += {
  name: 'Sociaal beheer',
  nameEn: 'Social management',
  description: 'Sociaal beheer door de corporatie in de buurt.',
  descriptionEn: 'Social management by the association in the neighbourhood.',
  kind: 'instrument',
  domains: ['wonen', 'sociaal']
};

MATCH (a:Intervention {id: 'intervention:sociaal-beheer'})
MATCH (b:Source {id: 'source:rigo-veerkracht-corporatiebezit'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:sociaal-beheer'})
MATCH (b:Intervention {id: 'intervention:corporatie-sturing-veerkracht'})
MERGE (a)-[r:PART_OF_PROGRAMME]->(b)
SET r += {sources: ['source:rigo-veerkracht-corporatiebezit']};

MATCH (a:Actor {id: 'actor:woningcorporaties'})
MATCH (b:Intervention {id: 'intervention:sociaal-beheer'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'lead', sources: ['source:rigo-veerkracht-corporatiebezit']};

MATCH (a:Intervention {id: 'intervention:sociaal-beheer'})
MATCH (b:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  sources: ['source:rigo-veerkracht-corporatiebezit'],
  confidence: 'indicative',
  note: 'RIGO: samenhang met stabiele leefbaarheid ondanks kwetsbare instroom (geen experiment).',
  noteEn: 'RIGO: correlates with stable liveability despite vulnerable inflow (not an experiment).'
};

// --- Safety: the Krachtwijken caveat
MERGE (n:Intervention {id: 'intervention:krachtwijkenbeleid'})
SET n += {
  name: 'Krachtwijkenbeleid',
  nameEn: 'Krachtwijken (empowered neighbourhoods) policy',
  description: 'Landelijk wijkenbeleid voor aandachtswijken. Volgens een secundaire bron vond het SCP geen robuuste effecten op leefbaarheid en veiligheid.',
  descriptionEn: 'National policy for deprived neighbourhoods. According to a secondary source, the SCP found no robust effects on liveability and safety.',
  kind: 'policy',
  domains: ['wonen', 'sociaal', 'veiligheid']
};

// --- Young heritage: New Town Lab Meerzicht

MATCH (a:Intervention {id: 'intervention:groeikernenbeleid'})
MATCH (b:Municipality {id: 'municipality:GM0612'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  sources: ['source:geografie-nieuw-perspectief-groeikernen-2015'],
  note: 'De groeikern was Spijkenisse, sinds 2015 deel van Nissewaard; de intentieverklaring noemt de huidige gemeente Nissewaard.',
  noteEn: 'The growth centre was Spijkenisse, part of Nissewaard since 2015; the declaration names today\'s municipality of Nissewaard.'
};
