// Seed graph 03: municipalities. The 16 groeikern municipalities of the declaration footnote
// (Duiven and Westervoort as two nodes), groeikern: true; the former and successor municipalities
// of the mergers, groeikern: false (except Hellevoetsluis, a groeikern that merged away).
// Codes: shared/research/domain.md, checked against public code files that list CBS codes with names
// (docs/data.md, gaps), each equal to the one in CBS's list of the division cited for its province.
// Populations: CBS 85984NED, 1 January 2024, for every municipality that existed then (at the end of
// this file). Provinces: CBS's lists of the municipal division of 1 January 2023 and, for the
// municipalities that merged away before 2023, of 1 January 2014 (at the end of this file).
// Then: mergers (MERGED_INTO) and memberships of the networks (MEMBER_OF).

// --- The 16 groeikern municipalities (declaration footnote 1)

MERGE (n:Municipality {id: 'municipality:GM0361'})
SET n += {
  name: 'Alkmaar',
  nameEn: 'Alkmaar',
  description: 'Voormalige groeikern. Op 1 januari 2015 samengevoegd met Graft-De Rijp en Schermer (Wet van 14 mei 2014, Stb. 2014, 190).',
  descriptionEn: 'Former growth centre. Merged with Graft-De Rijp and Schermer on 1 January 2015 (Act of 14 May 2014, Stb. 2014, 190).',
  code: 'GM0361',
  province: 'Noord-Holland',
  groeikern: true,
  population: 112304,
  populationYear: 2024,
  populationSource: 'source:cbs-kerncijfers-wijken-en-buurten-2024'
};

MATCH (a:Municipality {id: 'municipality:GM0361'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM0361'})
MATCH (b:Source {id: 'source:stb-2014-190'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'De wet die Alkmaar, Graft-De Rijp en Schermer samenvoegt.',
  noteEn: 'The act that merges Alkmaar, Graft-De Rijp and Schermer.'
};

MATCH (a:Municipality {id: 'municipality:GM0361'})
MATCH (b:Source {id: 'source:rekenkamer-alkmaar-herindeling-2017'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Op 1 januari 2015 zijn Alkmaar, Graft-De Rijp en Schermer heringedeeld tot één gemeente met 105.000 inwoners en 14 kernen.',
  noteEn: 'On 1 January 2015 Alkmaar, Graft-De Rijp and Schermer were merged into one municipality of 105,000 residents and 14 villages and towns.'
};

MERGE (n:Municipality {id: 'municipality:GM0034'})
SET n += {
  name: 'Almere',
  nameEn: 'Almere',
  description: 'Voormalige groeikern; kopgroepgemeente en ondertekenaar van de intentieverklaring (2022), lid van de New Town Alliantie en een van de vijf Ortega-gemeenten.',
  descriptionEn: 'Former growth centre; kopgroep municipality and signatory of the declaration (2022), member of the New Town Alliance and one of the five Ortega municipalities.',
  code: 'GM0034',
  province: 'Flevoland',
  groeikern: true,
  population: 226500,
  populationYear: 2024,
  populationSource: 'source:cbs-kerncijfers-wijken-en-buurten-2024'
};

MATCH (a:Municipality {id: 'municipality:GM0034'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM0034'})
MATCH (b:Source {id: 'source:mra-new-towns-alliantie-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Municipality {id: 'municipality:GM0502'})
SET n += {
  name: 'Capelle aan den IJssel',
  nameEn: 'Capelle aan den IJssel',
  description: 'Voormalige groeikern; kopgroepgemeente en ondertekenaar van de intentieverklaring (2022) en lid van de New Town Alliantie. Negen CBS-wijken in de indeling 2024.',
  descriptionEn: 'Former growth centre; kopgroep municipality and signatory of the declaration (2022) and member of the New Town Alliance. Nine CBS districts in the 2024 division.',
  code: 'GM0502',
  province: 'Zuid-Holland',
  groeikern: true,
  population: 67925,
  populationYear: 2024,
  populationSource: 'source:cbs-kerncijfers-wijken-en-buurten-2024'
};

MATCH (a:Municipality {id: 'municipality:GM0502'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Municipality {id: 'municipality:GM0226'})
SET n += {
  name: 'Duiven',
  nameEn: 'Duiven',
  description: 'Voormalige groeikern, in de intentieverklaring samen met Westervoort genoemd (Duiven/Westervoort); een zelfstandige gemeente.',
  descriptionEn: 'Former growth centre, named together with Westervoort in the declaration (Duiven/Westervoort); a separate municipality.',
  code: 'GM0226',
  province: 'Gelderland',
  groeikern: true,
  population: 24872,
  populationYear: 2024,
  populationSource: 'source:cbs-kerncijfers-wijken-en-buurten-2024'
};

MATCH (a:Municipality {id: 'municipality:GM0226'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Municipality {id: 'municipality:GM0293'})
SET n += {
  name: 'Westervoort',
  nameEn: 'Westervoort',
  description: 'Voormalige groeikern, in de intentieverklaring samen met Duiven genoemd (Duiven/Westervoort); een zelfstandige gemeente.',
  descriptionEn: 'Former growth centre, named together with Duiven in the declaration (Duiven/Westervoort); a separate municipality.',
  code: 'GM0293',
  province: 'Gelderland',
  groeikern: true,
  population: 15151,
  populationYear: 2024,
  populationSource: 'source:cbs-kerncijfers-wijken-en-buurten-2024'
};

MATCH (a:Municipality {id: 'municipality:GM0293'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Municipality {id: 'municipality:GM0394'})
SET n += {
  name: 'Haarlemmermeer',
  nameEn: 'Haarlemmermeer',
  description: 'Voormalige groeikern en een van de vijf Ortega-gemeenten van de Uitvoeringsagenda New Towns (2009). Sinds 1 januari 2019 is de voormalige gemeente Haarlemmerliede en Spaarnwoude erin opgegaan (Wet van 11 juli 2018, Stb. 2018, 276).',
  descriptionEn: 'Former growth centre and one of the five Ortega municipalities of the Implementation agenda New Towns (2009). Since 1 January 2019 the former municipality of Haarlemmerliede en Spaarnwoude is part of it (Act of 11 July 2018, Stb. 2018, 276).',
  code: 'GM0394',
  province: 'Noord-Holland',
  groeikern: true,
  population: 163128,
  populationYear: 2024,
  populationSource: 'source:cbs-kerncijfers-wijken-en-buurten-2024'
};

MATCH (a:Municipality {id: 'municipality:GM0394'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM0394'})
MATCH (b:Source {id: 'source:stb-2018-276'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'De wet die Haarlemmerliede en Spaarnwoude en Haarlemmermeer samenvoegt.',
  noteEn: 'The act that merges Haarlemmerliede en Spaarnwoude and Haarlemmermeer.'
};

MATCH (a:Municipality {id: 'municipality:GM0394'})
MATCH (b:Source {id: 'source:rd-herindelingen-2019'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Volgens het CBS wordt Haarlemmerliede en Spaarnwoude per 1 januari 2019 opgenomen in Haarlemmermeer.',
  noteEn: 'According to CBS, Haarlemmerliede en Spaarnwoude becomes part of Haarlemmermeer on 1 January 2019.'
};

MATCH (a:Municipality {id: 'municipality:GM0394'})
MATCH (b:Source {id: 'source:noord-holland-fusie-haarlemmermeer-2017'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'De provincie adviseerde de samenvoeging per 1 januari 2019.',
  noteEn: 'The province advised the merger as of 1 January 2019.'
};

MERGE (n:Municipality {id: 'municipality:GM0530'})
SET n += {
  name: 'Hellevoetsluis',
  nameEn: 'Hellevoetsluis',
  description: 'Voormalige groeikern en voormalige gemeente: bestond tot en met 31 december 2022 en ging op 1 januari 2023 op in Voorne aan Zee. Daarom heeft zij geen inwonertal op 1 januari 2024, het peiljaar van de andere groeikernen: het CBS telt haar gebied sindsdien bij Voorne aan Zee (74.304 inwoners op die datum). De plaats Hellevoetsluis telde 39.925 inwoners op 1 januari 2024 (geen gemeentecijfer, daarom niet als inwonertal vastgelegd).',
  descriptionEn: 'Former growth centre and former municipality: existed until 31 December 2022 and merged into Voorne aan Zee on 1 January 2023. So it has no population on 1 January 2024, the reference date of the other growth centres: since then CBS counts its territory with Voorne aan Zee (74,304 residents on that date). The town of Hellevoetsluis had 39,925 residents on 1 January 2024 (not a municipal figure, so not stored as population).',
  code: 'GM0530',
  province: 'Zuid-Holland',
  groeikern: true,
  validTo: date('2022-12-31')
};

MATCH (a:Municipality {id: 'municipality:GM0530'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM0530'})
MATCH (b:Source {id: 'source:zuid-holland-zienswijze-voorne-aan-zee-2021'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Municipality {id: 'municipality:GM0794'})
SET n += {
  name: 'Helmond',
  nameEn: 'Helmond',
  description: 'Voormalige groeikern en lid van de New Town Alliantie. Van de woningvoorraad (2019) is 30,8% gebouwd in 1950-1979 en 23,4% in 1980-1989.',
  descriptionEn: 'Former growth centre and member of the New Town Alliance. Of the housing stock (2019), 30.8% was built in 1950-1979 and 23.4% in 1980-1989.',
  code: 'GM0794',
  province: 'Noord-Brabant',
  groeikern: true,
  population: 95874,
  populationYear: 2024,
  populationSource: 'source:cbs-kerncijfers-wijken-en-buurten-2024'
};

MATCH (a:Municipality {id: 'municipality:GM0794'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Municipality {id: 'municipality:GM0405'})
SET n += {
  name: 'Hoorn',
  nameEn: 'Hoorn',
  description: 'Voormalige groeikern.',
  descriptionEn: 'Former growth centre.',
  code: 'GM0405',
  province: 'Noord-Holland',
  groeikern: true,
  population: 75645,
  populationYear: 2024,
  populationSource: 'source:cbs-kerncijfers-wijken-en-buurten-2024'
};

MATCH (a:Municipality {id: 'municipality:GM0405'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Municipality {id: 'municipality:GM0321'})
SET n += {
  name: 'Houten',
  nameEn: 'Houten',
  description: 'Voormalige groeikern.',
  descriptionEn: 'Former growth centre.',
  code: 'GM0321',
  province: 'Utrecht',
  groeikern: true,
  population: 50847,
  populationYear: 2024,
  populationSource: 'source:cbs-kerncijfers-wijken-en-buurten-2024'
};

MATCH (a:Municipality {id: 'municipality:GM0321'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Municipality {id: 'municipality:GM0406'})
SET n += {
  name: 'Huizen',
  nameEn: 'Huizen',
  description: 'Voormalige groeikern.',
  descriptionEn: 'Former growth centre.',
  code: 'GM0406',
  province: 'Noord-Holland',
  groeikern: true,
  population: 41193,
  populationYear: 2024,
  populationSource: 'source:cbs-kerncijfers-wijken-en-buurten-2024'
};

MATCH (a:Municipality {id: 'municipality:GM0406'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Municipality {id: 'municipality:GM0995'})
SET n += {
  name: 'Lelystad',
  nameEn: 'Lelystad',
  description: 'Voormalige groeikern; Lelystad Oost is een van de 20 stedelijke focusgebieden van het NPLV. Volgens de MRA (december 2023) deed Lelystad mee aan de New Towns Alliantie; in de ledenlijst van 2024 staat Lelystad niet.',
  descriptionEn: 'Former growth centre; Lelystad Oost is one of the 20 urban focus areas of the NPLV. According to the MRA (December 2023) Lelystad took part in the New Towns Alliance; it is not in the 2024 member list.',
  code: 'GM0995',
  province: 'Flevoland',
  groeikern: true,
  population: 84080,
  populationYear: 2024,
  populationSource: 'source:cbs-kerncijfers-wijken-en-buurten-2024'
};

MATCH (a:Municipality {id: 'municipality:GM0995'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM0995'})
MATCH (b:Source {id: 'source:mra-new-towns-alliantie-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Municipality {id: 'municipality:GM0356'})
SET n += {
  name: 'Nieuwegein',
  nameEn: 'Nieuwegein',
  description: 'Voormalige groeikern, op 1 juli 1971 ontstaan uit Jutphaas en Vreeswijk; kopgroepgemeente en ondertekenaar van de intentieverklaring (2022), lid van de New Town Alliantie. De Centrale As is een van de 20 stedelijke focusgebieden van het NPLV.',
  descriptionEn: 'Former growth centre, formed on 1 July 1971 from Jutphaas and Vreeswijk; kopgroep municipality and signatory of the declaration (2022), member of the New Town Alliance. The Centrale As is one of the 20 urban focus areas of the NPLV.',
  code: 'GM0356',
  province: 'Utrecht',
  groeikern: true,
  validFrom: date('1971-07-01'),
  population: 65971,
  populationYear: 2024,
  populationSource: 'source:cbs-kerncijfers-wijken-en-buurten-2024'
};

MATCH (a:Municipality {id: 'municipality:GM0356'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Municipality {id: 'municipality:GM1930'})
SET n += {
  name: 'Nissewaard',
  nameEn: 'Nissewaard',
  description: 'Op 1 januari 2015 ontstaan uit Spijkenisse en Bernisse; in de intentieverklaring genoemd als groeikern. Kopgroepgemeente en ondertekenaar (2022), lid van de New Town Alliantie. De stad Spijkenisse telde 73.405 inwoners op 1 januari 2024.',
  descriptionEn: 'Formed on 1 January 2015 from Spijkenisse and Bernisse; named as a growth centre in the declaration. Kopgroep municipality and signatory (2022), member of the New Town Alliance. The town of Spijkenisse had 73,405 residents on 1 January 2024.',
  code: 'GM1930',
  province: 'Zuid-Holland',
  groeikern: true,
  validFrom: date('2015-01-01'),
  population: 87639,
  populationYear: 2024,
  populationSource: 'source:cbs-kerncijfers-wijken-en-buurten-2024'
};

MATCH (a:Municipality {id: 'municipality:GM1930'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM1930'})
MATCH (b:Source {id: 'source:metatopos-stb-2014-189'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Municipality {id: 'municipality:GM0439'})
SET n += {
  name: 'Purmerend',
  nameEn: 'Purmerend',
  description: 'Voormalige groeikern en lid van de New Town Alliantie. De Wet van 26 mei 2021 (Stb. 2021, 264) voegde het grondgebied van Beemster toe aan Purmerend, met 1 januari 2022 als beoogde datum van herindeling (Stb. 2021, 428). Het vastgelegde inwonertal is dat van 1 januari 2024, van de gemeente met Beemster.',
  descriptionEn: 'Former growth centre and member of the New Town Alliance. The Act of 26 May 2021 (Stb. 2021, 264) added the territory of Beemster to Purmerend, with 1 January 2022 as the intended date of the redrawing (Stb. 2021, 428). The population stored is that of 1 January 2024, of the municipality including Beemster.',
  code: 'GM0439',
  province: 'Noord-Holland',
  groeikern: true,
  population: 95168,
  populationYear: 2024,
  populationSource: 'source:cbs-kerncijfers-wijken-en-buurten-2024'
};

MATCH (a:Municipality {id: 'municipality:GM0439'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM0439'})
MATCH (b:Source {id: 'source:mra-new-towns-alliantie-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM0439'})
MATCH (b:Source {id: 'source:stb-2021-264'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'De wet die het grondgebied van Beemster aan Purmerend toevoegde.',
  noteEn: 'The act that added the territory of Beemster to Purmerend.'
};

MATCH (a:Municipality {id: 'municipality:GM0439'})
MATCH (b:Source {id: 'source:stb-2021-428'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Inwerkingtreding van de herindelingswet; beoogde datum van herindeling 1 januari 2022.',
  noteEn: 'Entry into force of the redrawing act; intended date of the redrawing 1 January 2022.'
};

MERGE (n:Municipality {id: 'municipality:GM0637'})
SET n += {
  name: 'Zoetermeer',
  nameEn: 'Zoetermeer',
  description: 'Voormalige groeikern; kopgroepgemeente en ondertekenaar van de intentieverklaring (2022), lid van de New Town Alliantie en een van de vijf Ortega-gemeenten. Negen CBS-wijken in de indeling 2024.',
  descriptionEn: 'Former growth centre; kopgroep municipality and signatory of the declaration (2022), member of the New Town Alliance and one of the five Ortega municipalities. Nine CBS districts in the 2024 division.',
  code: 'GM0637',
  province: 'Zuid-Holland',
  groeikern: true,
  population: 128434,
  populationYear: 2024,
  populationSource: 'source:cbs-kerncijfers-wijken-en-buurten-2024'
};

MATCH (a:Municipality {id: 'municipality:GM0637'})
MATCH (b:Source {id: 'source:intentieverklaring-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM0637'})
MATCH (b:Source {id: 'source:mra-new-towns-alliantie-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

// --- Former and successor municipalities of the mergers (groeikern: false)

MERGE (n:Municipality {id: 'municipality:GM0612'})
SET n += {
  name: 'Spijkenisse',
  nameEn: 'Spijkenisse',
  description: 'Voormalige gemeente; ging op 1 januari 2015 met Bernisse op in Nissewaard. De stad Spijkenisse is nu een kern van Nissewaard.',
  descriptionEn: 'Former municipality; merged with Bernisse into Nissewaard on 1 January 2015. The town of Spijkenisse is now part of Nissewaard.',
  code: 'GM0612',
  province: 'Zuid-Holland',
  groeikern: false,
  validTo: date('2014-12-31')
};

MATCH (a:Municipality {id: 'municipality:GM0612'})
MATCH (b:Source {id: 'source:metatopos-stb-2014-189'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Municipality {id: 'municipality:GM0568'})
SET n += {
  name: 'Bernisse',
  nameEn: 'Bernisse',
  description: 'Voormalige gemeente; ging op 1 januari 2015 met Spijkenisse op in Nissewaard.',
  descriptionEn: 'Former municipality; merged with Spijkenisse into Nissewaard on 1 January 2015.',
  code: 'GM0568',
  province: 'Zuid-Holland',
  groeikern: false,
  validTo: date('2014-12-31')
};

MATCH (a:Municipality {id: 'municipality:GM0568'})
MATCH (b:Source {id: 'source:metatopos-stb-2014-189'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

// Merged into groeikernen: codes and province from CBS's list of 1 January 2014, the mergers from their acts.

MERGE (n:Municipality {id: 'municipality:GM0365'})
SET n += {
  name: 'Graft-De Rijp',
  nameEn: 'Graft-De Rijp',
  description: 'Voormalige gemeente; ging op 1 januari 2015 met Schermer op in Alkmaar (Wet van 14 mei 2014, Stb. 2014, 190).',
  descriptionEn: 'Former municipality; merged with Schermer into Alkmaar on 1 January 2015 (Act of 14 May 2014, Stb. 2014, 190).',
  code: 'GM0365',
  province: 'Noord-Holland',
  groeikern: false,
  validTo: date('2014-12-31')
};

MATCH (a:Municipality {id: 'municipality:GM0365'})
MATCH (b:Source {id: 'source:stb-2014-190'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Municipality {id: 'municipality:GM0458'})
SET n += {
  name: 'Schermer',
  nameEn: 'Schermer',
  description: 'Voormalige gemeente; ging op 1 januari 2015 met Graft-De Rijp op in Alkmaar (Wet van 14 mei 2014, Stb. 2014, 190).',
  descriptionEn: 'Former municipality; merged with Graft-De Rijp into Alkmaar on 1 January 2015 (Act of 14 May 2014, Stb. 2014, 190).',
  code: 'GM0458',
  province: 'Noord-Holland',
  groeikern: false,
  validTo: date('2014-12-31')
};

MATCH (a:Municipality {id: 'municipality:GM0458'})
MATCH (b:Source {id: 'source:stb-2014-190'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Municipality {id: 'municipality:GM0393'})
SET n += {
  name: 'Haarlemmerliede en Spaarnwoude',
  nameEn: 'Haarlemmerliede en Spaarnwoude',
  description: 'Voormalige gemeente; ging op 1 januari 2019 op in Haarlemmermeer (Wet van 11 juli 2018, Stb. 2018, 276).',
  descriptionEn: 'Former municipality; became part of Haarlemmermeer on 1 January 2019 (Act of 11 July 2018, Stb. 2018, 276).',
  code: 'GM0393',
  province: 'Noord-Holland',
  groeikern: false,
  validTo: date('2018-12-31')
};

MATCH (a:Municipality {id: 'municipality:GM0393'})
MATCH (b:Source {id: 'source:stb-2018-276'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Municipality {id: 'municipality:GM0370'})
SET n += {
  name: 'Beemster',
  nameEn: 'Beemster',
  description: 'Voormalige gemeente; de Wet van 26 mei 2021 (Stb. 2021, 264) voegde haar grondgebied toe aan Purmerend, met 1 januari 2022 als beoogde datum van herindeling (Stb. 2021, 428).',
  descriptionEn: 'Former municipality; the Act of 26 May 2021 (Stb. 2021, 264) added its territory to Purmerend, with 1 January 2022 as the intended date of the redrawing (Stb. 2021, 428).',
  code: 'GM0370',
  province: 'Noord-Holland',
  groeikern: false,
  validTo: date('2021-12-31')
};

MATCH (a:Municipality {id: 'municipality:GM0370'})
MATCH (b:Source {id: 'source:stb-2021-264'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM0370'})
MATCH (b:Source {id: 'source:stb-2021-428'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Municipality {id: 'municipality:GM1992'})
SET n += {
  name: 'Voorne aan Zee',
  nameEn: 'Voorne aan Zee',
  description: 'Gemeente sinds 1 januari 2023, ontstaan uit Brielle, Hellevoetsluis en Westvoorne; circa 72.000 inwoners. Zelf niet als groeikern aangewezen; de voormalige groeikern Hellevoetsluis ligt erin.',
  descriptionEn: 'Municipality since 1 January 2023, formed from Brielle, Hellevoetsluis and Westvoorne; about 72,000 residents. Not itself designated a growth centre; the former growth centre Hellevoetsluis lies within it.',
  code: 'GM1992',
  province: 'Zuid-Holland',
  groeikern: false,
  validFrom: date('2023-01-01'),
  population: 74304,
  populationYear: 2024,
  populationSource: 'source:cbs-kerncijfers-wijken-en-buurten-2024'
};

MATCH (a:Municipality {id: 'municipality:GM1992'})
MATCH (b:Source {id: 'source:zuid-holland-zienswijze-voorne-aan-zee-2021'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Municipality {id: 'municipality:GM0501'})
SET n += {
  name: 'Brielle',
  nameEn: 'Brielle',
  description: 'Voormalige gemeente; ging op 1 januari 2023 op in Voorne aan Zee.',
  descriptionEn: 'Former municipality; merged into Voorne aan Zee on 1 January 2023.',
  code: 'GM0501',
  province: 'Zuid-Holland',
  groeikern: false,
  validTo: date('2022-12-31')
};

MATCH (a:Municipality {id: 'municipality:GM0501'})
MATCH (b:Source {id: 'source:zuid-holland-zienswijze-voorne-aan-zee-2021'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Municipality {id: 'municipality:GM0614'})
SET n += {
  name: 'Westvoorne',
  nameEn: 'Westvoorne',
  description: 'Voormalige gemeente; ging op 1 januari 2023 op in Voorne aan Zee.',
  descriptionEn: 'Former municipality; merged into Voorne aan Zee on 1 January 2023.',
  code: 'GM0614',
  province: 'Zuid-Holland',
  groeikern: false,
  validTo: date('2022-12-31')
};

MATCH (a:Municipality {id: 'municipality:GM0614'})
MATCH (b:Source {id: 'source:zuid-holland-zienswijze-voorne-aan-zee-2021'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

// --- Mergers

MATCH (a:Municipality {id: 'municipality:GM0612'})
MATCH (b:Municipality {id: 'municipality:GM1930'})
MERGE (a)-[r:MERGED_INTO]->(b)
SET r += {
  date: date('2015-01-01'),
  sources: ['source:metatopos-stb-2014-189']
};

MATCH (a:Municipality {id: 'municipality:GM0568'})
MATCH (b:Municipality {id: 'municipality:GM1930'})
MERGE (a)-[r:MERGED_INTO]->(b)
SET r += {
  date: date('2015-01-01'),
  sources: ['source:metatopos-stb-2014-189']
};

MATCH (a:Municipality {id: 'municipality:GM0365'})
MATCH (b:Municipality {id: 'municipality:GM0361'})
MERGE (a)-[r:MERGED_INTO]->(b)
SET r += {
  date: date('2015-01-01'),
  sources: ['source:stb-2014-190', 'source:rekenkamer-alkmaar-herindeling-2017']
};

MATCH (a:Municipality {id: 'municipality:GM0458'})
MATCH (b:Municipality {id: 'municipality:GM0361'})
MERGE (a)-[r:MERGED_INTO]->(b)
SET r += {
  date: date('2015-01-01'),
  sources: ['source:stb-2014-190', 'source:rekenkamer-alkmaar-herindeling-2017']
};

MATCH (a:Municipality {id: 'municipality:GM0393'})
MATCH (b:Municipality {id: 'municipality:GM0394'})
MERGE (a)-[r:MERGED_INTO]->(b)
SET r += {
  date: date('2019-01-01'),
  sources: ['source:stb-2018-276', 'source:rd-herindelingen-2019']
};

MATCH (a:Municipality {id: 'municipality:GM0370'})
MATCH (b:Municipality {id: 'municipality:GM0439'})
MERGE (a)-[r:MERGED_INTO]->(b)
SET r += {
  date: date('2022-01-01'),
  sources: ['source:stb-2021-264', 'source:stb-2021-428']
};

MATCH (a:Municipality {id: 'municipality:GM0530'})
MATCH (b:Municipality {id: 'municipality:GM1992'})
MERGE (a)-[r:MERGED_INTO]->(b)
SET r += {
  date: date('2023-01-01'),
  sources: ['source:zuid-holland-zienswijze-voorne-aan-zee-2021']
};

MATCH (a:Municipality {id: 'municipality:GM0501'})
MATCH (b:Municipality {id: 'municipality:GM1992'})
MERGE (a)-[r:MERGED_INTO]->(b)
SET r += {
  date: date('2023-01-01'),
  sources: ['source:zuid-holland-zienswijze-voorne-aan-zee-2021']
};

MATCH (a:Municipality {id: 'municipality:GM0614'})
MATCH (b:Municipality {id: 'municipality:GM1992'})
MERGE (a)-[r:MERGED_INTO]->(b)
SET r += {
  date: date('2023-01-01'),
  sources: ['source:zuid-holland-zienswijze-voorne-aan-zee-2021']
};

// --- The learning network: the kopgroep and BZK signed on 28 November 2022; the other groeikernen are the intended coalition

MATCH (a:Municipality {id: 'municipality:GM0034'})
MATCH (b:Actor {id: 'actor:leernetwerk-toekomstbestendige-new-towns'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {
  role: 'signatory',
  since: date('2022-11-28'),
  sources: ['source:intentieverklaring-2022']
};

MATCH (a:Municipality {id: 'municipality:GM0502'})
MATCH (b:Actor {id: 'actor:leernetwerk-toekomstbestendige-new-towns'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {
  role: 'signatory',
  since: date('2022-11-28'),
  sources: ['source:intentieverklaring-2022']
};

MATCH (a:Municipality {id: 'municipality:GM0356'})
MATCH (b:Actor {id: 'actor:leernetwerk-toekomstbestendige-new-towns'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {
  role: 'signatory',
  since: date('2022-11-28'),
  sources: ['source:intentieverklaring-2022']
};

MATCH (a:Municipality {id: 'municipality:GM1930'})
MATCH (b:Actor {id: 'actor:leernetwerk-toekomstbestendige-new-towns'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {
  role: 'signatory',
  since: date('2022-11-28'),
  sources: ['source:intentieverklaring-2022']
};

MATCH (a:Municipality {id: 'municipality:GM0637'})
MATCH (b:Actor {id: 'actor:leernetwerk-toekomstbestendige-new-towns'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {
  role: 'signatory',
  since: date('2022-11-28'),
  sources: ['source:intentieverklaring-2022']
};

MATCH (a:Actor {id: 'actor:ministerie-bzk'})
MATCH (b:Actor {id: 'actor:leernetwerk-toekomstbestendige-new-towns'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {
  role: 'signatory',
  since: date('2022-11-28'),
  sources: ['source:intentieverklaring-2022']
};

MATCH (a:Municipality {id: 'municipality:GM0361'})
MATCH (b:Actor {id: 'actor:leernetwerk-toekomstbestendige-new-towns'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'intended_member', sources: ['source:intentieverklaring-2022']};

MATCH (a:Municipality {id: 'municipality:GM0226'})
MATCH (b:Actor {id: 'actor:leernetwerk-toekomstbestendige-new-towns'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'intended_member', sources: ['source:intentieverklaring-2022']};

MATCH (a:Municipality {id: 'municipality:GM0293'})
MATCH (b:Actor {id: 'actor:leernetwerk-toekomstbestendige-new-towns'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'intended_member', sources: ['source:intentieverklaring-2022']};

MATCH (a:Municipality {id: 'municipality:GM0394'})
MATCH (b:Actor {id: 'actor:leernetwerk-toekomstbestendige-new-towns'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'intended_member', sources: ['source:intentieverklaring-2022']};

MATCH (a:Municipality {id: 'municipality:GM0530'})
MATCH (b:Actor {id: 'actor:leernetwerk-toekomstbestendige-new-towns'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'intended_member', sources: ['source:intentieverklaring-2022']};

MATCH (a:Municipality {id: 'municipality:GM0794'})
MATCH (b:Actor {id: 'actor:leernetwerk-toekomstbestendige-new-towns'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'intended_member', sources: ['source:intentieverklaring-2022']};

MATCH (a:Municipality {id: 'municipality:GM0405'})
MATCH (b:Actor {id: 'actor:leernetwerk-toekomstbestendige-new-towns'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'intended_member', sources: ['source:intentieverklaring-2022']};

MATCH (a:Municipality {id: 'municipality:GM0321'})
MATCH (b:Actor {id: 'actor:leernetwerk-toekomstbestendige-new-towns'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'intended_member', sources: ['source:intentieverklaring-2022']};

MATCH (a:Municipality {id: 'municipality:GM0406'})
MATCH (b:Actor {id: 'actor:leernetwerk-toekomstbestendige-new-towns'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'intended_member', sources: ['source:intentieverklaring-2022']};

MATCH (a:Municipality {id: 'municipality:GM0995'})
MATCH (b:Actor {id: 'actor:leernetwerk-toekomstbestendige-new-towns'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'intended_member', sources: ['source:intentieverklaring-2022']};

MATCH (a:Municipality {id: 'municipality:GM0439'})
MATCH (b:Actor {id: 'actor:leernetwerk-toekomstbestendige-new-towns'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'intended_member', sources: ['source:intentieverklaring-2022']};

// --- New Town Alliantie (7 members per the 2024 sources), Kopgroep New Towns (2021), Ortega municipalities (2009)

MATCH (a:Municipality {id: 'municipality:GM0034'})
MATCH (b:Actor {id: 'actor:new-town-alliantie'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {
  role: 'member',
  sources: ['source:zoetermeer-nu-actie-nodig-2024']
};

MATCH (a:Municipality {id: 'municipality:GM0502'})
MATCH (b:Actor {id: 'actor:new-town-alliantie'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {
  role: 'member',
  sources: ['source:zoetermeer-nu-actie-nodig-2024']
};

MATCH (a:Municipality {id: 'municipality:GM0794'})
MATCH (b:Actor {id: 'actor:new-town-alliantie'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {
  role: 'member',
  sources: ['source:zoetermeer-nu-actie-nodig-2024']
};

MATCH (a:Municipality {id: 'municipality:GM0356'})
MATCH (b:Actor {id: 'actor:new-town-alliantie'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {
  role: 'member',
  sources: ['source:zoetermeer-nu-actie-nodig-2024']
};

MATCH (a:Municipality {id: 'municipality:GM1930'})
MATCH (b:Actor {id: 'actor:new-town-alliantie'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {
  role: 'member',
  sources: ['source:zoetermeer-nu-actie-nodig-2024']
};

MATCH (a:Municipality {id: 'municipality:GM0439'})
MATCH (b:Actor {id: 'actor:new-town-alliantie'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {
  role: 'member',
  sources: ['source:zoetermeer-nu-actie-nodig-2024']
};

MATCH (a:Municipality {id: 'municipality:GM0637'})
MATCH (b:Actor {id: 'actor:new-town-alliantie'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {
  role: 'member',
  sources: ['source:zoetermeer-nu-actie-nodig-2024']
};

MATCH (a:Municipality {id: 'municipality:GM0034'})
MATCH (b:Actor {id: 'actor:kopgroep-new-towns'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'founder', sources: ['source:mra-new-towns-alliantie-2023']};

MATCH (a:Municipality {id: 'municipality:GM0502'})
MATCH (b:Actor {id: 'actor:kopgroep-new-towns'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'founder', sources: ['source:mra-new-towns-alliantie-2023']};

MATCH (a:Municipality {id: 'municipality:GM1930'})
MATCH (b:Actor {id: 'actor:kopgroep-new-towns'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'founder', sources: ['source:mra-new-towns-alliantie-2023']};

MATCH (a:Municipality {id: 'municipality:GM0637'})
MATCH (b:Actor {id: 'actor:kopgroep-new-towns'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'founder', sources: ['source:mra-new-towns-alliantie-2023']};

MATCH (a:Municipality {id: 'municipality:GM0356'})
MATCH (b:Actor {id: 'actor:kopgroep-new-towns'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'member', sources: ['source:intentieverklaring-2022']};

MATCH (a:Municipality {id: 'municipality:GM0034'})
MATCH (b:Actor {id: 'actor:ortega-gemeenten'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {
  role: 'member',
  sources: ['source:uitvoeringsagenda-new-towns-2009']
};

MATCH (a:Municipality {id: 'municipality:GM0394'})
MATCH (b:Actor {id: 'actor:ortega-gemeenten'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {
  role: 'member',
  sources: ['source:uitvoeringsagenda-new-towns-2009']
};

MATCH (a:Municipality {id: 'municipality:GM0637'})
MATCH (b:Actor {id: 'actor:ortega-gemeenten'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {
  role: 'member',
  sources: ['source:uitvoeringsagenda-new-towns-2009']
};

// --- Part of the Metropoolregio Amsterdam, as the MRA source says

MATCH (a:Municipality {id: 'municipality:GM0034'})
MATCH (b:Actor {id: 'actor:metropoolregio-amsterdam'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'member', sources: ['source:mra-new-towns-alliantie-2023']};

MATCH (a:Municipality {id: 'municipality:GM0439'})
MATCH (b:Actor {id: 'actor:metropoolregio-amsterdam'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'member', sources: ['source:mra-new-towns-alliantie-2023']};

MATCH (a:Municipality {id: 'municipality:GM0995'})
MATCH (b:Actor {id: 'actor:metropoolregio-amsterdam'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {role: 'member', sources: ['source:mra-new-towns-alliantie-2023']};

// --- Populations on 1 January 2024, all from one table: CBS Kerncijfers wijken en buurten 2024 (85984NED),
// read in a machine extract of it (docs/data.md, source policy). Hellevoetsluis (GM0530) no longer exists on
// that date and is not in the table: its territory's population is Voorne aan Zee's.

MATCH (a:Municipality {id: 'municipality:GM0361'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Gemeente GM0361: 112.304 inwoners op 1 januari 2024.',
  noteEn: 'Municipality GM0361: 112,304 residents on 1 January 2024.'
};

MATCH (a:Municipality {id: 'municipality:GM0034'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Gemeente GM0034: 226.500 inwoners op 1 januari 2024.',
  noteEn: 'Municipality GM0034: 226,500 residents on 1 January 2024.'
};

MATCH (a:Municipality {id: 'municipality:GM0502'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Gemeente GM0502: 67.925 inwoners op 1 januari 2024.',
  noteEn: 'Municipality GM0502: 67,925 residents on 1 January 2024.'
};

MATCH (a:Municipality {id: 'municipality:GM0226'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Gemeente GM0226: 24.872 inwoners op 1 januari 2024.',
  noteEn: 'Municipality GM0226: 24,872 residents on 1 January 2024.'
};

MATCH (a:Municipality {id: 'municipality:GM0293'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Gemeente GM0293: 15.151 inwoners op 1 januari 2024.',
  noteEn: 'Municipality GM0293: 15,151 residents on 1 January 2024.'
};

MATCH (a:Municipality {id: 'municipality:GM0394'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Gemeente GM0394: 163.128 inwoners op 1 januari 2024.',
  noteEn: 'Municipality GM0394: 163,128 residents on 1 January 2024.'
};

MATCH (a:Municipality {id: 'municipality:GM0794'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Gemeente GM0794: 95.874 inwoners op 1 januari 2024.',
  noteEn: 'Municipality GM0794: 95,874 residents on 1 January 2024.'
};

MATCH (a:Municipality {id: 'municipality:GM0405'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Gemeente GM0405: 75.645 inwoners op 1 januari 2024.',
  noteEn: 'Municipality GM0405: 75,645 residents on 1 January 2024.'
};

MATCH (a:Municipality {id: 'municipality:GM0321'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Gemeente GM0321: 50.847 inwoners op 1 januari 2024.',
  noteEn: 'Municipality GM0321: 50,847 residents on 1 January 2024.'
};

MATCH (a:Municipality {id: 'municipality:GM0406'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Gemeente GM0406: 41.193 inwoners op 1 januari 2024.',
  noteEn: 'Municipality GM0406: 41,193 residents on 1 January 2024.'
};

MATCH (a:Municipality {id: 'municipality:GM0995'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Gemeente GM0995: 84.080 inwoners op 1 januari 2024.',
  noteEn: 'Municipality GM0995: 84,080 residents on 1 January 2024.'
};

MATCH (a:Municipality {id: 'municipality:GM0356'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Gemeente GM0356: 65.971 inwoners op 1 januari 2024.',
  noteEn: 'Municipality GM0356: 65,971 residents on 1 January 2024.'
};

MATCH (a:Municipality {id: 'municipality:GM1930'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Gemeente GM1930: 87.639 inwoners op 1 januari 2024.',
  noteEn: 'Municipality GM1930: 87,639 residents on 1 January 2024.'
};

MATCH (a:Municipality {id: 'municipality:GM0439'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Gemeente GM0439: 95.168 inwoners op 1 januari 2024.',
  noteEn: 'Municipality GM0439: 95,168 residents on 1 January 2024.'
};

MATCH (a:Municipality {id: 'municipality:GM0637'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Gemeente GM0637: 128.434 inwoners op 1 januari 2024.',
  noteEn: 'Municipality GM0637: 128,434 residents on 1 January 2024.'
};

MATCH (a:Municipality {id: 'municipality:GM1992'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Gemeente GM1992: 74.304 inwoners op 1 januari 2024.',
  noteEn: 'Municipality GM1992: 74,304 residents on 1 January 2024.'
};

MATCH (a:Municipality {id: 'municipality:GM0530'})
MATCH (b:Source {id: 'source:cbs-kerncijfers-wijken-en-buurten-2024'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'GM0530 komt in de tabel van 2024 niet meer voor: Hellevoetsluis is sinds 1 januari 2023 deel van Voorne aan Zee (GM1992).',
  noteEn: 'GM0530 is no longer in the 2024 table: Hellevoetsluis has been part of Voorne aan Zee (GM1992) since 1 January 2023.'
};

// --- Provinces, from CBS's lists of the municipal division (docs/data.md, gaps): the list of 1 January 2023
// for every municipality that existed then, the list of 1 January 2014 for those that merged away before
// 2023. Both read in copies of the CBS files in public repositories (retrievedVia); every code, name and
// province in the seed equals the list's.

MATCH (a:Municipality {id: 'municipality:GM0361'})
MATCH (b:Source {id: 'source:cbs-gemeentelijke-indeling-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Provincie: GM0361 Alkmaar ligt op 1 januari 2023 in PV27 Noord-Holland.',
  noteEn: 'Province: on 1 January 2023 GM0361 Alkmaar lies in PV27 Noord-Holland.'
};

MATCH (a:Municipality {id: 'municipality:GM0034'})
MATCH (b:Source {id: 'source:cbs-gemeentelijke-indeling-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Provincie: GM0034 Almere ligt op 1 januari 2023 in PV24 Flevoland.',
  noteEn: 'Province: on 1 January 2023 GM0034 Almere lies in PV24 Flevoland.'
};

MATCH (a:Municipality {id: 'municipality:GM0502'})
MATCH (b:Source {id: 'source:cbs-gemeentelijke-indeling-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Provincie: GM0502 Capelle aan den IJssel ligt op 1 januari 2023 in PV28 Zuid-Holland.',
  noteEn: 'Province: on 1 January 2023 GM0502 Capelle aan den IJssel lies in PV28 Zuid-Holland.'
};

MATCH (a:Municipality {id: 'municipality:GM0226'})
MATCH (b:Source {id: 'source:cbs-gemeentelijke-indeling-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Provincie: GM0226 Duiven ligt op 1 januari 2023 in PV25 Gelderland.',
  noteEn: 'Province: on 1 January 2023 GM0226 Duiven lies in PV25 Gelderland.'
};

MATCH (a:Municipality {id: 'municipality:GM0293'})
MATCH (b:Source {id: 'source:cbs-gemeentelijke-indeling-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Provincie: GM0293 Westervoort ligt op 1 januari 2023 in PV25 Gelderland.',
  noteEn: 'Province: on 1 January 2023 GM0293 Westervoort lies in PV25 Gelderland.'
};

MATCH (a:Municipality {id: 'municipality:GM0394'})
MATCH (b:Source {id: 'source:cbs-gemeentelijke-indeling-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Provincie: GM0394 Haarlemmermeer ligt op 1 januari 2023 in PV27 Noord-Holland.',
  noteEn: 'Province: on 1 January 2023 GM0394 Haarlemmermeer lies in PV27 Noord-Holland.'
};

MATCH (a:Municipality {id: 'municipality:GM0794'})
MATCH (b:Source {id: 'source:cbs-gemeentelijke-indeling-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Provincie: GM0794 Helmond ligt op 1 januari 2023 in PV30 Noord-Brabant.',
  noteEn: 'Province: on 1 January 2023 GM0794 Helmond lies in PV30 Noord-Brabant.'
};

MATCH (a:Municipality {id: 'municipality:GM0405'})
MATCH (b:Source {id: 'source:cbs-gemeentelijke-indeling-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Provincie: GM0405 Hoorn ligt op 1 januari 2023 in PV27 Noord-Holland.',
  noteEn: 'Province: on 1 January 2023 GM0405 Hoorn lies in PV27 Noord-Holland.'
};

MATCH (a:Municipality {id: 'municipality:GM0321'})
MATCH (b:Source {id: 'source:cbs-gemeentelijke-indeling-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Provincie: GM0321 Houten ligt op 1 januari 2023 in PV26 Utrecht.',
  noteEn: 'Province: on 1 January 2023 GM0321 Houten lies in PV26 Utrecht.'
};

MATCH (a:Municipality {id: 'municipality:GM0406'})
MATCH (b:Source {id: 'source:cbs-gemeentelijke-indeling-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Provincie: GM0406 Huizen ligt op 1 januari 2023 in PV27 Noord-Holland.',
  noteEn: 'Province: on 1 January 2023 GM0406 Huizen lies in PV27 Noord-Holland.'
};

MATCH (a:Municipality {id: 'municipality:GM0995'})
MATCH (b:Source {id: 'source:cbs-gemeentelijke-indeling-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Provincie: GM0995 Lelystad ligt op 1 januari 2023 in PV24 Flevoland.',
  noteEn: 'Province: on 1 January 2023 GM0995 Lelystad lies in PV24 Flevoland.'
};

MATCH (a:Municipality {id: 'municipality:GM0356'})
MATCH (b:Source {id: 'source:cbs-gemeentelijke-indeling-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Provincie: GM0356 Nieuwegein ligt op 1 januari 2023 in PV26 Utrecht.',
  noteEn: 'Province: on 1 January 2023 GM0356 Nieuwegein lies in PV26 Utrecht.'
};

MATCH (a:Municipality {id: 'municipality:GM1930'})
MATCH (b:Source {id: 'source:cbs-gemeentelijke-indeling-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Provincie: GM1930 Nissewaard ligt op 1 januari 2023 in PV28 Zuid-Holland.',
  noteEn: 'Province: on 1 January 2023 GM1930 Nissewaard lies in PV28 Zuid-Holland.'
};

MATCH (a:Municipality {id: 'municipality:GM0439'})
MATCH (b:Source {id: 'source:cbs-gemeentelijke-indeling-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Provincie: GM0439 Purmerend ligt op 1 januari 2023 in PV27 Noord-Holland.',
  noteEn: 'Province: on 1 January 2023 GM0439 Purmerend lies in PV27 Noord-Holland.'
};

MATCH (a:Municipality {id: 'municipality:GM0637'})
MATCH (b:Source {id: 'source:cbs-gemeentelijke-indeling-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Provincie: GM0637 Zoetermeer ligt op 1 januari 2023 in PV28 Zuid-Holland.',
  noteEn: 'Province: on 1 January 2023 GM0637 Zoetermeer lies in PV28 Zuid-Holland.'
};

MATCH (a:Municipality {id: 'municipality:GM1992'})
MATCH (b:Source {id: 'source:cbs-gemeentelijke-indeling-2023'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Provincie: GM1992 Voorne aan Zee ligt op 1 januari 2023 in PV28 Zuid-Holland.',
  noteEn: 'Province: on 1 January 2023 GM1992 Voorne aan Zee lies in PV28 Zuid-Holland.'
};

MATCH (a:Municipality {id: 'municipality:GM0530'})
MATCH (b:Source {id: 'source:cbs-gemeentelijke-indeling-2014'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Provincie: 0530 Hellevoetsluis ligt op 1 januari 2014 in provincie 28 Zuid-Holland.',
  noteEn: 'Province: on 1 January 2014 0530 Hellevoetsluis lies in province 28 Zuid-Holland.'
};

MATCH (a:Municipality {id: 'municipality:GM0612'})
MATCH (b:Source {id: 'source:cbs-gemeentelijke-indeling-2014'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Provincie: 0612 Spijkenisse ligt op 1 januari 2014 in provincie 28 Zuid-Holland.',
  noteEn: 'Province: on 1 January 2014 0612 Spijkenisse lies in province 28 Zuid-Holland.'
};

MATCH (a:Municipality {id: 'municipality:GM0568'})
MATCH (b:Source {id: 'source:cbs-gemeentelijke-indeling-2014'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Provincie: 0568 Bernisse ligt op 1 januari 2014 in provincie 28 Zuid-Holland.',
  noteEn: 'Province: on 1 January 2014 0568 Bernisse lies in province 28 Zuid-Holland.'
};

MATCH (a:Municipality {id: 'municipality:GM0365'})
MATCH (b:Source {id: 'source:cbs-gemeentelijke-indeling-2014'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Provincie: 0365 Graft-De Rijp ligt op 1 januari 2014 in provincie 27 Noord-Holland.',
  noteEn: 'Province: on 1 January 2014 0365 Graft-De Rijp lies in province 27 Noord-Holland.'
};

MATCH (a:Municipality {id: 'municipality:GM0458'})
MATCH (b:Source {id: 'source:cbs-gemeentelijke-indeling-2014'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Provincie: 0458 Schermer ligt op 1 januari 2014 in provincie 27 Noord-Holland.',
  noteEn: 'Province: on 1 January 2014 0458 Schermer lies in province 27 Noord-Holland.'
};

MATCH (a:Municipality {id: 'municipality:GM0393'})
MATCH (b:Source {id: 'source:cbs-gemeentelijke-indeling-2014'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Provincie: 0393 Haarlemmerliede en Spaarnwoude ligt op 1 januari 2014 in provincie 27 Noord-Holland.',
  noteEn: 'Province: on 1 January 2014 0393 Haarlemmerliede en Spaarnwoude lies in province 27 Noord-Holland.'
};

MATCH (a:Municipality {id: 'municipality:GM0370'})
MATCH (b:Source {id: 'source:cbs-gemeentelijke-indeling-2014'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Provincie: 0370 Beemster ligt op 1 januari 2014 in provincie 27 Noord-Holland.',
  noteEn: 'Province: on 1 January 2014 0370 Beemster lies in province 27 Noord-Holland.'
};

MATCH (a:Municipality {id: 'municipality:GM0501'})
MATCH (b:Source {id: 'source:cbs-gemeentelijke-indeling-2014'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Provincie: 0501 Brielle ligt op 1 januari 2014 in provincie 28 Zuid-Holland.',
  noteEn: 'Province: on 1 January 2014 0501 Brielle lies in province 28 Zuid-Holland.'
};

MATCH (a:Municipality {id: 'municipality:GM0614'})
MATCH (b:Source {id: 'source:cbs-gemeentelijke-indeling-2014'})
MERGE (a)-[r:SUPPORTED_BY]->(b)
SET r += {
  note: 'Provincie: 0614 Westvoorne ligt op 1 januari 2014 in provincie 28 Zuid-Holland.',
  noteEn: 'Province: on 1 January 2014 0614 Westvoorne lies in province 28 Zuid-Holland.'
};
