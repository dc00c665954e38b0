// Seed graph 08: cases from the kopgroep towns. ABOUT the place, INVOLVES the challenges,
// mechanisms, interventions and actors. No lessons yet: none of the sources states a lesson for
// these cases, so lessons/lessonsEn are left for the network to add with a source.

MERGE (n:Case {id: 'case:palenstein-zoetermeer'})
SET n += {
  name: 'Herstructurering Palenstein (Zoetermeer)',
  nameEn: 'Restructuring Palenstein (Zoetermeer)',
  description: 'In 2003 besprak de gemeenteraad van Zoetermeer de herontwikkeling van Palenstein (geen volledige sloop, wel investeren in leefbaarheid, veiligheid en gebouwen); in 2005 stelden gemeente en corporaties een concept-samenwerkingsovereenkomst en een structuurvisie op; in 2013 kondigden zij ruim 700 nieuwe woningen aan, onder meer jongerenwoningen en goedkope koopwoningen.',
  descriptionEn: 'In 2003 Zoetermeer\'s council debated the redevelopment of Palenstein (no complete demolition, but investment in liveability, safety and buildings); in 2005 the municipality and the housing associations drew up a draft cooperation agreement and a structure vision; in 2013 they announced more than 700 new homes, among them homes for young people and low-cost owner-occupied homes.',
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
MATCH (b:Intervention {id: 'intervention:sloop-en-nieuwbouw-palenstein'})
MERGE (a)-[r:INVOLVES]->(b)
SET r += {role: 'uitvoering'};

MATCH (a:Case {id: 'case:palenstein-zoetermeer'})
MATCH (b:Source {id: 'source:palenstein-vernieuwt-2005'})
MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Case {id: 'case:palenstein-zoetermeer'})
MATCH (b:Source {id: 'source:dearchitect-palenstein-2013'})
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
  name: 'Schollevaar-Oost: stedenbouwkundige en sociale aanpak (Capelle aan den IJssel)',
  nameEn: 'Schollevaar-Oost: urban-design and social approach (Capelle aan den IJssel)',
  description: 'Op 11 februari 2003 stemde het college van Capelle aan den IJssel in met een plan op hoofdlijnen van gemeente en Woningpartners voor een gecombineerde stedenbouwkundige en sociale aanpak van Schollevaar-Oost, met € 500.000 per jaar uit het collegewerkprogramma 2002-2006; te beginnen in Aïda, Nabucco en Librije, gericht op woningen, woonomgeving en sociale samenhang.',
  descriptionEn: 'On 11 February 2003 the municipal executive of Capelle aan den IJssel approved an outline plan of the municipality and Woningpartners for a combined urban-design and social approach to Schollevaar-Oost, with EUR 500,000 a year from the 2002-2006 work programme; starting in Aïda, Nabucco and Librije, aimed at homes, living environment and social cohesion.',
  domains: ['wonen', 'sociaal']
};

MATCH (a:Case {id: 'case:schollevaar-capelle'})
MATCH (b:Neighbourhood {id: 'neighbourhood:capelle-schollevaar-oost'})
MERGE (a)-[r:ABOUT]->(b);

MATCH (a:Case {id: 'case:schollevaar-capelle'})
MATCH (b:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MERGE (a)-[r:INVOLVES]->(b)
SET r += {role: 'opgave'};

MATCH (a:Case {id: 'case:schollevaar-capelle'})
MATCH (b:Source {id: 'source:capelle-plan-van-aanpak-schollevaar-oost-2003'})
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
  description: 'De Centrale As in Nieuwegein is een van de 20 stedelijke focusgebieden van het NPLV; een van de twee in een voormalige groeikern.',
  descriptionEn: 'The Centrale As in Nieuwegein is one of the 20 urban focus areas of the NPLV; one of the two in a former growth centre.',
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
MATCH (b:Source {id: 'source:gemeente-nu-nplv-2022'})
MERGE (a)-[r:SUPPORTED_BY]->(b);
