// Seed graph 08: cases from the kopgroep towns. ABOUT the place, INVOLVES the challenges,
// mechanisms, interventions and actors. No lessons yet: none of the sources states a lesson for
// these cases, so lessons/lessonsEn are left for the network to add with a source.

MERGE (n:Case {id: 'case:palenstein-zoetermeer'})
SET n += {
  name: 'Herstructurering Palenstein (Zoetermeer)',
  nameEn: 'Restructuring Palenstein (Zoetermeer)',
  description: 'Palenstein wordt sinds een convenant in 2005 en een wijkvisie in 2012 geherstructureerd: vijf galerijflats gesloopt, circa 700 nieuwe woningen, een programma van circa € 300 miljoen, gericht op een mix van huur en koop. Het Streekblad beschrijft de wijk als van probleemwijk naar gewilde wijk.',
  descriptionEn: 'Palenstein has been restructured since a covenant in 2005 and a neighbourhood vision in 2012: five gallery-access blocks demolished, about 700 new homes, a programme of about €300 million, aimed at a mix of rental and owner-occupied homes. The local paper describes it as going from problem area to sought-after neighbourhood.',
  domains: ['wonen', 'ruimte'],
  period: '2005-'
};

MATCH (a:Case {id: 'case:palenstein-zoetermeer'})
MATCH (b:Neighbourhood {id: 'neighbourhood:zoetermeer-palenstein'})
MERGE (a)-[r:ABOUT]->(b);

MATCH (a:Case {id: 'case:palenstein-zoetermeer'})
MATCH (b:Challenge {id: 'challenge:vernieuwing-hele-wijken'})
MERGE (a)-[r:INVOLVES]->(b)
SET r += {role: 'opgave'};

MATCH (a:Case {id: 'case:palenstein-zoetermeer'})
MATCH (b:Challenge {id: 'challenge:differentiatie-woningaanbod'})
MERGE (a)-[r:INVOLVES]->(b)
SET r += {role: 'opgave'};

MATCH (a:Case {id: 'case:palenstein-zoetermeer'})
MATCH (b:Challenge {id: 'challenge:achterblijvende-woonaantrekkelijkheid'})
MERGE (a)-[r:INVOLVES]->(b)
SET r += {role: 'uitgangssituatie'};

MATCH (a:Case {id: 'case:palenstein-zoetermeer'})
MATCH (b:Intervention {id: 'intervention:herstructurering-palenstein'})
MERGE (a)-[r:INVOLVES]->(b)
SET r += {role: 'aanpak'};

MATCH (a:Case {id: 'case:palenstein-zoetermeer'})
MATCH (b:Intervention {id: 'intervention:convenant-palenstein-2005'})
MERGE (a)-[r:INVOLVES]->(b)
SET r += {role: 'start'};

MATCH (a:Case {id: 'case:palenstein-zoetermeer'})
MATCH (b:Intervention {id: 'intervention:wijkvisie-palenstein-2012'})
MERGE (a)-[r:INVOLVES]->(b)
SET r += {role: 'visie'};

MATCH (a:Case {id: 'case:palenstein-zoetermeer'})
MATCH (b:Intervention {id: 'intervention:sloop-en-nieuwbouw-palenstein'})
MERGE (a)-[r:INVOLVES]->(b)
SET r += {role: 'uitvoering'};

MATCH (a:Case {id: 'case:palenstein-zoetermeer'})
MATCH (b:Source {id: 'source:palenstein-vernieuwing'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Case {id: 'case:palenstein-zoetermeer'})
MATCH (b:Source {id: 'source:streekblad-palenstein'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Case {id: 'case:sterrenkwartier-spijkenisse'})
SET n += {
  name: 'Sterrenkwartier-Hoog (Spijkenisse, Nissewaard)',
  nameEn: 'Sterrenkwartier-Hoog (Spijkenisse, Nissewaard)',
  description: 'Woningcorporatie Maasdelta vervangt in Sterrenkwartier-Hoog 688 flatwoningen uit de jaren zestig door circa 425 woningen.',
  descriptionEn: 'The housing association Maasdelta replaces 688 flats from the 1960s in Sterrenkwartier-Hoog with about 425 homes.',
  domains: ['wonen']
};

MATCH (a:Case {id: 'case:sterrenkwartier-spijkenisse'})
MATCH (b:Neighbourhood {id: 'neighbourhood:spijkenisse-sterrenkwartier'})
MERGE (a)-[r:ABOUT]->(b);

MATCH (a:Case {id: 'case:sterrenkwartier-spijkenisse'})
MATCH (b:Challenge {id: 'challenge:vernieuwing-hele-wijken'})
MERGE (a)-[r:INVOLVES]->(b)
SET r += {role: 'opgave'};

MATCH (a:Case {id: 'case:sterrenkwartier-spijkenisse'})
MATCH (b:Intervention {id: 'intervention:sterrenkwartier-hoog'})
MERGE (a)-[r:INVOLVES]->(b)
SET r += {role: 'aanpak'};

MATCH (a:Case {id: 'case:sterrenkwartier-spijkenisse'})
MATCH (b:Actor {id: 'actor:maasdelta'})
MERGE (a)-[r:INVOLVES]->(b)
SET r += {role: 'uitvoerder'};

MATCH (a:Case {id: 'case:sterrenkwartier-spijkenisse'})
MATCH (b:Source {id: 'source:rijnmond-sterrenkwartier'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Case {id: 'case:schollevaar-capelle'})
SET n += {
  name: 'Schollevaar: de erfenis van de DKP-financiering (Capelle aan den IJssel)',
  nameEn: 'Schollevaar: the legacy of DKP financing (Capelle aan den IJssel)',
  description: 'Schollevaar is eind jaren zeventig en begin jaren tachtig gebouwd, toen bouwkosten en rente hoog waren, en gefinancierd met de dynamische kostprijs. Daardoor zijn de huren hoog voor de geboden kwaliteit; met bouwtechnische gebreken leidde dat tot leegstand en sociale problemen in Schollevaar-Oost.',
  descriptionEn: 'Schollevaar was built in the late 1970s and early 1980s, when building costs and interest rates were high, and financed with the dynamic cost price. Rents are therefore high for the quality offered; with building defects this led to vacancy and social problems in Schollevaar-Oost.',
  domains: ['wonen', 'sociaal']
};

MATCH (a:Case {id: 'case:schollevaar-capelle'})
MATCH (b:Neighbourhood {id: 'neighbourhood:capelle-schollevaar-oost'})
MERGE (a)-[r:ABOUT]->(b);

MATCH (a:Case {id: 'case:schollevaar-capelle'})
MATCH (b:Mechanism {id: 'mechanism:bouw-bij-hoge-bouwkosten-en-rente'})
MERGE (a)-[r:INVOLVES]->(b)
SET r += {role: 'oorzaak'};

MATCH (a:Case {id: 'case:schollevaar-capelle'})
MATCH (b:Mechanism {id: 'mechanism:dkp-financiering'})
MERGE (a)-[r:INVOLVES]->(b)
SET r += {role: 'oorzaak'};

MATCH (a:Case {id: 'case:schollevaar-capelle'})
MATCH (b:Mechanism {id: 'mechanism:hoge-huren-voor-kwaliteit'})
MERGE (a)-[r:INVOLVES]->(b)
SET r += {role: 'mechanisme'};

MATCH (a:Case {id: 'case:schollevaar-capelle'})
MATCH (b:Mechanism {id: 'mechanism:bouwtechnische-gebreken'})
MERGE (a)-[r:INVOLVES]->(b)
SET r += {role: 'mechanisme'};

MATCH (a:Case {id: 'case:schollevaar-capelle'})
MATCH (b:Mechanism {id: 'mechanism:leegstand'})
MERGE (a)-[r:INVOLVES]->(b)
SET r += {role: 'gevolg'};

MATCH (a:Case {id: 'case:schollevaar-capelle'})
MATCH (b:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MERGE (a)-[r:INVOLVES]->(b)
SET r += {role: 'gevolg'};

MATCH (a:Case {id: 'case:schollevaar-capelle'})
MATCH (b:Source {id: 'source:capelle-schollevaar'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Case {id: 'case:waterland-plein-vlinderveen'})
SET n += {
  name: 'Wijkaanpak Waterland en Plein Vlinderveen (Spijkenisse, Nissewaard)',
  nameEn: 'Waterland neighbourhood approach and Plein Vlinderveen (Spijkenisse, Nissewaard)',
  description: 'In de wijkaanpak Waterland is Plein Vlinderveen samen met bewoners heringericht en feestelijk geopend, onder het motto groen en samenleven.',
  descriptionEn: 'In the Waterland neighbourhood approach, Plein Vlinderveen was redesigned with residents and officially opened, under the heading of green and living together.',
  domains: ['ruimte', 'sociaal']
};

MATCH (a:Case {id: 'case:waterland-plein-vlinderveen'})
MATCH (b:Neighbourhood {id: 'neighbourhood:spijkenisse-waterland'})
MERGE (a)-[r:ABOUT]->(b);

MATCH (a:Case {id: 'case:waterland-plein-vlinderveen'})
MATCH (b:Intervention {id: 'intervention:wijkaanpak-waterland'})
MERGE (a)-[r:INVOLVES]->(b)
SET r += {role: 'aanpak'};

MATCH (a:Case {id: 'case:waterland-plein-vlinderveen'})
MATCH (b:Intervention {id: 'intervention:herinrichting-plein-vlinderveen'})
MERGE (a)-[r:INVOLVES]->(b)
SET r += {role: 'uitvoering'};

MATCH (a:Case {id: 'case:waterland-plein-vlinderveen'})
MATCH (b:Actor {id: 'actor:bewoners-waterland'})
MERGE (a)-[r:INVOLVES]->(b)
SET r += {role: 'medeontwerpers'};

MATCH (a:Case {id: 'case:waterland-plein-vlinderveen'})
MATCH (b:Challenge {id: 'challenge:armoede-en-lage-sociale-cohesie'})
MERGE (a)-[r:INVOLVES]->(b)
SET r += {role: 'beoogd doel (hypothese)'};

MATCH (a:Case {id: 'case:waterland-plein-vlinderveen'})
MATCH (b:Source {id: 'source:linqmedia-plein-vlinderveen'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MERGE (n:Case {id: 'case:centrale-as-nieuwegein'})
SET n += {
  name: 'Centrale As, NPLV-focusgebied (Nieuwegein)',
  nameEn: 'Centrale As, NPLV focus area (Nieuwegein)',
  description: 'De Centrale As in Nieuwegein, over delen van Batau-Noord, Batau-Zuid, Zuilenstein, Jutphaas-Wijkersloot, Merwestein en Fokkesteeg, is een van de 20 stedelijke focusgebieden van het NPLV; een van de twee in een voormalige groeikern.',
  descriptionEn: 'The Centrale As in Nieuwegein, across parts of Batau-Noord, Batau-Zuid, Zuilenstein, Jutphaas-Wijkersloot, Merwestein and Fokkesteeg, is one of the 20 urban focus areas of the NPLV; one of the two in a former growth centre.',
  domains: ['veiligheid', 'wonen', 'sociaal']
};

MATCH (a:Case {id: 'case:centrale-as-nieuwegein'})
MATCH (b:Neighbourhood {id: 'neighbourhood:nieuwegein-centrale-as'})
MERGE (a)-[r:ABOUT]->(b);

MATCH (a:Case {id: 'case:centrale-as-nieuwegein'})
MATCH (b:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MERGE (a)-[r:INVOLVES]->(b)
SET r += {role: 'opgave'};

MATCH (a:Case {id: 'case:centrale-as-nieuwegein'})
MATCH (b:Intervention {id: 'intervention:nplv'})
MERGE (a)-[r:INVOLVES]->(b)
SET r += {role: 'aanpak'};

MATCH (a:Case {id: 'case:centrale-as-nieuwegein'})
MATCH (b:Actor {id: 'actor:nplv'})
MERGE (a)-[r:INVOLVES]->(b)
SET r += {role: 'programma'};

MATCH (a:Case {id: 'case:centrale-as-nieuwegein'})
MATCH (b:Source {id: 'source:nieuwegein-nplv'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Case {id: 'case:centrale-as-nieuwegein'})
MATCH (b:Source {id: 'source:gemeente-nu-nplv-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);
