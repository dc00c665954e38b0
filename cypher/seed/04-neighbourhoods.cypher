// Seed graph 04: neighbourhoods of the five kopgroep municipalities, plus Lelystad Oost (NPLV focus area).
// The kopgroep's CBS wijken, all in ONE division, that of 2024 (codeYear 2024): code and name as CBS publishes them in
// Wijken en Buurten 2024 (read in a machine extract of PDOK's WFS service of that dataset, docs/data.md), and the
// population of 1 January 2024 from Kerncijfers wijken en buurten 2024 (85984NED), which has exactly the same codes.
// A wijk that an earlier source already named (Waterland, Sterrenkwartier) keeps its id and gets its code.
// Areas that are no CBS wijk of 2024 (Schollevaar-Oost, the Centrale As, Palenstein, Lelystad Oost) have no code.
// Every neighbourhood is PART_OF its municipality; sub-areas are also PART_OF the larger area.

// --- Almere (GM0034): the 71 CBS wijken of 2024 (its wijk 99, 'Groot water', has no residents and is not in 85984NED).
// Almere Haven, wijk 01 of the 2020 division, is in 09-programmes-and-places.cypher, without a code: in 2024 WK003401
// is the wijk Centrum Almere Haven (which 2024 wijken make up the Almere Haven of 2020, no source read says).
UNWIND [
  {code: 'WK003401', name: 'Centrum Almere Haven', inwoners: '1.765', residents: '1,765'},
  {code: 'WK003402', name: 'De Werven', inwoners: '2.880', residents: '2,880'},
  {code: 'WK003403', name: 'De Hoven', inwoners: '2.495', residents: '2,495'},
  {code: 'WK003404', name: 'De Meenten', inwoners: '2.200', residents: '2,200'},
  {code: 'WK003405', name: 'De Grienden', inwoners: '2.310', residents: '2,310'},
  {code: 'WK003406', name: 'De Marken', inwoners: '2.995', residents: '2,995'},
  {code: 'WK003407', name: 'De Gouwen', inwoners: '2.720', residents: '2,720'},
  {code: 'WK003408', name: 'De Wierden', inwoners: '3.655', residents: '3,655'},
  {code: 'WK003409', name: 'De Velden', inwoners: '1.515', residents: '1,515'},
  {code: 'WK003410', name: 'Overgooi', inwoners: '630', residents: '630'},
  {code: 'WK003411', name: 'De Laren', inwoners: '1.145', residents: '1,145'},
  {code: 'WK003414', name: 'De Steiger', inwoners: '70', residents: '70'},
  {code: 'WK003415', name: 'Stichtsekant', inwoners: '0', residents: '0'},
  {code: 'WK003416', name: 'Overig Almere Haven', inwoners: '10', residents: '10'},
  {code: 'WK003417', name: 'Centrum Almere Stad', inwoners: '6.280', residents: '6,280'},
  {code: 'WK003418', name: 'Filmwijk', inwoners: '10.425', residents: '10,425'},
  {code: 'WK003419', name: 'Danswijk', inwoners: '5.640', residents: '5,640'},
  {code: 'WK003420', name: 'Parkwijk', inwoners: '5.460', residents: '5,460'},
  {code: 'WK003421', name: 'Verzetswijk', inwoners: '3.460', residents: '3,460'},
  {code: 'WK003422', name: 'Waterwijk', inwoners: '7.410', residents: '7,410'},
  {code: 'WK003423', name: 'Tussen de Vaarten Noord', inwoners: '6.030', residents: '6,030'},
  {code: 'WK003424', name: 'Tussen de Vaarten Zuid', inwoners: '9.915', residents: '9,915'},
  {code: 'WK003425', name: 'Staatsliedenwijk', inwoners: '2.440', residents: '2,440'},
  {code: 'WK003426', name: 'Kruidenwijk', inwoners: '7.935', residents: '7,935'},
  {code: 'WK003427', name: 'Stedenwijk', inwoners: '10.340', residents: '10,340'},
  {code: 'WK003428', name: 'Muziekwijk Noord', inwoners: '11.110', residents: '11,110'},
  {code: 'WK003429', name: 'Muziekwijk Zuid', inwoners: '6.260', residents: '6,260'},
  {code: 'WK003430', name: 'Literatuurwijk', inwoners: '9.695', residents: '9,695'},
  {code: 'WK003431', name: 'Noorderplassen', inwoners: '8.050', residents: '8,050'},
  {code: 'WK003432', name: 'Hortus', inwoners: '245', residents: '245'},
  {code: 'WK003434', name: 'Randstad', inwoners: '15', residents: '15'},
  {code: 'WK003435', name: 'Markerkant', inwoners: '45', residents: '45'},
  {code: 'WK003436', name: 'Hollandsekant', inwoners: '0', residents: '0'},
  {code: 'WK003437', name: 'Gooisekant', inwoners: '155', residents: '155'},
  {code: 'WK003438', name: 'Veluwsekant', inwoners: '5', residents: '5'},
  {code: 'WK003439', name: 'Sallandsekant', inwoners: '0', residents: '0'},
  {code: 'WK003440', name: 'Overig Almere Stad', inwoners: '0', residents: '0'},
  {code: 'WK003441', name: 'Centrum Almere Buiten', inwoners: '2.465', residents: '2,465'},
  {code: 'WK003442', name: 'Oostvaardersbuurt', inwoners: '5.770', residents: '5,770'},
  {code: 'WK003443', name: 'Seizoenenbuurt', inwoners: '5.045', residents: '5,045'},
  {code: 'WK003444', name: 'Molenbuurt', inwoners: '3.990', residents: '3,990'},
  {code: 'WK003445', name: 'Bouwmeesterbuurt', inwoners: '4.375', residents: '4,375'},
  {code: 'WK003446', name: 'Landgoederenbuurt', inwoners: '4.030', residents: '4,030'},
  {code: 'WK003447', name: 'Faunabuurt', inwoners: '4.320', residents: '4,320'},
  {code: 'WK003448', name: 'Bloemenbuurt', inwoners: '5.280', residents: '5,280'},
  {code: 'WK003449', name: 'Regenboogbuurt', inwoners: '5.260', residents: '5,260'},
  {code: 'WK003450', name: 'Indischebuurt', inwoners: '3.240', residents: '3,240'},
  {code: 'WK003451', name: 'Eilandenbuurt', inwoners: '6.045', residents: '6,045'},
  {code: 'WK003452', name: 'Stripheldenbuurt', inwoners: '7.140', residents: '7,140'},
  {code: 'WK003453', name: 'Sieradenbuurt', inwoners: '1.080', residents: '1,080'},
  {code: 'WK003456', name: 'Poldervlak', inwoners: '55', residents: '55'},
  {code: 'WK003457', name: 'De Vaart', inwoners: '10', residents: '10'},
  {code: 'WK003458', name: 'Buitenvaart', inwoners: '190', residents: '190'},
  {code: 'WK003459', name: 'Overig Almere Buiten', inwoners: '100', residents: '100'},
  {code: 'WK003460', name: 'Europakwartier Oost', inwoners: '920', residents: '920'},
  {code: 'WK003461', name: 'Europakwartier West', inwoners: '4.805', residents: '4,805'},
  {code: 'WK003462', name: 'Columbuskwartier', inwoners: '3.325', residents: '3,325'},
  {code: 'WK003463', name: 'Homeruskwartier', inwoners: '8.025', residents: '8,025'},
  {code: 'WK003464', name: 'Olympiakwartier Oost', inwoners: '70', residents: '70'},
  {code: 'WK003465', name: 'Olympiakwartier West', inwoners: '1.355', residents: '1,355'},
  {code: 'WK003466', name: 'Duin', inwoners: '3.310', residents: '3,310'},
  {code: 'WK003471', name: 'Hogekant', inwoners: '0', residents: '0'},
  {code: 'WK003472', name: 'Middenkant', inwoners: '5', residents: '5'},
  {code: 'WK003473', name: 'Lagekant', inwoners: '0', residents: '0'},
  {code: 'WK003474', name: 'Overig Almere Poort', inwoners: '0', residents: '0'},
  {code: 'WK003475', name: 'Vogelhorst', inwoners: '1.605', residents: '1,605'},
  {code: 'WK003476', name: 'Nobelhorst', inwoners: '4.070', residents: '4,070'},
  {code: 'WK003477', name: 'Oosterwold', inwoners: '5.230', residents: '5,230'},
  {code: 'WK003479', name: 'Twentsekant', inwoners: '0', residents: '0'},
  {code: 'WK003485', name: 'Overig Almere Hout', inwoners: '80', residents: '80'},
  {code: 'WK003496', name: 'Overig Almere Pampus', inwoners: '5', residents: '5'}
] AS w
MERGE (n:Neighbourhood {id: 'neighbourhood:' + w.code})
SET n += {
  name: w.name,
  nameEn: w.name,
  description: 'CBS-wijk ' + w.code + ' in de indeling van 2024.',
  descriptionEn: 'CBS district ' + w.code + ' in the 2024 division.',
  kind: 'wijk',
  code: w.code,
  codeYear: 2024
}
WITH n, w
MATCH (m:Municipality {id: 'municipality:GM0034'})
MATCH (s:Source {id: 'source:cbs-wijken-en-buurten-2024'})
MATCH (k:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (n)-[:PART_OF]->(m)
MERGE (n)-[:SUPPORTED_BY]->(s)
MERGE (n)-[r:SUPPORTED_BY]->(k)
SET r += {
  note: 'Wijk ' + w.code + ' in de indeling van 2024: ' + w.inwoners + ' inwoners op 1 januari 2024 (afgerond op een vijftal).',
  noteEn: 'District ' + w.code + ' in the 2024 division: ' + w.residents + ' residents on 1 January 2024 (rounded to a multiple of five).'
};

// --- Capelle aan den IJssel (GM0502): the 9 CBS wijken of 2024

MERGE (n:Neighbourhood {id: 'neighbourhood:WK050201'})
SET n += {
  name: 'Capelle West en \'s Gravenland',
  nameEn: 'Capelle West en \'s Gravenland',
  description: 'CBS-wijk WK050201 in de indeling van 2024.',
  descriptionEn: 'CBS district WK050201 in the 2024 division.',
  kind: 'wijk',
  code: 'WK050201',
  codeYear: 2024
};

MATCH (a:Neighbourhood {id: 'neighbourhood:WK050201'})
MATCH (b:Municipality {id: 'municipality:GM0502'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:WK050201'})
MATCH (b:Source {id: 'source:cbs-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:WK050201'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Wijk WK050201 in de indeling van 2024: 9.290 inwoners op 1 januari 2024 (afgerond op een vijftal).',
  noteEn: 'District WK050201 in the 2024 division: 9,290 residents on 1 January 2024 (rounded to a multiple of five).'
};

MERGE (n:Neighbourhood {id: 'neighbourhood:WK050202'})
SET n += {
  name: 'Middelwatering West',
  nameEn: 'Middelwatering West',
  description: 'CBS-wijk WK050202 in de indeling van 2024.',
  descriptionEn: 'CBS district WK050202 in the 2024 division.',
  kind: 'wijk',
  code: 'WK050202',
  codeYear: 2024
};

MATCH (a:Neighbourhood {id: 'neighbourhood:WK050202'})
MATCH (b:Municipality {id: 'municipality:GM0502'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:WK050202'})
MATCH (b:Source {id: 'source:cbs-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:WK050202'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Wijk WK050202 in de indeling van 2024: 8.045 inwoners op 1 januari 2024 (afgerond op een vijftal).',
  noteEn: 'District WK050202 in the 2024 division: 8,045 residents on 1 January 2024 (rounded to a multiple of five).'
};

MERGE (n:Neighbourhood {id: 'neighbourhood:WK050203'})
SET n += {
  name: 'Middelwatering Oost',
  nameEn: 'Middelwatering Oost',
  description: 'CBS-wijk WK050203 in de indeling van 2024.',
  descriptionEn: 'CBS district WK050203 in the 2024 division.',
  kind: 'wijk',
  code: 'WK050203',
  codeYear: 2024
};

MATCH (a:Neighbourhood {id: 'neighbourhood:WK050203'})
MATCH (b:Municipality {id: 'municipality:GM0502'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:WK050203'})
MATCH (b:Source {id: 'source:cbs-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:WK050203'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Wijk WK050203 in de indeling van 2024: 8.390 inwoners op 1 januari 2024 (afgerond op een vijftal).',
  noteEn: 'District WK050203 in the 2024 division: 8,390 residents on 1 January 2024 (rounded to a multiple of five).'
};

MERGE (n:Neighbourhood {id: 'neighbourhood:WK050204'})
SET n += {
  name: 'Oostgaarde Zuid',
  nameEn: 'Oostgaarde Zuid',
  description: 'CBS-wijk WK050204 in de indeling van 2024.',
  descriptionEn: 'CBS district WK050204 in the 2024 division.',
  kind: 'wijk',
  code: 'WK050204',
  codeYear: 2024
};

MATCH (a:Neighbourhood {id: 'neighbourhood:WK050204'})
MATCH (b:Municipality {id: 'municipality:GM0502'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:WK050204'})
MATCH (b:Source {id: 'source:cbs-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:WK050204'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Wijk WK050204 in de indeling van 2024: 8.330 inwoners op 1 januari 2024 (afgerond op een vijftal).',
  noteEn: 'District WK050204 in the 2024 division: 8,330 residents on 1 January 2024 (rounded to a multiple of five).'
};

MERGE (n:Neighbourhood {id: 'neighbourhood:WK050205'})
SET n += {
  name: 'Oostgaarde Noord',
  nameEn: 'Oostgaarde Noord',
  description: 'CBS-wijk WK050205 in de indeling van 2024.',
  descriptionEn: 'CBS district WK050205 in the 2024 division.',
  kind: 'wijk',
  code: 'WK050205',
  codeYear: 2024
};

MATCH (a:Neighbourhood {id: 'neighbourhood:WK050205'})
MATCH (b:Municipality {id: 'municipality:GM0502'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:WK050205'})
MATCH (b:Source {id: 'source:cbs-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:WK050205'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Wijk WK050205 in de indeling van 2024: 6.515 inwoners op 1 januari 2024 (afgerond op een vijftal).',
  noteEn: 'District WK050205 in the 2024 division: 6,515 residents on 1 January 2024 (rounded to a multiple of five).'
};

MERGE (n:Neighbourhood {id: 'neighbourhood:WK050206'})
SET n += {
  name: 'Schenkel',
  nameEn: 'Schenkel',
  description: 'CBS-wijk WK050206 in de indeling van 2024.',
  descriptionEn: 'CBS district WK050206 in the 2024 division.',
  kind: 'wijk',
  code: 'WK050206',
  codeYear: 2024
};

MATCH (a:Neighbourhood {id: 'neighbourhood:WK050206'})
MATCH (b:Municipality {id: 'municipality:GM0502'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:WK050206'})
MATCH (b:Source {id: 'source:cbs-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:WK050206'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Wijk WK050206 in de indeling van 2024: 6.295 inwoners op 1 januari 2024 (afgerond op een vijftal).',
  noteEn: 'District WK050206 in the 2024 division: 6,295 residents on 1 January 2024 (rounded to a multiple of five).'
};

MERGE (n:Neighbourhood {id: 'neighbourhood:WK050207'})
SET n += {
  name: 'Schollevaar Zuid',
  nameEn: 'Schollevaar Zuid',
  description: 'CBS-wijk WK050207 in de indeling van 2024.',
  descriptionEn: 'CBS district WK050207 in the 2024 division.',
  kind: 'wijk',
  code: 'WK050207',
  codeYear: 2024
};

MATCH (a:Neighbourhood {id: 'neighbourhood:WK050207'})
MATCH (b:Municipality {id: 'municipality:GM0502'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:WK050207'})
MATCH (b:Source {id: 'source:cbs-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:WK050207'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Wijk WK050207 in de indeling van 2024: 14.020 inwoners op 1 januari 2024 (afgerond op een vijftal).',
  noteEn: 'District WK050207 in the 2024 division: 14,020 residents on 1 January 2024 (rounded to a multiple of five).'
};

MERGE (n:Neighbourhood {id: 'neighbourhood:WK050208'})
SET n += {
  name: 'Schollevaar Noord',
  nameEn: 'Schollevaar Noord',
  description: 'CBS-wijk WK050208 in de indeling van 2024.',
  descriptionEn: 'CBS district WK050208 in the 2024 division.',
  kind: 'wijk',
  code: 'WK050208',
  codeYear: 2024
};

MATCH (a:Neighbourhood {id: 'neighbourhood:WK050208'})
MATCH (b:Municipality {id: 'municipality:GM0502'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:WK050208'})
MATCH (b:Source {id: 'source:cbs-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:WK050208'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Wijk WK050208 in de indeling van 2024: 3.360 inwoners op 1 januari 2024 (afgerond op een vijftal).',
  noteEn: 'District WK050208 in the 2024 division: 3,360 residents on 1 January 2024 (rounded to a multiple of five).'
};

MERGE (n:Neighbourhood {id: 'neighbourhood:WK050209'})
SET n += {
  name: 'Rivium',
  nameEn: 'Rivium',
  description: 'CBS-wijk WK050209 in de indeling van 2024.',
  descriptionEn: 'CBS district WK050209 in the 2024 division.',
  kind: 'wijk',
  code: 'WK050209',
  codeYear: 2024
};

MATCH (a:Neighbourhood {id: 'neighbourhood:WK050209'})
MATCH (b:Municipality {id: 'municipality:GM0502'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:WK050209'})
MATCH (b:Source {id: 'source:cbs-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:WK050209'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Wijk WK050209 in de indeling van 2024: 3.690 inwoners op 1 januari 2024 (afgerond op een vijftal).',
  noteEn: 'District WK050209 in the 2024 division: 3,690 residents on 1 January 2024 (rounded to a multiple of five).'
};

MERGE (n:Neighbourhood {id: 'neighbourhood:capelle-schollevaar-oost'})
SET n += {
  name: 'Schollevaar-Oost',
  nameEn: 'Schollevaar-Oost',
  description: 'Deel van Schollevaar waarvoor gemeente en Woningpartners in 2003 een gecombineerde stedenbouwkundige en sociale aanpak opstelden, te beginnen in Aïda, Nabucco en Librije. Hoe het zich verhoudt tot de CBS-wijken Schollevaar Zuid en Schollevaar Noord is niet nagegaan.',
  descriptionEn: 'Part of Schollevaar for which the municipality and Woningpartners drew up a combined urban-design and social approach in 2003, starting in Aïda, Nabucco and Librije. How it relates to the CBS districts Schollevaar Zuid and Schollevaar Noord has not been checked.'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:capelle-schollevaar-oost'})
MATCH (b:Municipality {id: 'municipality:GM0502'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:capelle-schollevaar-oost'})
MATCH (b:Source {id: 'source:capelle-plan-van-aanpak-schollevaar-oost-2003'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

// --- Nieuwegein (GM0356): the NPLV area Centrale As (its woonwijken rested on undated pages only and are gone)
MERGE (n:Neighbourhood {id: 'neighbourhood:nieuwegein-centrale-as'})
SET n += {
  name: 'Centrale As',
  nameEn: 'Centrale As (central axis)',
  description: 'NPLV-focusgebied (Nieuwegein Centrale-As), een van de 20 stedelijke focusgebieden. Welke delen van welke wijken erin vallen, staat alleen op een ongedateerde projectpagina van de gemeente en is daarom weggelaten.',
  descriptionEn: 'NPLV focus area (Nieuwegein Centrale-As), one of the 20 urban focus areas. Which parts of which districts it covers is stated only on an undated municipal project page, so it is left out.',
  kind: 'gebied',
  focusArea: true
};

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-centrale-as'})
MATCH (b:Municipality {id: 'municipality:GM0356'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-centrale-as'})
MATCH (b:Source {id: 'source:gemeente-nu-nplv-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

// The 22 CBS wijken of Nieuwegein in 2024
UNWIND [
  {code: 'WK035601', name: 'Jutphaas Wijkersloot', inwoners: '6.565', residents: '6,565'},
  {code: 'WK035602', name: 'Zuilenstein', inwoners: '5.335', residents: '5,335'},
  {code: 'WK035603', name: 'Batau Zuid', inwoners: '6.585', residents: '6,585'},
  {code: 'WK035604', name: 'Batau Noord', inwoners: '7.425', residents: '7,425'},
  {code: 'WK035605', name: 'Doorslag', inwoners: '6.040', residents: '6,040'},
  {code: 'WK035606', name: 'Huis de Geer', inwoners: '695', residents: '695'},
  {code: 'WK035607', name: 'Blokhoeve', inwoners: '1.765', residents: '1,765'},
  {code: 'WK035608', name: 'Galecop', inwoners: '8.130', residents: '8,130'},
  {code: 'WK035610', name: 'Fokkesteeg', inwoners: '6.615', residents: '6,615'},
  {code: 'WK035611', name: 'Hoogzandveld', inwoners: '3.005', residents: '3,005'},
  {code: 'WK035612', name: 'Lekboulevard', inwoners: '1.685', residents: '1,685'},
  {code: 'WK035613', name: 'Vreeswijk', inwoners: '3.400', residents: '3,400'},
  {code: 'WK035614', name: 'Merwestein', inwoners: '1.630', residents: '1,630'},
  {code: 'WK035615', name: 'Park Oudegein', inwoners: '15', residents: '15'},
  {code: 'WK035616', name: 'Zandveld', inwoners: '2.340', residents: '2,340'},
  {code: 'WK035618', name: 'Het Klooster', inwoners: '30', residents: '30'},
  {code: 'WK035620', name: 'Laagraven', inwoners: '205', residents: '205'},
  {code: 'WK035621', name: 'Plettenburg', inwoners: '455', residents: '455'},
  {code: 'WK035622', name: 'De Wiers', inwoners: '240', residents: '240'},
  {code: 'WK035623', name: 'Hoge Landen', inwoners: '30', residents: '30'},
  {code: 'WK035624', name: 'Stadscentrum', inwoners: '1.850', residents: '1,850'},
  {code: 'WK035625', name: 'Rijnhuizen', inwoners: '1.925', residents: '1,925'}
] AS w
MERGE (n:Neighbourhood {id: 'neighbourhood:' + w.code})
SET n += {
  name: w.name,
  nameEn: w.name,
  description: 'CBS-wijk ' + w.code + ' in de indeling van 2024.',
  descriptionEn: 'CBS district ' + w.code + ' in the 2024 division.',
  kind: 'wijk',
  code: w.code,
  codeYear: 2024
}
WITH n, w
MATCH (m:Municipality {id: 'municipality:GM0356'})
MATCH (s:Source {id: 'source:cbs-wijken-en-buurten-2024'})
MATCH (k:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (n)-[:PART_OF]->(m)
MERGE (n)-[:SUPPORTED_BY]->(s)
MERGE (n)-[r:SUPPORTED_BY]->(k)
SET r += {
  note: 'Wijk ' + w.code + ' in de indeling van 2024: ' + w.inwoners + ' inwoners op 1 januari 2024 (afgerond op een vijftal).',
  noteEn: 'District ' + w.code + ' in the 2024 division: ' + w.residents + ' residents on 1 January 2024 (rounded to a multiple of five).'
};

// --- Nissewaard (GM1930): the 23 CBS wijken of 2024 (01 to 17 in Spijkenisse, the others the villages); Waterland and
// Sterrenkwartier were already here, named by earlier sources, and keep their ids

MERGE (n:Neighbourhood {id: 'neighbourhood:spijkenisse-waterland'})
SET n += {
  name: 'Waterland',
  nameEn: 'Waterland',
  description: 'Wijk van Spijkenisse met een eigen wijkaanpak; daarin is Plein Vlinderveen samen met bewoners heringericht.',
  descriptionEn: 'Neighbourhood of Spijkenisse with its own neighbourhood approach, in which Plein Vlinderveen was redesigned together with residents.',
  kind: 'wijk',
  code: 'WK193014',
  codeYear: 2024
};

MATCH (a:Neighbourhood {id: 'neighbourhood:spijkenisse-waterland'})
MATCH (b:Municipality {id: 'municipality:GM1930'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:spijkenisse-waterland'})
MATCH (b:Source {id: 'source:cbs-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:spijkenisse-waterland'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Wijk WK193014 in de indeling van 2024: 8.430 inwoners op 1 januari 2024 (afgerond op een vijftal).',
  noteEn: 'District WK193014 in the 2024 division: 8,430 residents on 1 January 2024 (rounded to a multiple of five).'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:spijkenisse-waterland'})
MATCH (b:Source {id: 'source:linqmedia-plein-vlinderveen'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:spijkenisse-sterrenkwartier'})
SET n += {
  name: 'Sterrenkwartier',
  nameEn: 'Sterrenkwartier',
  description: 'Wijk van Spijkenisse; in Sterrenkwartier-Hoog vervangt Maasdelta 688 flatwoningen uit de jaren zestig door circa 425 woningen.',
  descriptionEn: 'Neighbourhood of Spijkenisse; in Sterrenkwartier-Hoog Maasdelta replaces 688 flats from the 1960s with about 425 homes.',
  kind: 'wijk',
  code: 'WK193008',
  codeYear: 2024
};

MATCH (a:Neighbourhood {id: 'neighbourhood:spijkenisse-sterrenkwartier'})
MATCH (b:Municipality {id: 'municipality:GM1930'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:spijkenisse-sterrenkwartier'})
MATCH (b:Source {id: 'source:cbs-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:spijkenisse-sterrenkwartier'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Wijk WK193008 in de indeling van 2024: 4.275 inwoners op 1 januari 2024 (afgerond op een vijftal).',
  noteEn: 'District WK193008 in the 2024 division: 4,275 residents on 1 January 2024 (rounded to a multiple of five).'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:spijkenisse-sterrenkwartier'})
MATCH (b:Source {id: 'source:rijnmond-sterrenkwartier'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

// The other 21 CBS wijken of Nissewaard in 2024
UNWIND [
  {code: 'WK193001', name: 'Centrum', inwoners: '6.280', residents: '6,280'},
  {code: 'WK193002', name: 'Schiekamp', inwoners: '3.175', residents: '3,175'},
  {code: 'WK193003', name: 'Hoogwerf', inwoners: '3.870', residents: '3,870'},
  {code: 'WK193004', name: 'Vierambachten', inwoners: '990', residents: '990'},
  {code: 'WK193005', name: 'De Hoek', inwoners: '2.930', residents: '2,930'},
  {code: 'WK193006', name: 'Gildenwijk', inwoners: '1.505', residents: '1,505'},
  {code: 'WK193007', name: 'Groenewoud', inwoners: '3.475', residents: '3,475'},
  {code: 'WK193009', name: 'Schenkel', inwoners: '4.200', residents: '4,200'},
  {code: 'WK193010', name: 'De Elementen', inwoners: '4.140', residents: '4,140'},
  {code: 'WK193011', name: 'Vogelenzang', inwoners: '5.500', residents: '5,500'},
  {code: 'WK193012', name: 'De Akkers', inwoners: '10.470', residents: '10,470'},
  {code: 'WK193013', name: 'Vriesland', inwoners: '2.720', residents: '2,720'},
  {code: 'WK193015', name: 'Maaswijk', inwoners: '11.250', residents: '11,250'},
  {code: 'WK193016', name: 'Halfweg', inwoners: '5', residents: '5'},
  {code: 'WK193017', name: 'Buitengebied', inwoners: '190', residents: '190'},
  {code: 'WK193025', name: 'Heenvliet', inwoners: '2.420', residents: '2,420'},
  {code: 'WK193027', name: 'Geervliet', inwoners: '1.695', residents: '1,695'},
  {code: 'WK193029', name: 'Abbenbroek', inwoners: '1.265', residents: '1,265'},
  {code: 'WK193031', name: 'Zuidland', inwoners: '6.305', residents: '6,305'},
  {code: 'WK193033', name: 'Simonshaven', inwoners: '625', residents: '625'},
  {code: 'WK193050', name: 'Hekelingen', inwoners: '1.935', residents: '1,935'}
] AS w
MERGE (n:Neighbourhood {id: 'neighbourhood:' + w.code})
SET n += {
  name: w.name,
  nameEn: w.name,
  description: 'CBS-wijk ' + w.code + ' in de indeling van 2024.',
  descriptionEn: 'CBS district ' + w.code + ' in the 2024 division.',
  kind: 'wijk',
  code: w.code,
  codeYear: 2024
}
WITH n, w
MATCH (m:Municipality {id: 'municipality:GM1930'})
MATCH (s:Source {id: 'source:cbs-wijken-en-buurten-2024'})
MATCH (k:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (n)-[:PART_OF]->(m)
MERGE (n)-[:SUPPORTED_BY]->(s)
MERGE (n)-[r:SUPPORTED_BY]->(k)
SET r += {
  note: 'Wijk ' + w.code + ' in de indeling van 2024: ' + w.inwoners + ' inwoners op 1 januari 2024 (afgerond op een vijftal).',
  noteEn: 'District ' + w.code + ' in the 2024 division: ' + w.residents + ' residents on 1 January 2024 (rounded to a multiple of five).'
};

// --- Zoetermeer (GM0637): the 9 CBS wijken of 2024 (CBS re-divided Zoetermeer in 2025, so these codes hold for 2024 only)
UNWIND [
  {code: 'WK063700', name: 'Centrum', inwoners: '21.690', residents: '21,690'},
  {code: 'WK063701', name: 'Meerzicht', inwoners: '15.915', residents: '15,915'},
  {code: 'WK063702', name: 'Buytenwegh de Leyens', inwoners: '19.985', residents: '19,985'},
  {code: 'WK063703', name: 'Seghwaert', inwoners: '16.385', residents: '16,385'},
  {code: 'WK063704', name: 'Noordhove', inwoners: '8.315', residents: '8,315'},
  {code: 'WK063705', name: 'Rokkeveen', inwoners: '20.725', residents: '20,725'},
  {code: 'WK063706', name: 'Oosterheem', inwoners: '23.730', residents: '23,730'},
  {code: 'WK063708', name: 'Industriegebied', inwoners: '1.275', residents: '1,275'},
  {code: 'WK063709', name: 'Buitengebied', inwoners: '405', residents: '405'}
] AS w
MERGE (n:Neighbourhood {id: 'neighbourhood:' + w.code})
SET n += {
  name: w.name,
  nameEn: w.name,
  description: 'CBS-wijk ' + w.code + ' in de indeling van 2024.',
  descriptionEn: 'CBS district ' + w.code + ' in the 2024 division.',
  kind: 'wijk',
  code: w.code,
  codeYear: 2024
}
WITH n, w
MATCH (m:Municipality {id: 'municipality:GM0637'})
MATCH (s:Source {id: 'source:cbs-wijken-en-buurten-2024'})
MATCH (k:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (n)-[:PART_OF]->(m)
MERGE (n)-[:SUPPORTED_BY]->(s)
MERGE (n)-[r:SUPPORTED_BY]->(k)
SET r += {
  note: 'Wijk ' + w.code + ' in de indeling van 2024: ' + w.inwoners + ' inwoners op 1 januari 2024 (afgerond op een vijftal).',
  noteEn: 'District ' + w.code + ' in the 2024 division: ' + w.residents + ' residents on 1 January 2024 (rounded to a multiple of five).'
};

// Palenstein is no CBS wijk of 2024 (it has no code); which CBS wijk it lies in is not sourced here

MERGE (n:Neighbourhood {id: 'neighbourhood:zoetermeer-palenstein'})
SET n += {
  name: 'Palenstein',
  nameEn: 'Palenstein',
  description: 'Stadswijk van Zoetermeer; in 2003 besprak de gemeenteraad de herontwikkeling, in 2005 stelden gemeente en corporaties een concept-samenwerkingsovereenkomst voor de vernieuwing op.',
  descriptionEn: 'City district of Zoetermeer; in 2003 the council debated its redevelopment, in 2005 the municipality and the housing associations drew up a draft cooperation agreement for its renewal.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:zoetermeer-palenstein'})
MATCH (b:Municipality {id: 'municipality:GM0637'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:zoetermeer-palenstein'})
MATCH (b:Source {id: 'source:zoetermeer-commissie-palenstein-2003'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

// --- Lelystad (GM0995): NPLV focus area

MERGE (n:Neighbourhood {id: 'neighbourhood:lelystad-oost'})
SET n += {
  name: 'Lelystad Oost',
  nameEn: 'Lelystad East',
  description: 'Een van de 20 stedelijke focusgebieden van het NPLV, en een van de twee die in een voormalige groeikern liggen.',
  descriptionEn: 'One of the 20 urban focus areas of the NPLV, and one of the two that lie in a former growth centre.',
  kind: 'gebied',
  focusArea: true
};

MATCH (a:Neighbourhood {id: 'neighbourhood:lelystad-oost'})
MATCH (b:Municipality {id: 'municipality:GM0995'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:lelystad-oost'})
MATCH (b:Source {id: 'source:gemeente-nu-nplv-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);
