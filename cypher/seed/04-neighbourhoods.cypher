// Seed graph 04: neighbourhoods of the five kopgroep municipalities, plus Lelystad Oost (NPLV focus area).
// CBS codes only where a source gives them: Capelle aan den IJssel, CBS division 2024 (codeYear 2024).
// No codes for Zoetermeer: the 2016 codes WK063700-WK063709 were found without labels, and CBS
// re-divided Zoetermeer in 2025. Almere's numbers (202 Filmwijk, ...) are municipal numbers, not CBS codes.
// Every neighbourhood is PART_OF its municipality; sub-areas are also PART_OF the larger area.

// --- Almere (GM0034): stadsdelen with the year of their first homes

MERGE (n:Neighbourhood {id: 'neighbourhood:almere-haven'})
SET n += {
  name: 'Almere Haven',
  nameEn: 'Almere Haven',
  description: 'Eerste stadsdeel van Almere; eerste woningen in 1976. Gemeentelijke wijknummers 1xx.',
  descriptionEn: 'First district of Almere; first homes in 1976. Municipal neighbourhood numbers 1xx.',
  kind: 'stadsdeel',
  builtFrom: 1976
};

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-haven'})
MATCH (b:Municipality {id: 'municipality:GM0034'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-haven'})
MATCH (b:Source {id: 'source:wiki-de-stadtteile-almere'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:almere-stad'})
SET n += {
  name: 'Almere Stad',
  nameEn: 'Almere Stad',
  description: 'Stadsdeel met de eerste woningen in 1980; bestaat uit Stad Centrum, Stad Oost en Stad West en telde 110.915 inwoners op 1 januari 2024. Gemeentelijke wijknummers 2xx.',
  descriptionEn: 'District with its first homes in 1980; consists of Stad Centrum, Stad Oost and Stad West and had 110,915 residents on 1 January 2024. Municipal neighbourhood numbers 2xx.',
  kind: 'stadsdeel',
  builtFrom: 1980
};

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-stad'})
MATCH (b:Municipality {id: 'municipality:GM0034'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-stad'})
MATCH (b:Source {id: 'source:wiki-de-stadtteile-almere'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-stad'})
MATCH (b:Source {id: 'source:wikizero-almere-stad'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:almere-buiten'})
SET n += {
  name: 'Almere Buiten',
  nameEn: 'Almere Buiten',
  description: 'Stadsdeel; eerste woningen in 1984.',
  descriptionEn: 'District; first homes in 1984.',
  kind: 'stadsdeel',
  builtFrom: 1984
};

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-buiten'})
MATCH (b:Municipality {id: 'municipality:GM0034'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-buiten'})
MATCH (b:Source {id: 'source:wiki-de-stadtteile-almere'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:almere-hout'})
SET n += {
  name: 'Almere Hout',
  nameEn: 'Almere Hout',
  description: 'Stadsdeel; eerste woningen in 1991.',
  descriptionEn: 'District; first homes in 1991.',
  kind: 'stadsdeel',
  builtFrom: 1991
};

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-hout'})
MATCH (b:Municipality {id: 'municipality:GM0034'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-hout'})
MATCH (b:Source {id: 'source:wiki-de-stadtteile-almere'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:almere-poort'})
SET n += {
  name: 'Almere Poort',
  nameEn: 'Almere Poort',
  description: 'Stadsdeel; eerste woningen in 2000.',
  descriptionEn: 'District; first homes in 2000.',
  kind: 'stadsdeel',
  builtFrom: 2000
};

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-poort'})
MATCH (b:Municipality {id: 'municipality:GM0034'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-poort'})
MATCH (b:Source {id: 'source:wiki-de-stadtteile-almere'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:almere-pampus'})
SET n += {
  name: 'Almere Pampus',
  nameEn: 'Almere Pampus',
  description: 'Gepland stadsdeel.',
  descriptionEn: 'Planned district.',
  kind: 'stadsdeel'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-pampus'})
MATCH (b:Municipality {id: 'municipality:GM0034'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-pampus'})
MATCH (b:Source {id: 'source:wiki-de-stadtteile-almere'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:almere-oosterwold'})
SET n += {
  name: 'Oosterwold',
  nameEn: 'Oosterwold',
  description: 'Gepland stadsdeel.',
  descriptionEn: 'Planned district.',
  kind: 'stadsdeel'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-oosterwold'})
MATCH (b:Municipality {id: 'municipality:GM0034'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-oosterwold'})
MATCH (b:Source {id: 'source:wiki-de-stadtteile-almere'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:almere-stad-centrum'})
SET n += {
  name: 'Almere Stad Centrum',
  nameEn: 'Almere Stad Centrum',
  description: 'Deel van Almere Stad.',
  descriptionEn: 'Part of Almere Stad.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-stad-centrum'})
MATCH (b:Municipality {id: 'municipality:GM0034'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-stad-centrum'})
MATCH (b:Neighbourhood {id: 'neighbourhood:almere-stad'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-stad-centrum'})
MATCH (b:Source {id: 'source:wikizero-almere-stad'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:almere-stad-oost'})
SET n += {
  name: 'Almere Stad Oost',
  nameEn: 'Almere Stad Oost',
  description: 'Deel van Almere Stad.',
  descriptionEn: 'Part of Almere Stad.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-stad-oost'})
MATCH (b:Municipality {id: 'municipality:GM0034'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-stad-oost'})
MATCH (b:Neighbourhood {id: 'neighbourhood:almere-stad'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-stad-oost'})
MATCH (b:Source {id: 'source:wikizero-almere-stad'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:almere-stad-west'})
SET n += {
  name: 'Almere Stad West',
  nameEn: 'Almere Stad West',
  description: 'Deel van Almere Stad.',
  descriptionEn: 'Part of Almere Stad.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-stad-west'})
MATCH (b:Municipality {id: 'municipality:GM0034'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-stad-west'})
MATCH (b:Neighbourhood {id: 'neighbourhood:almere-stad'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-stad-west'})
MATCH (b:Source {id: 'source:wikizero-almere-stad'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:almere-filmwijk'})
SET n += {
  name: 'Filmwijk',
  nameEn: 'Filmwijk',
  description: 'Wijk in Almere Stad met gemeentelijk wijknummer 202 (geen CBS-code).',
  descriptionEn: 'Neighbourhood in Almere Stad with municipal number 202 (not a CBS code).',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-filmwijk'})
MATCH (b:Municipality {id: 'municipality:GM0034'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-filmwijk'})
MATCH (b:Neighbourhood {id: 'neighbourhood:almere-stad'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-filmwijk'})
MATCH (b:Source {id: 'source:wiki-de-stadtteile-almere'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:almere-waterwijk'})
SET n += {
  name: 'Waterwijk',
  nameEn: 'Waterwijk',
  description: 'Wijk in Almere Stad met gemeentelijk wijknummer 206 (geen CBS-code).',
  descriptionEn: 'Neighbourhood in Almere Stad with municipal number 206 (not a CBS code).',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-waterwijk'})
MATCH (b:Municipality {id: 'municipality:GM0034'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-waterwijk'})
MATCH (b:Neighbourhood {id: 'neighbourhood:almere-stad'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-waterwijk'})
MATCH (b:Source {id: 'source:wiki-de-stadtteile-almere'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:almere-kruidenwijk'})
SET n += {
  name: 'Kruidenwijk',
  nameEn: 'Kruidenwijk',
  description: 'Wijk in Almere Stad met gemeentelijk wijknummer 210 (geen CBS-code).',
  descriptionEn: 'Neighbourhood in Almere Stad with municipal number 210 (not a CBS code).',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-kruidenwijk'})
MATCH (b:Municipality {id: 'municipality:GM0034'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-kruidenwijk'})
MATCH (b:Neighbourhood {id: 'neighbourhood:almere-stad'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-kruidenwijk'})
MATCH (b:Source {id: 'source:wiki-de-stadtteile-almere'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:almere-muziekwijk-zuid'})
SET n += {
  name: 'Muziekwijk Zuid',
  nameEn: 'Muziekwijk Zuid',
  description: 'Wijk in Almere Stad met gemeentelijk wijknummer 213 (geen CBS-code).',
  descriptionEn: 'Neighbourhood in Almere Stad with municipal number 213 (not a CBS code).',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-muziekwijk-zuid'})
MATCH (b:Municipality {id: 'municipality:GM0034'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-muziekwijk-zuid'})
MATCH (b:Neighbourhood {id: 'neighbourhood:almere-stad'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:almere-muziekwijk-zuid'})
MATCH (b:Source {id: 'source:wiki-de-stadtteile-almere'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

// --- Capelle aan den IJssel (GM0502): the 9 CBS wijken of 2024 (codes from a public code file on the PDOK API; verify)

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
MATCH (b:Source {id: 'source:johnooms-capelle'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

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
MATCH (b:Source {id: 'source:johnooms-capelle'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

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
MATCH (b:Source {id: 'source:johnooms-capelle'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

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
MATCH (b:Source {id: 'source:johnooms-capelle'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

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
MATCH (b:Source {id: 'source:johnooms-capelle'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

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
MATCH (b:Source {id: 'source:johnooms-capelle'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

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
MATCH (b:Source {id: 'source:johnooms-capelle'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

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
MATCH (b:Source {id: 'source:johnooms-capelle'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

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
MATCH (b:Source {id: 'source:johnooms-capelle'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:capelle-schollevaar-oost'})
SET n += {
  name: 'Schollevaar-Oost',
  nameEn: 'Schollevaar-Oost',
  description: 'Deel van Schollevaar (gebouwd eind jaren zeventig en begin jaren tachtig) waar de gemeente leegstand en sociale problemen noemt. Hoe het zich verhoudt tot de CBS-wijken Schollevaar-Zuid en -Noord is niet nagegaan.',
  descriptionEn: 'Part of Schollevaar (built in the late 1970s and early 1980s) where the municipality reports vacancy and social problems. How it relates to the CBS districts Schollevaar-Zuid and -Noord has not been checked.'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:capelle-schollevaar-oost'})
MATCH (b:Municipality {id: 'municipality:GM0502'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:capelle-schollevaar-oost'})
MATCH (b:Source {id: 'source:capelle-schollevaar'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

// --- Nieuwegein (GM0356): woonwijken named in the sources, and the NPLV area Centrale As

MERGE (n:Neighbourhood {id: 'neighbourhood:nieuwegein-batau-noord'})
SET n += {
  name: 'Batau-Noord',
  nameEn: 'Batau-Noord',
  description: 'Woonwijk van Nieuwegein; valt deels of grotendeels in het NPLV-gebied Centrale As.',
  descriptionEn: 'Residential neighbourhood of Nieuwegein; lies partly or mostly in the NPLV area Centrale As.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-batau-noord'})
MATCH (b:Municipality {id: 'municipality:GM0356'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-batau-noord'})
MATCH (b:Source {id: 'source:canon-nieuwegein'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-batau-noord'})
MATCH (b:Source {id: 'source:nieuwegein-nplv'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:nieuwegein-batau-zuid'})
SET n += {
  name: 'Batau-Zuid',
  nameEn: 'Batau-Zuid',
  description: 'Woonwijk van Nieuwegein; valt deels of grotendeels in het NPLV-gebied Centrale As.',
  descriptionEn: 'Residential neighbourhood of Nieuwegein; lies partly or mostly in the NPLV area Centrale As.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-batau-zuid'})
MATCH (b:Municipality {id: 'municipality:GM0356'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-batau-zuid'})
MATCH (b:Source {id: 'source:canon-nieuwegein'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-batau-zuid'})
MATCH (b:Source {id: 'source:nieuwegein-nplv'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:nieuwegein-zuilenstein'})
SET n += {
  name: 'Zuilenstein',
  nameEn: 'Zuilenstein',
  description: 'Woonwijk van Nieuwegein; valt deels of grotendeels in het NPLV-gebied Centrale As.',
  descriptionEn: 'Residential neighbourhood of Nieuwegein; lies partly or mostly in the NPLV area Centrale As.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-zuilenstein'})
MATCH (b:Municipality {id: 'municipality:GM0356'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-zuilenstein'})
MATCH (b:Source {id: 'source:canon-nieuwegein'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-zuilenstein'})
MATCH (b:Source {id: 'source:nieuwegein-nplv'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:nieuwegein-huis-de-geer'})
SET n += {
  name: 'Huis de Geer',
  nameEn: 'Huis de Geer',
  description: 'Woonwijk van Nieuwegein.',
  descriptionEn: 'Residential neighbourhood of Nieuwegein.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-huis-de-geer'})
MATCH (b:Municipality {id: 'municipality:GM0356'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-huis-de-geer'})
MATCH (b:Source {id: 'source:canon-nieuwegein'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:nieuwegein-blokhoeve'})
SET n += {
  name: 'Blokhoeve',
  nameEn: 'Blokhoeve',
  description: 'Woonwijk van Nieuwegein.',
  descriptionEn: 'Residential neighbourhood of Nieuwegein.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-blokhoeve'})
MATCH (b:Municipality {id: 'municipality:GM0356'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-blokhoeve'})
MATCH (b:Source {id: 'source:canon-nieuwegein'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:nieuwegein-jutphaas-wijkersloot'})
SET n += {
  name: 'Jutphaas-Wijkersloot',
  nameEn: 'Jutphaas-Wijkersloot',
  description: 'Woonwijk van Nieuwegein; valt deels of grotendeels in het NPLV-gebied Centrale As.',
  descriptionEn: 'Residential neighbourhood of Nieuwegein; lies partly or mostly in the NPLV area Centrale As.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-jutphaas-wijkersloot'})
MATCH (b:Municipality {id: 'municipality:GM0356'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-jutphaas-wijkersloot'})
MATCH (b:Source {id: 'source:canon-nieuwegein'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-jutphaas-wijkersloot'})
MATCH (b:Source {id: 'source:nieuwegein-nplv'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:nieuwegein-merwestein'})
SET n += {
  name: 'Merwestein',
  nameEn: 'Merwestein',
  description: 'Woonwijk van Nieuwegein; valt deels of grotendeels in het NPLV-gebied Centrale As.',
  descriptionEn: 'Residential neighbourhood of Nieuwegein; lies partly or mostly in the NPLV area Centrale As.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-merwestein'})
MATCH (b:Municipality {id: 'municipality:GM0356'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-merwestein'})
MATCH (b:Source {id: 'source:canon-nieuwegein'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-merwestein'})
MATCH (b:Source {id: 'source:nieuwegein-nplv'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:nieuwegein-fokkesteeg'})
SET n += {
  name: 'Fokkesteeg',
  nameEn: 'Fokkesteeg',
  description: 'Woonwijk van Nieuwegein; valt deels of grotendeels in het NPLV-gebied Centrale As.',
  descriptionEn: 'Residential neighbourhood of Nieuwegein; lies partly or mostly in the NPLV area Centrale As.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-fokkesteeg'})
MATCH (b:Municipality {id: 'municipality:GM0356'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-fokkesteeg'})
MATCH (b:Source {id: 'source:canon-nieuwegein'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-fokkesteeg'})
MATCH (b:Source {id: 'source:nieuwegein-nplv'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:nieuwegein-galecop'})
SET n += {
  name: 'Galecop',
  nameEn: 'Galecop',
  description: 'Woonwijk van Nieuwegein.',
  descriptionEn: 'Residential neighbourhood of Nieuwegein.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-galecop'})
MATCH (b:Municipality {id: 'municipality:GM0356'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-galecop'})
MATCH (b:Source {id: 'source:canon-nieuwegein'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:nieuwegein-doorslag'})
SET n += {
  name: 'Doorslag',
  nameEn: 'Doorslag',
  description: 'Woonwijk van Nieuwegein.',
  descriptionEn: 'Residential neighbourhood of Nieuwegein.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-doorslag'})
MATCH (b:Municipality {id: 'municipality:GM0356'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-doorslag'})
MATCH (b:Source {id: 'source:canon-nieuwegein'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:nieuwegein-hoogzandveld-zandveld-lekboulevard'})
SET n += {
  name: 'Hoogzandveld/Zandveld/Lekboulevard',
  nameEn: 'Hoogzandveld/Zandveld/Lekboulevard',
  description: 'Woonwijk van Nieuwegein.',
  descriptionEn: 'Residential neighbourhood of Nieuwegein.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-hoogzandveld-zandveld-lekboulevard'})
MATCH (b:Municipality {id: 'municipality:GM0356'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-hoogzandveld-zandveld-lekboulevard'})
MATCH (b:Source {id: 'source:canon-nieuwegein'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:nieuwegein-vreeswijk'})
SET n += {
  name: 'Vreeswijk',
  nameEn: 'Vreeswijk',
  description: 'Woonwijk van Nieuwegein.',
  descriptionEn: 'Residential neighbourhood of Nieuwegein.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-vreeswijk'})
MATCH (b:Municipality {id: 'municipality:GM0356'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-vreeswijk'})
MATCH (b:Source {id: 'source:canon-nieuwegein'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:nieuwegein-centrale-as'})
SET n += {
  name: 'Centrale As',
  nameEn: 'Centrale As (central axis)',
  description: 'NPLV-focusgebied (Nieuwegein Centrale-As): de oostelijke delen van Batau-Noord en Batau-Zuid, het westelijk deel van Zuilenstein, het grootste deel van Jutphaas-Wijkersloot, Merwestein en Fokkesteeg.',
  descriptionEn: 'NPLV focus area (Nieuwegein Centrale-As): the eastern parts of Batau-Noord and Batau-Zuid, the western part of Zuilenstein, most of Jutphaas-Wijkersloot, Merwestein and Fokkesteeg.',
  kind: 'gebied',
  focusArea: true
};

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-centrale-as'})
MATCH (b:Municipality {id: 'municipality:GM0356'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-centrale-as'})
MATCH (b:Source {id: 'source:nieuwegein-nplv'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nieuwegein-centrale-as'})
MATCH (b:Source {id: 'source:gemeente-nu-nplv-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

// --- Nissewaard (GM1930): kernen, and wijken of Spijkenisse

MERGE (n:Neighbourhood {id: 'neighbourhood:nissewaard-spijkenisse'})
SET n += {
  name: 'Spijkenisse',
  nameEn: 'Spijkenisse',
  description: 'Stad en grootste kern van Nissewaard; 73.405 inwoners op 1 januari 2024.',
  descriptionEn: 'Town and largest centre of Nissewaard; 73,405 residents on 1 January 2024.',
  kind: 'kern'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:nissewaard-spijkenisse'})
MATCH (b:Municipality {id: 'municipality:GM1930'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nissewaard-spijkenisse'})
MATCH (b:Source {id: 'source:wiki-li-nissewaard'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nissewaard-spijkenisse'})
MATCH (b:Source {id: 'source:wiki-de-nissewaard'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:nissewaard-abbenbroek'})
SET n += {
  name: 'Abbenbroek',
  nameEn: 'Abbenbroek',
  description: 'Kern van Nissewaard.',
  descriptionEn: 'Village of Nissewaard.',
  kind: 'kern'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:nissewaard-abbenbroek'})
MATCH (b:Municipality {id: 'municipality:GM1930'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nissewaard-abbenbroek'})
MATCH (b:Source {id: 'source:wiki-li-nissewaard'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:nissewaard-geervliet'})
SET n += {
  name: 'Geervliet',
  nameEn: 'Geervliet',
  description: 'Kern van Nissewaard.',
  descriptionEn: 'Village of Nissewaard.',
  kind: 'kern'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:nissewaard-geervliet'})
MATCH (b:Municipality {id: 'municipality:GM1930'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nissewaard-geervliet'})
MATCH (b:Source {id: 'source:wiki-li-nissewaard'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:nissewaard-heenvliet'})
SET n += {
  name: 'Heenvliet',
  nameEn: 'Heenvliet',
  description: 'Kern van Nissewaard.',
  descriptionEn: 'Village of Nissewaard.',
  kind: 'kern'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:nissewaard-heenvliet'})
MATCH (b:Municipality {id: 'municipality:GM1930'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nissewaard-heenvliet'})
MATCH (b:Source {id: 'source:wiki-li-nissewaard'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:nissewaard-hekelingen'})
SET n += {
  name: 'Hekelingen',
  nameEn: 'Hekelingen',
  description: 'Kern van Nissewaard.',
  descriptionEn: 'Village of Nissewaard.',
  kind: 'kern'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:nissewaard-hekelingen'})
MATCH (b:Municipality {id: 'municipality:GM1930'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nissewaard-hekelingen'})
MATCH (b:Source {id: 'source:wiki-li-nissewaard'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:nissewaard-oudenhoorn'})
SET n += {
  name: 'Oudenhoorn',
  nameEn: 'Oudenhoorn',
  description: 'Kern van Nissewaard.',
  descriptionEn: 'Village of Nissewaard.',
  kind: 'kern'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:nissewaard-oudenhoorn'})
MATCH (b:Municipality {id: 'municipality:GM1930'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nissewaard-oudenhoorn'})
MATCH (b:Source {id: 'source:wiki-li-nissewaard'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:nissewaard-simonshaven'})
SET n += {
  name: 'Simonshaven',
  nameEn: 'Simonshaven',
  description: 'Kern van Nissewaard, met Biert.',
  descriptionEn: 'Village of Nissewaard, with Biert.',
  kind: 'kern'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:nissewaard-simonshaven'})
MATCH (b:Municipality {id: 'municipality:GM1930'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nissewaard-simonshaven'})
MATCH (b:Source {id: 'source:wiki-li-nissewaard'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:nissewaard-zuidland'})
SET n += {
  name: 'Zuidland',
  nameEn: 'Zuidland',
  description: 'Kern van Nissewaard.',
  descriptionEn: 'Village of Nissewaard.',
  kind: 'kern'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:nissewaard-zuidland'})
MATCH (b:Municipality {id: 'municipality:GM1930'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:nissewaard-zuidland'})
MATCH (b:Source {id: 'source:wiki-li-nissewaard'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

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
MATCH (b:Neighbourhood {id: 'neighbourhood:nissewaard-spijkenisse'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:spijkenisse-waterland'})
MATCH (b:Source {id: 'source:wiki-nl-straten-spijkenisse'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:spijkenisse-waterland'})
MATCH (b:Source {id: 'source:linqmedia-plein-vlinderveen'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:spijkenisse-maaswijk'})
SET n += {
  name: 'Maaswijk',
  nameEn: 'Maaswijk',
  description: 'Wijk van Spijkenisse.',
  descriptionEn: 'Neighbourhood of Spijkenisse.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:spijkenisse-maaswijk'})
MATCH (b:Municipality {id: 'municipality:GM1930'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:spijkenisse-maaswijk'})
MATCH (b:Neighbourhood {id: 'neighbourhood:nissewaard-spijkenisse'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:spijkenisse-maaswijk'})
MATCH (b:Source {id: 'source:wiki-nl-straten-spijkenisse'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:spijkenisse-de-akkers'})
SET n += {
  name: 'De Akkers',
  nameEn: 'De Akkers',
  description: 'Wijk van Spijkenisse.',
  descriptionEn: 'Neighbourhood of Spijkenisse.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:spijkenisse-de-akkers'})
MATCH (b:Municipality {id: 'municipality:GM1930'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:spijkenisse-de-akkers'})
MATCH (b:Neighbourhood {id: 'neighbourhood:nissewaard-spijkenisse'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:spijkenisse-de-akkers'})
MATCH (b:Source {id: 'source:wiki-nl-straten-spijkenisse'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:spijkenisse-de-hoek'})
SET n += {
  name: 'De Hoek',
  nameEn: 'De Hoek',
  description: 'Wijk van Spijkenisse.',
  descriptionEn: 'Neighbourhood of Spijkenisse.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:spijkenisse-de-hoek'})
MATCH (b:Municipality {id: 'municipality:GM1930'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:spijkenisse-de-hoek'})
MATCH (b:Neighbourhood {id: 'neighbourhood:nissewaard-spijkenisse'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:spijkenisse-de-hoek'})
MATCH (b:Source {id: 'source:wiki-nl-straten-spijkenisse'})
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
MATCH (b:Neighbourhood {id: 'neighbourhood:nissewaard-spijkenisse'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:spijkenisse-sterrenkwartier'})
MATCH (b:Source {id: 'source:wiki-nl-straten-spijkenisse'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:spijkenisse-sterrenkwartier'})
MATCH (b:Source {id: 'source:rijnmond-sterrenkwartier'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

// --- Zoetermeer (GM0637): the 10 stadswijken (no CBS codes: labels unverified, re-division in 2025)

MERGE (n:Neighbourhood {id: 'neighbourhood:zoetermeer-buytenwegh-de-leyens'})
SET n += {
  name: 'Buytenwegh-De Leyens',
  nameEn: 'Buytenwegh-De Leyens',
  description: 'Stadswijk van Zoetermeer.',
  descriptionEn: 'City district of Zoetermeer.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:zoetermeer-buytenwegh-de-leyens'})
MATCH (b:Municipality {id: 'municipality:GM0637'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:zoetermeer-buytenwegh-de-leyens'})
MATCH (b:Source {id: 'source:classicistranieri-zoetermeer'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:zoetermeer-dorp'})
SET n += {
  name: 'Dorp',
  nameEn: 'Dorp',
  description: 'Stadswijk van Zoetermeer.',
  descriptionEn: 'City district of Zoetermeer.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:zoetermeer-dorp'})
MATCH (b:Municipality {id: 'municipality:GM0637'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:zoetermeer-dorp'})
MATCH (b:Source {id: 'source:classicistranieri-zoetermeer'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:zoetermeer-driemanspolder'})
SET n += {
  name: 'Driemanspolder',
  nameEn: 'Driemanspolder',
  description: 'Stadswijk van Zoetermeer.',
  descriptionEn: 'City district of Zoetermeer.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:zoetermeer-driemanspolder'})
MATCH (b:Municipality {id: 'municipality:GM0637'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:zoetermeer-driemanspolder'})
MATCH (b:Source {id: 'source:classicistranieri-zoetermeer'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:zoetermeer-meerzicht'})
SET n += {
  name: 'Meerzicht',
  nameEn: 'Meerzicht',
  description: 'Stadswijk van Zoetermeer; het Pleintjesplan van Meerzicht geldt als voorbeeld van groen en experimenteel jong erfgoed.',
  descriptionEn: 'City district of Zoetermeer; its Pleintjesplan (plan of small squares) is an example of green, experimental young heritage.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:zoetermeer-meerzicht'})
MATCH (b:Municipality {id: 'municipality:GM0637'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:zoetermeer-meerzicht'})
MATCH (b:Source {id: 'source:classicistranieri-zoetermeer'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:zoetermeer-meerzicht'})
MATCH (b:Source {id: 'source:architectuurpunt-meerzicht'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:zoetermeer-noordhove'})
SET n += {
  name: 'Noordhove',
  nameEn: 'Noordhove',
  description: 'Stadswijk van Zoetermeer.',
  descriptionEn: 'City district of Zoetermeer.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:zoetermeer-noordhove'})
MATCH (b:Municipality {id: 'municipality:GM0637'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:zoetermeer-noordhove'})
MATCH (b:Source {id: 'source:classicistranieri-zoetermeer'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:zoetermeer-oosterheem'})
SET n += {
  name: 'Oosterheem',
  nameEn: 'Oosterheem',
  description: 'Stadswijk van Zoetermeer.',
  descriptionEn: 'City district of Zoetermeer.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:zoetermeer-oosterheem'})
MATCH (b:Municipality {id: 'municipality:GM0637'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:zoetermeer-oosterheem'})
MATCH (b:Source {id: 'source:classicistranieri-zoetermeer'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:zoetermeer-palenstein'})
SET n += {
  name: 'Palenstein',
  nameEn: 'Palenstein',
  description: 'Stadswijk van Zoetermeer; sinds een convenant in 2005 en een wijkvisie in 2012 geherstructureerd.',
  descriptionEn: 'City district of Zoetermeer; restructured since a covenant in 2005 and a neighbourhood vision in 2012.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:zoetermeer-palenstein'})
MATCH (b:Municipality {id: 'municipality:GM0637'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:zoetermeer-palenstein'})
MATCH (b:Source {id: 'source:classicistranieri-zoetermeer'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:zoetermeer-palenstein'})
MATCH (b:Source {id: 'source:palenstein-vernieuwing'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:zoetermeer-rokkeveen'})
SET n += {
  name: 'Rokkeveen',
  nameEn: 'Rokkeveen',
  description: 'Stadswijk van Zoetermeer.',
  descriptionEn: 'City district of Zoetermeer.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:zoetermeer-rokkeveen'})
MATCH (b:Municipality {id: 'municipality:GM0637'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:zoetermeer-rokkeveen'})
MATCH (b:Source {id: 'source:classicistranieri-zoetermeer'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:zoetermeer-seghwaert'})
SET n += {
  name: 'Seghwaert',
  nameEn: 'Seghwaert',
  description: 'Stadswijk van Zoetermeer.',
  descriptionEn: 'City district of Zoetermeer.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:zoetermeer-seghwaert'})
MATCH (b:Municipality {id: 'municipality:GM0637'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:zoetermeer-seghwaert'})
MATCH (b:Source {id: 'source:classicistranieri-zoetermeer'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Neighbourhood {id: 'neighbourhood:zoetermeer-stadscentrum'})
SET n += {
  name: 'Stadscentrum',
  nameEn: 'Stadscentrum',
  description: 'Stadswijk van Zoetermeer.',
  descriptionEn: 'City centre district of Zoetermeer.',
  kind: 'wijk'
};

MATCH (a:Neighbourhood {id: 'neighbourhood:zoetermeer-stadscentrum'})
MATCH (b:Municipality {id: 'municipality:GM0637'})
MERGE (a)-[r:PART_OF]->(b);

MATCH (a:Neighbourhood {id: 'neighbourhood:zoetermeer-stadscentrum'})
MATCH (b:Source {id: 'source:classicistranieri-zoetermeer'})
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
