// Seed graph 10: who does what in the kopgroep towns (their housing associations and tenants'
// organisations, and the performance agreements they make with the municipality), and where the national
// schemes apply (APPLIED_IN of the Volkshuisvestingsfonds, the Woningbouwimpuls and the Regio Deals).
// Every fact here was read in the publication named; the edge notes give what was awarded exactly as
// the source says.

// --- Sources

MERGE (n:Source {id: 'source:de-alliantie-prestatieafspraken-almere-2016'})
SET n += {
  name: 'Nieuwe prestatieafspraken getekend in Almere',
  nameEn: 'New performance agreements signed in Almere',
  description: 'Nieuwsbericht van de Alliantie (2016): op woensdag 14 december ondertekenden de gemeente Almere, de woningcorporaties Ymere, de Alliantie en GoedeStede en huurdersorganisatie 3HO nieuwe prestatieafspraken; ook in 2017 en 2018 ligt de focus op meer woningen voor woningzoekenden die aangewezen zijn op een betaalbare huurwoning; het aandeel sociale huurwoningen groeit tot ruim 26% in 2018; de Alliantie zorgt de komende vijf jaar voor 1358 nieuwe sociale huurwoningen; ook afspraken over duurzaamheid, vitale wijken en woningen voor specifieke doelgroepen; voor het eerst ondertekende 3HO, waarin de huurdersorganisaties van de drie corporaties verenigd zijn, mee.',
  descriptionEn: 'News item by de Alliantie (2016): on Wednesday 14 December the municipality of Almere, the housing associations Ymere, de Alliantie and GoedeStede and the tenants\' organisation 3HO signed new performance agreements; in 2017 and 2018 too the focus is on more homes for those who depend on an affordable rented home; the share of social rented homes grows to over 26% in 2018; de Alliantie provides 1,358 new social rented homes over the next five years; agreements also on sustainability, vital neighbourhoods and homes for specific groups; for the first time 3HO, which unites the tenants\' organisations of the three associations, co-signed.',
  url: 'https://www.de-alliantie.nl/over-de-alliantie/nieuws/2016/nieuwe-prestatieafspraken-getekend-in-almere/',
  publisher: 'de Alliantie',
  year: 2016,
  kind: 'local_document',
  secondary: false
};

MERGE (n:Source {id: 'source:omroep-almere-prestatieafspraken-2020'})
SET n += {
  name: 'Almere, Huurdersorganisatie 3HO en 3 Almeerse woningcorporaties tekenen prestatieafspraken',
  nameEn: 'Almere, tenants\' organisation 3HO and three Almere housing associations sign performance agreements',
  description: 'Omroep Almere (april 2020): huurdersorganisatie 3HO, de gemeente Almere en de woningcorporaties de Alliantie, GoedeStede en Ymere hebben prestatieafspraken gemaakt voor 2020-2024, elk jaar concreter gemaakt in een werkagenda; de focus ligt op nieuwe en duurzame woningen voor mensen die aangewezen zijn op een betaalbare huurwoning; de vraag naar sociale huurwoningen is groot; ook het huisvesten van kwetsbare mensen vraagt aandacht.',
  descriptionEn: 'Omroep Almere (April 2020): tenants\' organisation 3HO, the municipality of Almere and the housing associations de Alliantie, GoedeStede and Ymere made performance agreements for 2020-2024, made more concrete each year in a work agenda; the focus is on new and sustainable homes for people who depend on an affordable rented home; demand for social rented homes is high; housing vulnerable people also needs attention.',
  url: 'https://omroepalmere.nl/2020/04/almere-huurdersorganisatie-3ho-en-3-almeerse-woningcorporaties-tekenen-prestatieafspraken-focus-op-nieuwbouw-en-de-zorg-om-duurzaam-samenleven/',
  publisher: 'Omroep Almere',
  year: 2020,
  kind: 'news',
  secondary: false
};

MERGE (n:Source {id: 'source:radio-capelle-prestatieafspraken-2024'})
SET n += {
  name: 'Gemeente, Havensteder en Huurdersraad leggen afspraken voor wonen in Capelle vast',
  nameEn: 'Municipality, Havensteder and tenants\' council lay down agreements on housing in Capelle',
  description: 'Radio Capelle (1 februari 2024): de gemeente, woningcorporatie Havensteder en de Huurdersraad Capelle hebben afspraken gemaakt over de leefbaarheid, het toegankelijk houden van de sociale woningvoorraad, specifieke doelgroepen en goed en betaalbaar wonen; samen zetten ze in op het vergroten en behouden van de leefbaarheid in de wijken en op het voorkomen van betalingsproblemen, schulden en huisuitzettingen; tegen woonoverlast is een stadsmarinier actief; een aanpak om ouderen te laten doorstromen naar een passende woning; in 2024 en 2025 isoleert Havensteder ongeveer 750 woningen, uiterlijk in 2028 zijn alle woningen met E-, F- en G-labels verbeterd.',
  descriptionEn: 'Radio Capelle (1 February 2024): the municipality, housing association Havensteder and the tenants\' council Huurdersraad Capelle made agreements on liveability, keeping the social housing stock accessible, specific groups and good and affordable housing; together they work to increase and keep liveability in the neighbourhoods and to prevent payment problems, debts and evictions; a city marine works against housing nuisance; an approach to help older people move on to a suitable home; in 2024 and 2025 Havensteder insulates about 750 homes, and by 2028 at the latest all homes with E, F and G labels are improved.',
  url: 'http://radiocapelle.nl/nieuws/17128-gemeente-havensteder-en-huurdersraad-leggen-afspraken-voor-wonen-in-capelle-vast/',
  publisher: 'Radio Capelle',
  year: 2024,
  date: date('2024-02-01'),
  kind: 'news',
  secondary: false
};

MERGE (n:Source {id: 'source:duic-mitros-mooiland-2020'})
SET n += {
  name: 'Woningcorporatie Mitros neemt Utrechtse appartementen over van Mooiland',
  nameEn: 'Housing association Mitros takes over Utrecht flats from Mooiland',
  description: 'DUIC (november 2020): Mitros neemt van Mooiland 18 appartementen in Utrecht en 187 woningen en appartementen in Vleuten en Nieuwegein over; Mitros verhuurt al ruim 28.000 woningen in Utrecht en Nieuwegein.',
  descriptionEn: 'DUIC (November 2020): Mitros takes over from Mooiland 18 flats in Utrecht and 187 homes and flats in Vleuten and Nieuwegein; Mitros already lets over 28,000 homes in Utrecht and Nieuwegein.',
  url: 'https://www.duic.nl/algemeen/woningcorporatie-mitros-neemt-utrechtse-appartementen-over-van-mooiland/',
  publisher: 'DUIC',
  year: 2020,
  kind: 'news',
  secondary: false
};

MERGE (n:Source {id: 'source:vhf-2024-toekenningen'})
SET n += {
  name: 'Veertien gemeenten kunnen 9.000 woningen verbeteren door Volkshuisvestingsfonds 2024',
  nameEn: 'Fourteen municipalities can improve 9,000 homes through the Public Housing Fund 2024',
  description: 'Nieuwsbericht op Volkshuisvesting Nederland (13 mei 2024): de minister van BZK maakte in een Kamerbrief bekend dat veertien gemeenten een bijdrage ontvangen uit het Volkshuisvestingsfonds 2024, de derde aanvraagronde, met 175 miljoen euro; zestien aanvragen toegekend; stedelijke focusgebieden en grensregio\'s krijgen voorrang; het overzicht van toegekende projecten noemt onder meer Almere (Almere-Haven, € 13.252.136,92), Lelystad (Lelystad-Oost, € 5.683.492,00) en Zoetermeer (Bossenbuurt, € 15.753.170,18).',
  descriptionEn: 'News item on Volkshuisvesting Nederland (13 May 2024): the Minister of the Interior announced in a letter to parliament that fourteen municipalities receive a contribution from the Public Housing Fund 2024, the third round, with 175 million euros; sixteen applications granted; urban focus areas and border regions get priority; the list of granted projects includes Almere (Almere-Haven, EUR 13,252,136.92), Lelystad (Lelystad-Oost, EUR 5,683,492.00) and Zoetermeer (Bossenbuurt, EUR 15,753,170.18).',
  url: 'https://www.volkshuisvestingnederland.nl/onderwerpen/programma-leefbaarheid-en-veiligheid/nieuws/2024/05/13/veertien-gemeenten-kunnen-9.000-woningen-verbeteren-door-volkshuisvestingsfonds-2024',
  publisher: 'Volkshuisvesting Nederland (Rijksoverheid)',
  year: 2024,
  date: date('2024-05-13'),
  kind: 'government_policy',
  secondary: false
};

MERGE (n:Source {id: 'source:rijksoverheid-regio-deals-2025'})
SET n += {
  name: 'Rijk investeert opnieuw in de regio: €244,3 miljoen voor 16 Regio Deals',
  nameEn: 'The state invests in the regions again: EUR 244.3 million for 16 Region Deals',
  description: 'Nieuwsbericht van de Rijksoverheid (3 februari 2025): de minister van VRO zegt 244,3 miljoen euro toe aan 16 regio\'s in de zesde ronde Regio Deals; onder de geselecteerde voorstellen "Voormalige Groeikernen Zuid-Holland (Capelle a/d IJsel, Nissewaard en Zoetermeer)" met een rijksbijdrage van € 10 miljoen; Rijk en regio maken nu verdere afspraken.',
  descriptionEn: 'News item of the Dutch government (3 February 2025): the Minister of VRO commits 244.3 million euros to 16 regions in the sixth round of Region Deals; among the selected proposals "Former growth centres of South Holland (Capelle a/d IJssel, Nissewaard and Zoetermeer)" with a state contribution of EUR 10 million; state and region now make further agreements.',
  url: 'https://www.rijksoverheid.nl/actueel/nieuws/2025/02/03/rijk-investeert-opnieuw-in-de-regio-%E2%82%AC2443-miljoen-voor-16-regio-deals',
  publisher: 'Rijksoverheid',
  year: 2025,
  date: date('2025-02-03'),
  kind: 'government_policy',
  secondary: false
};

MERGE (n:Source {id: 'source:rijksoverheid-regio-deals-2023'})
SET n += {
  name: 'Opnieuw investering in de regio: bijna 577 miljoen voor Regio Deals',
  nameEn: 'Investing in the regions again: almost 577 million for Region Deals',
  description: 'Nieuwsbericht van de Rijksoverheid (1 november 2023): minister De Jonge geeft in Ede het startsein voor 14 nieuwe Regio Deals uit de vierde ronde, met € 284,2 miljoen van het Rijk; de deals zijn onder meer gesloten met Nieuw Land (Almere-Lelystad).',
  descriptionEn: 'News item of the Dutch government (1 November 2023): minister De Jonge gives the start in Ede to 14 new Region Deals of the fourth round, with EUR 284.2 million from the state; the deals were closed with, among others, Nieuw Land (Almere-Lelystad).',
  url: 'https://www.rijksoverheid.nl/actueel/nieuws/2023/11/01/opnieuw-investering-in-de-regio-bijna-577-miljoen-voor-regio-deals',
  publisher: 'Rijksoverheid',
  year: 2023,
  date: date('2023-11-01'),
  kind: 'government_policy',
  secondary: false
};

MERGE (n:Source {id: 'source:stcrt-2021-87-regio-deal-zhd'})
SET n += {
  name: 'Regio Deal Zuid-Hollandse Delta; een nieuw en innovatief samenwerkingsverband',
  nameEn: 'Region Deal South Holland Delta; a new and innovative partnership',
  description: 'De Regio Deal zoals gepubliceerd in de Staatscourant: partijen zijn zeven bewindslieden (LNV, BZK, OCW, JenV, EZK, SZW, IenW) en de colleges van onder meer de gemeenten Brielle, Goeree-Overflakkee, Hellevoetsluis, Hoeksche Waard, Nissewaard en Westvoorne.',
  descriptionEn: 'The Region Deal as published in the Government Gazette: the parties are seven ministers (LNV, BZK, OCW, JenV, EZK, SZW, IenW) and the executives of, among others, the municipalities of Brielle, Goeree-Overflakkee, Hellevoetsluis, Hoeksche Waard, Nissewaard and Westvoorne.',
  url: 'https://zoek.officielebekendmakingen.nl/stcrt-2021-87.html',
  identifier: 'Stcrt. 2021, 87',
  publisher: 'Staatscourant',
  year: 2021,
  kind: 'government_policy',
  secondary: false
};

MERGE (n:Source {id: 'source:flakkeenieuws-regio-deal-zhd-2020'})
SET n += {
  name: '7,5 miljoen voor een sterkere Zuid-Hollandse Delta',
  nameEn: '7.5 million for a stronger South Holland Delta',
  description: 'Flakkee Nieuws (februari 2020): het samenwerkingsverband Zuid-Hollandse Delta en het Rijk sluiten een Regio Deal, waarmee het Rijk 7,5 miljoen investeert in de kwaliteit van leven, werken en wonen; de gemeenten zijn Brielle, Hellevoetsluis, Hoeksche Waard, Goeree-Overflakkee, Nissewaard en Westvoorne; thema\'s agrifood, arbeidsmarkt, duurzaamheid, landschap en toerisme, en het woon- en leefklimaat.',
  descriptionEn: 'Flakkee Nieuws (February 2020): the South Holland Delta partnership and the state close a Region Deal in which the state invests 7.5 million in the quality of life, work and housing; the municipalities are Brielle, Hellevoetsluis, Hoeksche Waard, Goeree-Overflakkee, Nissewaard and Westvoorne; themes agrifood, labour market, sustainability, landscape and tourism, and the living environment.',
  url: 'https://flakkeenieuws.nl/nieuws/75-miljoen-voor-een-sterkere-zuid-hollandse-delta/8847',
  publisher: 'Flakkee Nieuws',
  year: 2020,
  kind: 'news',
  secondary: false
};

MERGE (n:Source {id: 'source:wij-wheermolen-woningbouwimpuls-2021'})
SET n += {
  name: 'Wheermolen-Oost krijgt subsidie van Rijk om woningbouwambities waar te maken',
  nameEn: 'Wheermolen-Oost gets a state grant to realise its housing ambitions',
  description: 'Bericht van Wij Wheermolen, waaronder gemeente Purmerend en woningcorporatie Intermaris met bewoners aan Wheermolen-Oost werken (15 december 2021): het ministerie van BZK maakte die dag bekend dat de aanvraag van de gemeente voor de Woningbouwimpuls voor Wheermolen-Oost is toegekend; de wijk is zo\'n 50 jaar geleden snel en met beperkte middelen gebouwd en toe aan een opknapbeurt; naast renovatie van flats, riolering, groen en een stadspark komen er 1000 nieuwe woningen; de subsidie moet dat versnellen van 15 naar 10 jaar.',
  descriptionEn: 'Item by Wij Wheermolen, under which the municipality of Purmerend and housing association Intermaris work with residents on Wheermolen-Oost (15 December 2021): the Ministry of the Interior announced that day that the municipality\'s application to the Housing Construction Boost for Wheermolen-Oost was granted; the neighbourhood was built some 50 years ago quickly and with limited means and needs an overhaul; besides renovating flats, sewers, greenery and a city park, 1,000 new homes are built; the grant should speed this up from 15 to 10 years.',
  url: 'https://wijwheermolen.nl/node/80',
  publisher: 'Wij Wheermolen (gemeente Purmerend en Intermaris)',
  year: 2021,
  date: date('2021-12-15'),
  kind: 'local_document',
  secondary: false
};

MERGE (n:Source {id: 'source:nhnieuws-purmerend-woningbouwimpuls-2022'})
SET n += {
  name: 'Purmerend krijgt ruim 5 miljoen van het Rijk om woningen te bouwen',
  nameEn: 'Purmerend gets over 5 million from the state to build homes',
  description: 'NH Nieuws (december 2022): het Rijk kent ruim 5,1 miljoen euro subsidie toe voor het versnellen van de woningbouw in het Waterlandkwartier in Purmerend; Purmerend bouwt de komende 20 jaar meer dan 10.000 woningen, waarvan ongeveer 1800 in het Waterlandkwartier.',
  descriptionEn: 'NH Nieuws (December 2022): the state grants over 5.1 million euros to speed up house building in the Waterlandkwartier in Purmerend; Purmerend builds more than 10,000 homes over the next 20 years, about 1,800 of them in the Waterlandkwartier.',
  url: 'https://www.nhnieuws.nl/nieuws/312269/purmerend-krijgt-ruim-5-miljoen-van-het-rijk-om-woningen-te-bouwen',
  publisher: 'NH Nieuws',
  year: 2022,
  kind: 'news',
  secondary: false
};

MERGE (n:Source {id: 'source:rtl-woningbouwimpuls-2022'})
SET n += {
  name: 'Kabinet investeert 112 miljoen in versnellen bouw ruim 24.000 huizen',
  nameEn: 'Cabinet invests 112 million in speeding up the building of over 24,000 houses',
  description: 'RTL Nieuws (december 2022): de 112 miljoen euro is de vierde bijdrage van het Rijk uit de Woningbouwimpuls; 20 van de 29 aanvragen gehonoreerd, 68 procent van de 24.768 woningen betaalbaar; er gaat onder meer geld naar projecten in Purmerend.',
  descriptionEn: 'RTL Nieuws (December 2022): the 112 million euros is the fourth contribution of the state from the Housing Construction Boost; 20 of 29 applications granted, 68 per cent of the 24,768 homes affordable; money goes to projects in, among others, Purmerend.',
  url: 'https://www.rtlnieuws.nl/nieuws/politiek/artikel/5353514/kabinet-investeert-112-miljoen-versnellen-bouw-ruim-24000-huizen',
  publisher: 'RTL Nieuws',
  year: 2022,
  kind: 'news',
  secondary: false
};

MERGE (n:Source {id: 'source:kamerbrief-regio-deal-vitale-wijken-2020'})
SET n += {
  name: 'Kamerbrief Regio Deal vitale wijken Overvecht, Batau en Vollenhove',
  nameEn: 'Letter to parliament on the Region Deal vital neighbourhoods Overvecht, Batau and Vollenhove',
  description: 'Kamerbrief (17 juli 2020): minister Schouten van LNV biedt, mede namens onder meer de minister van BZK, de Regio Deal vitale wijken Overvecht, Batau en Vollenhove aan, waarover met de regio overeenstemming is bereikt; Rijk en regio geven een impuls aan de brede welvaart door het toekomstperspectief te verbeteren van de bewoners van Overvecht (gemeente Utrecht), Batau (gemeente Nieuwegein) en Vollenhove (gemeente Zeist).',
  descriptionEn: 'Letter to parliament (17 July 2020): minister Schouten of Agriculture, also on behalf of the Minister of the Interior among others, presents the Region Deal vital neighbourhoods Overvecht, Batau and Vollenhove agreed with the region; state and region boost broad prosperity by improving the prospects of the residents of Overvecht (Utrecht), Batau (Nieuwegein) and Vollenhove (Zeist).',
  url: 'https://www.rijksoverheid.nl/documenten/kamerstukken/2020/07/17/kamerbrief-regio-deal-vitale-wijken-overvecht-batau-en-vollenhove',
  publisher: 'Rijksoverheid (Ministerie van LNV)',
  year: 2020,
  date: date('2020-07-17'),
  kind: 'government_policy',
  secondary: false
};

MERGE (n:Source {id: 'source:nieuwsbode-regio-deal-vitale-wijken-2020'})
SET n += {
  name: 'Rijk en regio samen aan de slag in Overvecht, Batau en Vollenhove',
  nameEn: 'State and region at work together in Overvecht, Batau and Vollenhove',
  description: 'Nieuwsbode Zeist (juli 2020): met een impuls van 30 miljoen euro verbeteren Rijk en regio het toekomstperspectief van de bewoners van Overvecht (Utrecht), Batau (Nieuwegein) en Vollenhove (Zeist); het Rijk, de provincie Utrecht en de drie gemeenten sloten een Regio Deal; de wijkaanpakken Samen voor Overvecht, Betere Buurten (Batau) en Vollenhove Vooruit krijgen een impuls; het Rijk draagt 15 miljoen bij, de provincie 3,6 miljoen, de rest komt van de drie gemeenten; op het gebied van wonen wordt aangesloten bij de Woondeal regio Utrecht.',
  descriptionEn: 'Nieuwsbode Zeist (July 2020): with a 30 million euro boost the state and region improve the prospects of the residents of Overvecht (Utrecht), Batau (Nieuwegein) and Vollenhove (Zeist); the state, the province of Utrecht and the three municipalities closed a Region Deal; the neighbourhood approaches Samen voor Overvecht, Betere Buurten (Batau) and Vollenhove Vooruit get a boost; the state contributes 15 million, the province 3.6 million, the rest comes from the three municipalities; on housing it ties in with the Utrecht region housing deal.',
  url: 'https://www.nieuwsbode-zeist.nl/nieuws/algemeen/993649/rijk-en-regio-samen-aan-de-slag-in-overvecht-batau-en-vollenhove-',
  publisher: 'Nieuwsbode Zeist',
  year: 2020,
  kind: 'news',
  secondary: false
};

MERGE (n:Source {id: 'source:ed-woningbouwimpuls-helmond-2020'})
SET n += {
  name: 'Geld van Ollongren helpt bouw in Helmond en Eindhoven versnellen',
  nameEn: 'Money from Ollongren helps speed up building in Helmond and Eindhoven',
  description: 'Eindhovens Dagblad (september 2020): bij de eerste toekenning uit de Woningbouwimpuls krijgen Eindhoven en Helmond 19 miljoen euro voor drie projecten met 2500 woningen, waaronder centrum-noord in Helmond; Helmond krijgt zo\'n 8,5 miljoen euro om de openbare ruimte en de straten aan te leggen in het gebied rond de Waardstraat en de Oranjekade.',
  descriptionEn: 'Eindhovens Dagblad (September 2020): in the first award from the Housing Construction Boost Eindhoven and Helmond get 19 million euros for three projects with 2,500 homes, among them the north of the centre of Helmond; Helmond gets some 8.5 million euros to lay out the public space and streets around the Waardstraat and the Oranjekade.',
  url: 'https://www.ed.nl/eindhoven/geld-van-ollongren-helpt-bouw-in-helmond-en-eindhoven-versnellen~a357131e/',
  publisher: 'Eindhovens Dagblad',
  year: 2020,
  kind: 'news',
  secondary: false
};

MERGE (n:Source {id: 'source:bsd-woningbouwimpuls-2021'})
SET n += {
  name: 'Aanvraag woningbouwimpuls gehonoreerd',
  nameEn: 'Housing Construction Boost application granted',
  description: 'Bericht van Brainport Smart District (februari 2021): de gemeenten Helmond, Eindhoven en Geldrop-Mierlo kregen een positieve reactie op hun drie aanvragen uit de Woningbouwimpuls van BZK; voor een versnelde realisatie van 500 tijdelijke woningen in Brainport Smart District ontvangt de gemeente Helmond 3,2 miljoen euro; de drie projecten versnellen samen ongeveer 1800 woningen, het ministerie steunt ze met ruim 12,5 miljoen euro.',
  descriptionEn: 'Item by Brainport Smart District (February 2021): the municipalities of Helmond, Eindhoven and Geldrop-Mierlo received a positive answer to their three applications to the Housing Construction Boost of the Ministry of the Interior; to speed up 500 temporary homes in Brainport Smart District the municipality of Helmond receives 3.2 million euros; the three projects together speed up about 1,800 homes, with over 12.5 million euros from the ministry.',
  url: 'https://brainportsmartdistrict.nl/2021/02/',
  publisher: 'Brainport Smart District',
  year: 2021,
  kind: 'local_document',
  secondary: false
};

MERGE (n:Source {id: 'source:nhnieuws-woningbouwimpuls-2021'})
SET n += {
  name: 'Subsidie van Rijk maakt versnelde bouw 12.000 woningen in en rond Amsterdam mogelijk',
  nameEn: 'State grant makes faster building of 12,000 homes in and around Amsterdam possible',
  description: 'NH Nieuws (februari 2021): zes Noord-Hollandse gemeenten krijgen samen 72 miljoen euro voor de versnelde bouw van zeker 12.000 woningen; de projecten liggen in Amstelveen, Amsterdam, Haarlem, Haarlemmermeer, Hilversum en Zaanstad; afgewezen zijn projecten in Haarlem, Purmerend, Almere en Amsterdam; het geld komt uit de Woningbouwimpuls.',
  descriptionEn: 'NH Nieuws (February 2021): six North Holland municipalities get 72 million euros together to speed up at least 12,000 homes; the projects are in Amstelveen, Amsterdam, Haarlem, Haarlemmermeer, Hilversum and Zaanstad; projects in Haarlem, Purmerend, Almere and Amsterdam were rejected; the money comes from the Housing Construction Boost.',
  url: 'https://www.nhnieuws.nl/nieuws/281133/subsidie-van-rijk-maakt-versnelde-bouw-12000-woningen-in-en-rond-amsterdam-mogelijk',
  publisher: 'NH Nieuws',
  year: 2021,
  kind: 'news',
  secondary: false
};

MERGE (n:Source {id: 'source:haarlemmermeer-begroting-2024-wonen'})
SET n += {
  name: 'Programmabegroting 2024, Wonen, beleidsdoel A',
  nameEn: 'Programme budget 2024, Housing, policy goal A',
  description: 'Gemeente Haarlemmermeer: tot 2040 minimaal 20.000 nieuwe woningen; bij nieuwbouw ten minste 50% betaalbaar, en waar mogelijk een hoger percentage betaalbaar, zoals afgesproken in de Woondeal; in 2021 en 2022 zijn 1.413 nieuwbouwwoningen opgeleverd.',
  descriptionEn: 'Municipality of Haarlemmermeer: at least 20,000 new homes by 2040; at least 50% affordable in new building, and where possible a higher share, as agreed in the Woondeal (housing deal); 1,413 new homes were completed in 2021 and 2022.',
  url: 'https://programmabegroting.haarlemmermeer.nl/2024/programma-s/wonen/beleidsdoel-a-door-woonbeleid-en-woningprogrammering-voorwaarden-scheppen-voor-voldoende-en-gedifferentieerde-woningen-de-woningvoorraad-sluit-aan-op-de-behoeften-van-verschillende-doelgroepen',
  publisher: 'Gemeente Haarlemmermeer',
  year: 2024,
  kind: 'local_document',
  secondary: false
};

// --- Housing associations and tenants' organisations of the kopgroep towns

MERGE (n:Actor {id: 'actor:ymere'})
SET n += {
  name: 'Ymere',
  nameEn: 'Ymere',
  description: 'Woningcorporatie in Almere; ondertekent met de gemeente, de Alliantie, GoedeStede en huurdersorganisatie 3HO de Almeerse prestatieafspraken (2016, 2020-2024).',
  descriptionEn: 'Housing association in Almere; signs the Almere performance agreements with the municipality, de Alliantie, GoedeStede and tenants\' organisation 3HO (2016, 2020-2024).',
  kind: 'housing_association'
};

MERGE (n:Actor {id: 'actor:de-alliantie'})
SET n += {
  name: 'de Alliantie',
  nameEn: 'de Alliantie',
  description: 'Woningcorporatie in Almere; ondertekent met de gemeente, Ymere, GoedeStede en 3HO de Almeerse prestatieafspraken en zegde in 2016 1358 nieuwe sociale huurwoningen in vijf jaar toe.',
  descriptionEn: 'Housing association in Almere; signs the Almere performance agreements with the municipality, Ymere, GoedeStede and 3HO, and in 2016 committed 1,358 new social rented homes over five years.',
  kind: 'housing_association',
  url: 'https://www.de-alliantie.nl/'
};

MERGE (n:Actor {id: 'actor:goedestede'})
SET n += {
  name: 'GoedeStede',
  nameEn: 'GoedeStede',
  description: 'Woningcorporatie in Almere; ondertekent met de gemeente, Ymere, de Alliantie en 3HO de Almeerse prestatieafspraken (2016, 2020-2024).',
  descriptionEn: 'Housing association in Almere; signs the Almere performance agreements with the municipality, Ymere, de Alliantie and 3HO (2016, 2020-2024).',
  kind: 'housing_association'
};

MERGE (n:Actor {id: 'actor:3ho-almere'})
SET n += {
  name: 'Huurdersorganisatie 3HO',
  nameEn: 'Tenants\' organisation 3HO',
  description: 'Verenigt de huurdersorganisaties van Ymere, de Alliantie en GoedeStede in Almere; ondertekent sinds 2016 de Almeerse prestatieafspraken mee.',
  descriptionEn: 'Unites the tenants\' organisations of Ymere, de Alliantie and GoedeStede in Almere; co-signs the Almere performance agreements since 2016.',
  kind: 'residents'
};

MERGE (n:Actor {id: 'actor:havensteder'})
SET n += {
  name: 'Havensteder',
  nameEn: 'Havensteder',
  description: 'Woningcorporatie in Capelle aan den IJssel; maakte met de gemeente en de Huurdersraad Capelle prestatieafspraken (bekendgemaakt februari 2024) en isoleert in 2024 en 2025 ongeveer 750 woningen.',
  descriptionEn: 'Housing association in Capelle aan den IJssel; made performance agreements with the municipality and the tenants\' council Huurdersraad Capelle (announced February 2024) and insulates about 750 homes in 2024 and 2025.',
  kind: 'housing_association'
};

MERGE (n:Actor {id: 'actor:huurdersraad-capelle'})
SET n += {
  name: 'Huurdersraad Capelle',
  nameEn: 'Huurdersraad Capelle (tenants\' council)',
  description: 'Huurdersorganisatie in Capelle aan den IJssel; partij bij de prestatieafspraken met de gemeente en Havensteder (2024).',
  descriptionEn: 'Tenants\' organisation in Capelle aan den IJssel; party to the performance agreements with the municipality and Havensteder (2024).',
  kind: 'residents'
};

MERGE (n:Actor {id: 'actor:mitros'})
SET n += {
  name: 'Mitros',
  nameEn: 'Mitros',
  description: 'Woningcorporatie in Utrecht en Nieuwegein, met ruim 28.000 huurwoningen daar (2020).',
  descriptionEn: 'Housing association in Utrecht and Nieuwegein, with over 28,000 rented homes there (2020).',
  kind: 'housing_association'
};

MATCH (a:Actor {id: 'actor:ymere'}) MATCH (b:Source {id: 'source:de-alliantie-prestatieafspraken-almere-2016'}) MERGE (a)-[r:SUPPORTED_BY]->(b);
MATCH (a:Actor {id: 'actor:ymere'}) MATCH (b:Source {id: 'source:omroep-almere-prestatieafspraken-2020'}) MERGE (a)-[r:SUPPORTED_BY]->(b);
MATCH (a:Actor {id: 'actor:de-alliantie'}) MATCH (b:Source {id: 'source:de-alliantie-prestatieafspraken-almere-2016'}) MERGE (a)-[r:SUPPORTED_BY]->(b);
MATCH (a:Actor {id: 'actor:de-alliantie'}) MATCH (b:Source {id: 'source:omroep-almere-prestatieafspraken-2020'}) MERGE (a)-[r:SUPPORTED_BY]->(b);
MATCH (a:Actor {id: 'actor:goedestede'}) MATCH (b:Source {id: 'source:de-alliantie-prestatieafspraken-almere-2016'}) MERGE (a)-[r:SUPPORTED_BY]->(b);
MATCH (a:Actor {id: 'actor:goedestede'}) MATCH (b:Source {id: 'source:omroep-almere-prestatieafspraken-2020'}) MERGE (a)-[r:SUPPORTED_BY]->(b);
MATCH (a:Actor {id: 'actor:3ho-almere'}) MATCH (b:Source {id: 'source:de-alliantie-prestatieafspraken-almere-2016'}) MERGE (a)-[r:SUPPORTED_BY]->(b);
MATCH (a:Actor {id: 'actor:havensteder'}) MATCH (b:Source {id: 'source:radio-capelle-prestatieafspraken-2024'}) MERGE (a)-[r:SUPPORTED_BY]->(b);
MATCH (a:Actor {id: 'actor:huurdersraad-capelle'}) MATCH (b:Source {id: 'source:radio-capelle-prestatieafspraken-2024'}) MERGE (a)-[r:SUPPORTED_BY]->(b);
MATCH (a:Actor {id: 'actor:mitros'}) MATCH (b:Source {id: 'source:duic-mitros-mooiland-2020'}) MERGE (a)-[r:SUPPORTED_BY]->(b);

// --- The performance agreements (prestatieafspraken) as what they carry out together

MERGE (n:Intervention {id: 'intervention:prestatieafspraken-almere'})
SET n += {
  name: 'Prestatieafspraken Almere',
  nameEn: 'Almere performance agreements',
  description: 'Afspraken van de gemeente Almere met de woningcorporaties Ymere, de Alliantie en GoedeStede en huurdersorganisatie 3HO, in 2016 voor 2017-2018 en in 2020 voor 2020-2024, met de nadruk op meer betaalbare (sociale) huurwoningen.',
  descriptionEn: 'Agreements of the municipality of Almere with the housing associations Ymere, de Alliantie and GoedeStede and tenants\' organisation 3HO, in 2016 for 2017-2018 and in 2020 for 2020-2024, with the emphasis on more affordable (social) rented homes.',
  domains: ['wonen'],
  kind: 'action',
  period: '2017-2024'
};

MATCH (a:Intervention {id: 'intervention:prestatieafspraken-almere'}) MATCH (b:Source {id: 'source:de-alliantie-prestatieafspraken-almere-2016'}) MERGE (a)-[r:SUPPORTED_BY]->(b);
MATCH (a:Intervention {id: 'intervention:prestatieafspraken-almere'}) MATCH (b:Source {id: 'source:omroep-almere-prestatieafspraken-2020'}) MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM0034'})
MATCH (b:Intervention {id: 'intervention:prestatieafspraken-almere'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'partij', sources: ['source:de-alliantie-prestatieafspraken-almere-2016', 'source:omroep-almere-prestatieafspraken-2020']};

MATCH (a:Actor {id: 'actor:ymere'})
MATCH (b:Intervention {id: 'intervention:prestatieafspraken-almere'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'partij', sources: ['source:de-alliantie-prestatieafspraken-almere-2016', 'source:omroep-almere-prestatieafspraken-2020']};

MATCH (a:Actor {id: 'actor:de-alliantie'})
MATCH (b:Intervention {id: 'intervention:prestatieafspraken-almere'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'partij', sources: ['source:de-alliantie-prestatieafspraken-almere-2016', 'source:omroep-almere-prestatieafspraken-2020']};

MATCH (a:Actor {id: 'actor:goedestede'})
MATCH (b:Intervention {id: 'intervention:prestatieafspraken-almere'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'partij', sources: ['source:de-alliantie-prestatieafspraken-almere-2016', 'source:omroep-almere-prestatieafspraken-2020']};

MATCH (a:Actor {id: 'actor:3ho-almere'})
MATCH (b:Intervention {id: 'intervention:prestatieafspraken-almere'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'partij (huurders)', sources: ['source:de-alliantie-prestatieafspraken-almere-2016', 'source:omroep-almere-prestatieafspraken-2020']};

MATCH (a:Intervention {id: 'intervention:prestatieafspraken-almere'})
MATCH (b:Municipality {id: 'municipality:GM0034'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {period: '2017-2024', sources: ['source:de-alliantie-prestatieafspraken-almere-2016', 'source:omroep-almere-prestatieafspraken-2020']};

MATCH (a:Intervention {id: 'intervention:prestatieafspraken-almere'})
MATCH (b:Challenge {id: 'challenge:woningnood'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  confidence: 'hypothesis',
  sources: ['source:de-alliantie-prestatieafspraken-almere-2016', 'source:omroep-almere-prestatieafspraken-2020'],
  note: 'Afgesproken: meer betaalbare huurwoningen (het aandeel sociale huur naar ruim 26% in 2018; de Alliantie 1358 nieuwe sociale huurwoningen in vijf jaar); de bronnen melden afspraken, geen resultaat.',
  noteEn: 'Agreed: more affordable rented homes (the social-rent share to over 26% in 2018; de Alliantie 1,358 new social rented homes in five years); the sources report agreements, not results.'
};

MERGE (n:Intervention {id: 'intervention:prestatieafspraken-capelle-2024'})
SET n += {
  name: 'Prestatieafspraken Capelle aan den IJssel (2024)',
  nameEn: 'Capelle aan den IJssel performance agreements (2024)',
  description: 'Afspraken van de gemeente Capelle aan den IJssel, woningcorporatie Havensteder en de Huurdersraad Capelle over leefbaarheid, de sociale woningvoorraad, specifieke doelgroepen, doorstroming van ouderen en verduurzaming (ongeveer 750 woningen geïsoleerd in 2024 en 2025).',
  descriptionEn: 'Agreements of the municipality of Capelle aan den IJssel, housing association Havensteder and the tenants\' council Huurdersraad Capelle on liveability, the social housing stock, specific groups, older people moving on and making homes sustainable (about 750 homes insulated in 2024 and 2025).',
  domains: ['wonen', 'veiligheid'],
  kind: 'action',
  period: '2024-'
};

MATCH (a:Intervention {id: 'intervention:prestatieafspraken-capelle-2024'}) MATCH (b:Source {id: 'source:radio-capelle-prestatieafspraken-2024'}) MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Municipality {id: 'municipality:GM0502'})
MATCH (b:Intervention {id: 'intervention:prestatieafspraken-capelle-2024'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'partij', sources: ['source:radio-capelle-prestatieafspraken-2024']};

MATCH (a:Actor {id: 'actor:havensteder'})
MATCH (b:Intervention {id: 'intervention:prestatieafspraken-capelle-2024'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'partij', sources: ['source:radio-capelle-prestatieafspraken-2024']};

MATCH (a:Actor {id: 'actor:huurdersraad-capelle'})
MATCH (b:Intervention {id: 'intervention:prestatieafspraken-capelle-2024'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'partij (huurders)', sources: ['source:radio-capelle-prestatieafspraken-2024']};

MATCH (a:Intervention {id: 'intervention:prestatieafspraken-capelle-2024'})
MATCH (b:Municipality {id: 'municipality:GM0502'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {period: '2024-', sources: ['source:radio-capelle-prestatieafspraken-2024']};

MATCH (a:Intervention {id: 'intervention:prestatieafspraken-capelle-2024'})
MATCH (b:Challenge {id: 'challenge:leefbaarheid-en-veiligheid'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  confidence: 'hypothesis',
  sources: ['source:radio-capelle-prestatieafspraken-2024'],
  note: 'Afgesproken: samen de leefbaarheid in de wijken vergroten en behouden, betalingsproblemen en huisuitzettingen voorkomen, een stadsmarinier tegen woonoverlast; afspraken, geen resultaat.',
  noteEn: 'Agreed: together increase and keep liveability in the neighbourhoods, prevent payment problems and evictions, a city marine against housing nuisance; agreements, not results.'
};

MATCH (a:Intervention {id: 'intervention:prestatieafspraken-capelle-2024'})
MATCH (b:Challenge {id: 'challenge:energietransitie'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  confidence: 'hypothesis',
  sources: ['source:radio-capelle-prestatieafspraken-2024'],
  note: 'Afgesproken: Havensteder isoleert in 2024 en 2025 ongeveer 750 woningen, verbetert uiterlijk in 2028 alle woningen met E-, F- en G-labels en plaatst in vijf jaar circa 4.000 zonnepanelen.',
  noteEn: 'Agreed: Havensteder insulates about 750 homes in 2024 and 2025, improves all homes with E, F and G labels by 2028 and installs about 4,000 solar panels over five years.'
};

// --- Where the national schemes apply

MATCH (a:Intervention {id: 'intervention:volkshuisvestingsfonds'})
MATCH (b:Neighbourhood {id: 'neighbourhood:almere-haven'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  period: '2024',
  sources: ['source:vhf-2024-toekenningen'],
  note: 'Volkshuisvestingsfonds 2024 (derde aanvraagronde, bekendgemaakt 13 mei 2024): gemeente Almere, project Almere-Haven, toegekend bedrag € 13.252.136,92.',
  noteEn: 'Public Housing Fund 2024 (third round, announced 13 May 2024): municipality of Almere, project Almere-Haven, amount granted EUR 13,252,136.92.'
};

MATCH (a:Intervention {id: 'intervention:volkshuisvestingsfonds'})
MATCH (b:Neighbourhood {id: 'neighbourhood:lelystad-oost'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  period: '2024',
  sources: ['source:vhf-2024-toekenningen'],
  note: 'Volkshuisvestingsfonds 2024 (derde aanvraagronde, bekendgemaakt 13 mei 2024): gemeente Lelystad, project Lelystad-Oost, toegekend bedrag € 5.683.492,00.',
  noteEn: 'Public Housing Fund 2024 (third round, announced 13 May 2024): municipality of Lelystad, project Lelystad-Oost, amount granted EUR 5,683,492.00.'
};

MATCH (a:Intervention {id: 'intervention:volkshuisvestingsfonds'})
MATCH (b:Municipality {id: 'municipality:GM0637'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  period: '2024',
  sources: ['source:vhf-2024-toekenningen'],
  note: 'Volkshuisvestingsfonds 2024 (derde aanvraagronde, bekendgemaakt 13 mei 2024): gemeente Zoetermeer, project Bossenbuurt, toegekend bedrag € 15.753.170,18.',
  noteEn: 'Public Housing Fund 2024 (third round, announced 13 May 2024): municipality of Zoetermeer, project Bossenbuurt, amount granted EUR 15,753,170.18.'
};

MATCH (a:Intervention {id: 'intervention:woningbouwimpuls'})
MATCH (b:Neighbourhood {id: 'neighbourhood:purmerend-wheermolen-oost'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  period: '2021',
  sources: ['source:wij-wheermolen-woningbouwimpuls-2021'],
  note: 'Op 15 december 2021 maakte BZK bekend dat de aanvraag van de gemeente Purmerend voor Wheermolen-Oost is toegekend; de bijdrage moet de vernieuwing met 1000 nieuwe woningen versnellen van 15 naar 10 jaar. Het bedrag noemt de bron niet.',
  noteEn: 'On 15 December 2021 the Ministry of the Interior announced that the municipality of Purmerend\'s application for Wheermolen-Oost was granted; the contribution should speed up the renewal with 1,000 new homes from 15 to 10 years. The source gives no amount.'
};

MATCH (a:Intervention {id: 'intervention:woningbouwimpuls'})
MATCH (b:Municipality {id: 'municipality:GM0439'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  period: '2022',
  sources: ['source:nhnieuws-purmerend-woningbouwimpuls-2022', 'source:rtl-woningbouwimpuls-2022'],
  note: 'December 2022, vierde bijdrage uit de Woningbouwimpuls (RTL Nieuws: onder meer projecten in Purmerend): ruim 5,1 miljoen euro voor het versnellen van de woningbouw in het Waterlandkwartier (NH Nieuws).',
  noteEn: 'December 2022, fourth contribution from the Housing Construction Boost (RTL Nieuws: projects in Purmerend among others): over 5.1 million euros to speed up house building in the Waterlandkwartier (NH Nieuws).'
};

MATCH (a:Intervention {id: 'intervention:regio-deals'})
MATCH (b:Municipality {id: 'municipality:GM0502'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  period: '2025-',
  sources: ['source:rijksoverheid-regio-deals-2025'],
  note: 'Zesde ronde (3 februari 2025): geselecteerd voorstel "Voormalige Groeikernen Zuid-Holland (Capelle a/d IJsel, Nissewaard en Zoetermeer)", rijksbijdrage € 10 miljoen; een voorstel dat Rijk en regio nog uitwerken tot een Regio Deal.',
  noteEn: 'Sixth round (3 February 2025): selected proposal "Former growth centres of South Holland (Capelle a/d IJssel, Nissewaard and Zoetermeer)", state contribution EUR 10 million; a proposal the state and region still work out into a Region Deal.'
};

MATCH (a:Intervention {id: 'intervention:regio-deals'})
MATCH (b:Municipality {id: 'municipality:GM0637'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  period: '2025-',
  sources: ['source:rijksoverheid-regio-deals-2025'],
  note: 'Zesde ronde (3 februari 2025): geselecteerd voorstel "Voormalige Groeikernen Zuid-Holland (Capelle a/d IJsel, Nissewaard en Zoetermeer)", rijksbijdrage € 10 miljoen; een voorstel dat Rijk en regio nog uitwerken tot een Regio Deal.',
  noteEn: 'Sixth round (3 February 2025): selected proposal "Former growth centres of South Holland (Capelle a/d IJssel, Nissewaard and Zoetermeer)", state contribution EUR 10 million; a proposal the state and region still work out into a Region Deal.'
};

MATCH (a:Intervention {id: 'intervention:regio-deals'})
MATCH (b:Municipality {id: 'municipality:GM1930'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  period: '2020-',
  sources: ['source:flakkeenieuws-regio-deal-zhd-2020', 'source:stcrt-2021-87-regio-deal-zhd', 'source:rijksoverheid-regio-deals-2025'],
  note: 'Regio Deal Zuid-Hollandse Delta (februari 2020: rijksinvestering 7,5 miljoen; gepubliceerd als Stcrt. 2021, 87, met het college van Nissewaard als partij); en in de zesde ronde (3 februari 2025) het geselecteerde voorstel "Voormalige Groeikernen Zuid-Holland (Capelle a/d IJsel, Nissewaard en Zoetermeer)", rijksbijdrage € 10 miljoen.',
  noteEn: 'Region Deal South Holland Delta (February 2020: state investment 7.5 million; published as Stcrt. 2021, 87, with the executive of Nissewaard as a party); and in the sixth round (3 February 2025) the selected proposal "Former growth centres of South Holland (Capelle a/d IJssel, Nissewaard and Zoetermeer)", state contribution EUR 10 million.'
};

MATCH (a:Intervention {id: 'intervention:regio-deals'})
MATCH (b:Municipality {id: 'municipality:GM0530'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  period: '2020-',
  sources: ['source:flakkeenieuws-regio-deal-zhd-2020', 'source:stcrt-2021-87-regio-deal-zhd'],
  note: 'Regio Deal Zuid-Hollandse Delta (februari 2020: rijksinvestering 7,5 miljoen voor Brielle, Hellevoetsluis, Hoeksche Waard, Goeree-Overflakkee, Nissewaard en Westvoorne; gepubliceerd als Stcrt. 2021, 87, met het college van Hellevoetsluis als partij).',
  noteEn: 'Region Deal South Holland Delta (February 2020: state investment 7.5 million for Brielle, Hellevoetsluis, Hoeksche Waard, Goeree-Overflakkee, Nissewaard and Westvoorne; published as Stcrt. 2021, 87, with the executive of Hellevoetsluis as a party).'
};

MATCH (a:Intervention {id: 'intervention:regio-deals'})
MATCH (b:Municipality {id: 'municipality:GM0034'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  period: '2023-',
  sources: ['source:rijksoverheid-regio-deals-2023'],
  note: 'Vierde ronde: op 1 november 2023 begon de uitvoering van de Regio Deal Nieuw Land (Almere-Lelystad); het bedrag per deal noemt de bron niet.',
  noteEn: 'Fourth round: on 1 November 2023 the Region Deal Nieuw Land (Almere-Lelystad) started; the source gives no amount per deal.'
};

MATCH (a:Intervention {id: 'intervention:regio-deals'})
MATCH (b:Municipality {id: 'municipality:GM0995'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  period: '2023-',
  sources: ['source:rijksoverheid-regio-deals-2023'],
  note: 'Vierde ronde: op 1 november 2023 begon de uitvoering van de Regio Deal Nieuw Land (Almere-Lelystad); het bedrag per deal noemt de bron niet.',
  noteEn: 'Fourth round: on 1 November 2023 the Region Deal Nieuw Land (Almere-Lelystad) started; the source gives no amount per deal.'
};

MATCH (a:Intervention {id: 'intervention:regio-deals'})
MATCH (b:Municipality {id: 'municipality:GM0356'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  period: '2020-',
  sources: ['source:kamerbrief-regio-deal-vitale-wijken-2020', 'source:nieuwsbode-regio-deal-vitale-wijken-2020'],
  note: 'Regio Deal vitale wijken Overvecht, Batau en Vollenhove (Kamerbrief 17 juli 2020): in Nieuwegein de wijk Batau en haar wijkaanpak Betere Buurten; impuls van 30 miljoen euro voor de drie wijken, waarvan het Rijk 15 miljoen en de provincie Utrecht 3,6 miljoen, de rest van de drie gemeenten (Nieuwsbode, juli 2020). Welke CBS-wijken (Batau Noord, Batau Zuid) bedoeld zijn, zeggen de bronnen niet.',
  noteEn: 'Region Deal vital neighbourhoods Overvecht, Batau and Vollenhove (letter of 17 July 2020): in Nieuwegein the Batau neighbourhood and its approach Betere Buurten; a 30 million euro boost for the three neighbourhoods, 15 million from the state and 3.6 million from the province of Utrecht, the rest from the three municipalities (Nieuwsbode, July 2020). Which CBS wijken (Batau Noord, Batau Zuid) are meant, the sources do not say.'
};

MATCH (a:Intervention {id: 'intervention:woningbouwimpuls'})
MATCH (b:Municipality {id: 'municipality:GM0794'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  period: '2020-2021',
  sources: ['source:ed-woningbouwimpuls-helmond-2020', 'source:bsd-woningbouwimpuls-2021'],
  note: 'Eerste toekenning (september 2020): zo\'n 8,5 miljoen euro voor de openbare ruimte en de straten rond de Waardstraat en de Oranjekade in centrum-noord (Eindhovens Dagblad); tweede ronde (februari 2021): 3,2 miljoen euro voor de versnelde bouw van 500 tijdelijke woningen in Brainport Smart District (Brainport Smart District).',
  noteEn: 'First award (September 2020): some 8.5 million euros for the public space and streets around the Waardstraat and the Oranjekade in the north of the centre (Eindhovens Dagblad); second round (February 2021): 3.2 million euros to speed up 500 temporary homes in Brainport Smart District (Brainport Smart District).'
};

MATCH (a:Intervention {id: 'intervention:woningbouwimpuls'})
MATCH (b:Municipality {id: 'municipality:GM0394'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  period: '2021',
  sources: ['source:nhnieuws-woningbouwimpuls-2021'],
  note: 'Februari 2021: een project in Haarlemmermeer is een van de zes Noord-Hollandse projecten die samen 72 miljoen euro uit de Woningbouwimpuls krijgen; project en bedrag per gemeente noemt de bron niet.',
  noteEn: 'February 2021: a project in Haarlemmermeer is one of six North Holland projects that together get 72 million euros from the Housing Construction Boost; the source names neither the project nor the amount per municipality.'
};

// The schemes rest on their award sources too (so every source is linked to what it supports).
MATCH (a:Intervention {id: 'intervention:volkshuisvestingsfonds'}) MATCH (b:Source {id: 'source:vhf-2024-toekenningen'}) MERGE (a)-[r:SUPPORTED_BY]->(b);
MATCH (a:Intervention {id: 'intervention:woningbouwimpuls'}) MATCH (b:Source {id: 'source:wij-wheermolen-woningbouwimpuls-2021'}) MERGE (a)-[r:SUPPORTED_BY]->(b);
MATCH (a:Intervention {id: 'intervention:woningbouwimpuls'}) MATCH (b:Source {id: 'source:nhnieuws-purmerend-woningbouwimpuls-2022'}) MERGE (a)-[r:SUPPORTED_BY]->(b);
MATCH (a:Intervention {id: 'intervention:woningbouwimpuls'}) MATCH (b:Source {id: 'source:rtl-woningbouwimpuls-2022'}) MERGE (a)-[r:SUPPORTED_BY]->(b);
MATCH (a:Intervention {id: 'intervention:woningbouwimpuls'}) MATCH (b:Source {id: 'source:ed-woningbouwimpuls-helmond-2020'}) MERGE (a)-[r:SUPPORTED_BY]->(b);
MATCH (a:Intervention {id: 'intervention:woningbouwimpuls'}) MATCH (b:Source {id: 'source:bsd-woningbouwimpuls-2021'}) MERGE (a)-[r:SUPPORTED_BY]->(b);
MATCH (a:Intervention {id: 'intervention:woningbouwimpuls'}) MATCH (b:Source {id: 'source:nhnieuws-woningbouwimpuls-2021'}) MERGE (a)-[r:SUPPORTED_BY]->(b);
MATCH (a:Intervention {id: 'intervention:regio-deals'}) MATCH (b:Source {id: 'source:rijksoverheid-regio-deals-2025'}) MERGE (a)-[r:SUPPORTED_BY]->(b);
MATCH (a:Intervention {id: 'intervention:regio-deals'}) MATCH (b:Source {id: 'source:rijksoverheid-regio-deals-2023'}) MERGE (a)-[r:SUPPORTED_BY]->(b);
MATCH (a:Intervention {id: 'intervention:regio-deals'}) MATCH (b:Source {id: 'source:stcrt-2021-87-regio-deal-zhd'}) MERGE (a)-[r:SUPPORTED_BY]->(b);
MATCH (a:Intervention {id: 'intervention:regio-deals'}) MATCH (b:Source {id: 'source:flakkeenieuws-regio-deal-zhd-2020'}) MERGE (a)-[r:SUPPORTED_BY]->(b);
MATCH (a:Intervention {id: 'intervention:regio-deals'}) MATCH (b:Source {id: 'source:kamerbrief-regio-deal-vitale-wijken-2020'}) MERGE (a)-[r:SUPPORTED_BY]->(b);
MATCH (a:Intervention {id: 'intervention:regio-deals'}) MATCH (b:Source {id: 'source:nieuwsbode-regio-deal-vitale-wijken-2020'}) MERGE (a)-[r:SUPPORTED_BY]->(b);

// --- Woondeals (regional housing deals), modelled as the other national programmes are

MERGE (n:Source {id: 'source:woondeals-flevoland-mra-2023'})
SET n += {
  name: 'Bouw 220.000 woningen met Woondeal Noord-Holland Noord, Flevoland en MRA',
  nameEn: 'Building 220,000 homes with the housing deals of North Holland North, Flevoland and the MRA',
  description: 'Nieuwsbericht op Volkshuisvesting Nederland (15 maart 2023): minister Hugo de Jonge voor Volkshuisvesting en Ruimtelijke Ordening en de bestuurders van provincies en gemeenten van Noord-Holland en Flevoland en de gemeenten in de Metropoolregio Amsterdam ondertekenden drie regionale Woondeals; tot en met 2030 moeten er ruim 220.000 woningen bij komen, twee derde betaalbaar; in Flevoland is het streven 20.904 betaalbare woningen in Almere en Lelystad en 5.734 in Zeewolde, Urk, Noordoostpolder en Dronten; in de MRA 171.200 woningen.',
  descriptionEn: 'News item on Volkshuisvesting Nederland (15 March 2023): Hugo de Jonge, Minister for Housing and Spatial Planning, and the executives of the provinces and municipalities of North Holland and Flevoland and the municipalities of the Amsterdam Metropolitan Area signed three regional housing deals; by 2030 over 220,000 homes are to be added, two thirds affordable; in Flevoland the aim is 20,904 affordable homes in Almere and Lelystad and 5,734 in Zeewolde, Urk, Noordoostpolder and Dronten; in the MRA 171,200 homes.',
  url: 'https://www.volkshuisvestingnederland.nl/onderwerpen/woondeals/nieuws/2023/03/15/bouw-220.000-woningen-met-woondeal-noord-holland-noord-flevoland-en-mra',
  publisher: 'Volkshuisvesting Nederland (Rijksoverheid)',
  year: 2023,
  date: date('2023-03-15'),
  kind: 'government_policy',
  secondary: false
};

MERGE (n:Intervention {id: 'intervention:woondeals'})
SET n += {
  name: 'Regionale Woondeals',
  nameEn: 'Regional housing deals (Woondeals)',
  description: 'Afspraken van het Rijk met provincies en gemeenten per regio over het aantal te bouwen woningen tot en met 2030, waarvan twee derde betaalbaar.',
  descriptionEn: 'Agreements of the state with provinces and municipalities per region on the number of homes to be built by 2030, two thirds of them affordable.',
  domains: ['wonen'],
  kind: 'programme',
  period: '2023-2030'
};

MATCH (a:Intervention {id: 'intervention:woondeals'}) MATCH (b:Source {id: 'source:woondeals-flevoland-mra-2023'}) MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Actor {id: 'actor:ministerie-bzk'})
MATCH (b:Intervention {id: 'intervention:woondeals'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += {role: 'lead (minister voor Volkshuisvesting en Ruimtelijke Ordening)', sources: ['source:woondeals-flevoland-mra-2023']};

MATCH (a:Intervention {id: 'intervention:woondeals'})
MATCH (b:Challenge {id: 'challenge:woningnood'})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += {
  confidence: 'hypothesis',
  sources: ['source:woondeals-flevoland-mra-2023'],
  note: 'Afgesproken aantallen tot en met 2030 (ruim 220.000 woningen in Noord-Holland en Flevoland); afspraken, geen resultaat.',
  noteEn: 'Numbers agreed up to 2030 (over 220,000 homes in North Holland and Flevoland); agreements, not results.'
};

MATCH (a:Intervention {id: 'intervention:woondeals'})
MATCH (b:Municipality {id: 'municipality:GM0034'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  period: '2023-2030',
  sources: ['source:woondeals-flevoland-mra-2023'],
  note: 'Woondeal Flevoland, ondertekend 15 maart 2023: het streven is 20.904 betaalbare woningen in Almere en Lelystad samen (tot en met 2030).',
  noteEn: 'Flevoland housing deal, signed 15 March 2023: the aim is 20,904 affordable homes in Almere and Lelystad together (up to 2030).'
};

MATCH (a:Intervention {id: 'intervention:woondeals'})
MATCH (b:Municipality {id: 'municipality:GM0995'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  period: '2023-2030',
  sources: ['source:woondeals-flevoland-mra-2023'],
  note: 'Woondeal Flevoland, ondertekend 15 maart 2023: het streven is 20.904 betaalbare woningen in Almere en Lelystad samen (tot en met 2030).',
  noteEn: 'Flevoland housing deal, signed 15 March 2023: the aim is 20,904 affordable homes in Almere and Lelystad together (up to 2030).'
};

MATCH (a:Intervention {id: 'intervention:woondeals'}) MATCH (b:Source {id: 'source:haarlemmermeer-begroting-2024-wonen'}) MERGE (a)-[r:SUPPORTED_BY]->(b);

MATCH (a:Intervention {id: 'intervention:woondeals'})
MATCH (b:Municipality {id: 'municipality:GM0394'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  sources: ['source:haarlemmermeer-begroting-2024-wonen'],
  note: 'Haarlemmermeer streeft bij nieuwbouw waar mogelijk naar een hoger percentage betaalbare woningen dan 50%, "zoals afgesproken in de Woondeal" (Programmabegroting 2024); welke Woondeal en welke aantallen noemt de pagina niet.',
  noteEn: 'Haarlemmermeer aims where possible at a higher share of affordable homes than 50% in new building, "as agreed in the Woondeal" (programme budget 2024); the page names neither the deal nor its numbers.'
};

MATCH (a:Intervention {id: 'intervention:woondeals'})
MATCH (b:Municipality {id: 'municipality:GM0439'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r += {
  period: '2023-2030',
  sources: ['source:woondeals-flevoland-mra-2023', 'source:mra-new-towns-alliantie-2023'],
  note: 'Woondeal MRA, op 15 maart 2023 ondertekend door de gemeenten in de Metropoolregio Amsterdam (171.200 woningen in de MRA), waarvan Purmerend lid is (MRA, december 2023); aantallen per gemeente noemt de bron niet.',
  noteEn: 'MRA housing deal, signed on 15 March 2023 by the municipalities of the Amsterdam Metropolitan Area (171,200 homes in the MRA), of which Purmerend is a member (MRA, December 2023); the source gives no numbers per municipality.'
};
