// Seed graph 04: neighbourhoods of the five kopgroep municipalities, plus Lelystad Oost (NPLV focus area).
// CBS codes only where a source gives them with a name: Capelle aan den IJssel, CBS division 2024 (codeYear 2024).
// No codes for Zoetermeer, Nissewaard, Nieuwegein or the 2024 Almere wijken: 85984NED (2024) was read only in an
// extract without names, and the 2016 codes WK063700-WK063709 were found without labels; a code is not tied to a
// name by guessing; CBS re-divided Zoetermeer in 2025. Almere's numbers (202 Filmwijk, ...) are municipal numbers,
// not CBS codes.
// Every neighbourhood is PART_OF its municipality; sub-areas are also PART_OF the larger area.

// --- Almere (GM0034): stadsdelen with the year of their first homes

// --- Capelle aan den IJssel (GM0502): the 9 CBS wijken of 2024 (codes and names from a public code file on the PDOK
// API; the same nine codes, and no others, are in CBS's 85984NED, which gives their populations but not their names)

MERGE (n:Neighbourhood {id: 'neighbourhood:WK050201'})
SET n += {
  name: 'Capelle-West & \'s-Gravenland',
  nameEn: 'Capelle-West & \'s-Gravenland',
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
  name: 'Middelwatering-West',
  nameEn: 'Middelwatering-West',
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
  name: 'Middelwatering-Oost',
  nameEn: 'Middelwatering-Oost',
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
  name: 'Oostgaarde-Zuid',
  nameEn: 'Oostgaarde-Zuid',
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
  name: 'Oostgaarde-Noord',
  nameEn: 'Oostgaarde-Noord',
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
  name: 'Schollevaar-Zuid',
  nameEn: 'Schollevaar-Zuid',
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
  name: 'Schollevaar-Noord',
  nameEn: 'Schollevaar-Noord',
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
  name: 'Rivium & Fascinatio',
  nameEn: 'Rivium & Fascinatio',
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
  description: 'Deel van Schollevaar waarvoor gemeente en Woningpartners in 2003 een gecombineerde stedenbouwkundige en sociale aanpak opstelden, te beginnen in Aïda, Nabucco en Librije. Hoe het zich verhoudt tot de CBS-wijken Schollevaar-Zuid en -Noord is niet nagegaan.',
  descriptionEn: 'Part of Schollevaar for which the municipality and Woningpartners drew up a combined urban-design and social approach in 2003, starting in Aïda, Nabucco and Librije. How it relates to the CBS districts Schollevaar-Zuid and -Noord has not been checked.'
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

// --- Nissewaard (GM1930): kernen, and wijken of Spijkenisse

MERGE (n:Neighbourhood {id: 'neighbourhood:spijkenisse-waterland'})
SET n += {
  name: 'Waterland',
  nameEn: 'Waterland',
  description: 'Wijk van Spijkenisse met een eigen wijkaanpak; daarin is Plein Vlinderveen samen met bewoners heringericht.',
  descriptionEn: 'Neighbourhood of Spijkenisse with its own neighbourhood approach, in which Plein Vlinderveen was redesigned together with residents.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:spijkenisse-waterland'})
MATCH (b:Municipality {id: 'municipality:GM1930'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:spijkenisse-waterland'})
MATCH (b:Source {id: 'source:linqmedia-plein-vlinderveen'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:spijkenisse-sterrenkwartier'})
SET n += {
  name: 'Sterrenkwartier',
  nameEn: 'Sterrenkwartier',
  description: 'Wijk van Spijkenisse; in Sterrenkwartier-Hoog vervangt Maasdelta 688 flatwoningen uit de jaren zestig door circa 425 woningen.',
  descriptionEn: 'Neighbourhood of Spijkenisse; in Sterrenkwartier-Hoog Maasdelta replaces 688 flats from the 1960s with about 425 homes.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:spijkenisse-sterrenkwartier'})
MATCH (b:Municipality {id: 'municipality:GM1930'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:spijkenisse-sterrenkwartier'})
MATCH (b:Source {id: 'source:rijnmond-sterrenkwartier'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

// --- Zoetermeer (GM0637): the 10 stadswijken (no CBS codes: labels unverified, re-division in 2025)

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
