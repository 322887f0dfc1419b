// SPDX-License-Identifier: EUPL-1.2
export interface NaceEntry {
  code: string;
  level: "section" | "division" | "group" | "class";
  parent: string | null;
  de: string;
  cs: string;
  en: string;
}

// Labels follow WZ 2008 (de), CZ-NACE (cs) and NACE Rev. 2 (en).
type Labels = [de: string, cs: string, en: string];

const section = (code: string, [de, cs, en]: Labels): NaceEntry => ({
  code,
  level: "section",
  parent: null,
  de,
  cs,
  en,
});

const division = (code: string, parent: string, [de, cs, en]: Labels): NaceEntry => ({
  code,
  level: "division",
  parent,
  de,
  cs,
  en,
});

// Groups are skipped, so a class hangs directly below its division.
const cls = (code: string, [de, cs, en]: Labels): NaceEntry => ({
  code,
  level: "class",
  parent: code.slice(0, 2),
  de,
  cs,
  en,
});

const SECTIONS: NaceEntry[] = [
  section("A", ["Land- und Forstwirtschaft, Fischerei", "Zemědělství, lesnictví a rybářství", "Agriculture, forestry and fishing"]),
  section("B", ["Bergbau und Gewinnung von Steinen und Erden", "Těžba a dobývání", "Mining and quarrying"]),
  section("C", ["Verarbeitendes Gewerbe", "Zpracovatelský průmysl", "Manufacturing"]),
  section("D", [
    "Energieversorgung",
    "Výroba a rozvod elektřiny, plynu, tepla a klimatizovaného vzduchu",
    "Electricity, gas, steam and air conditioning supply",
  ]),
  section("E", [
    "Wasserversorgung; Abwasser- und Abfallentsorgung und Beseitigung von Umweltverschmutzungen",
    "Zásobování vodou; činnosti související s odpadními vodami, odpady a sanacemi",
    "Water supply; sewerage, waste management and remediation activities",
  ]),
  section("F", ["Baugewerbe", "Stavebnictví", "Construction"]),
  section("G", [
    "Handel; Instandhaltung und Reparatur von Kraftfahrzeugen",
    "Velkoobchod a maloobchod; opravy a údržba motorových vozidel",
    "Wholesale and retail trade; repair of motor vehicles and motorcycles",
  ]),
  section("H", ["Verkehr und Lagerei", "Doprava a skladování", "Transportation and storage"]),
  section("I", ["Gastgewerbe", "Ubytování, stravování a pohostinství", "Accommodation and food service activities"]),
  section("J", ["Information und Kommunikation", "Informační a komunikační činnosti", "Information and communication"]),
  section("K", [
    "Erbringung von Finanz- und Versicherungsdienstleistungen",
    "Peněžnictví a pojišťovnictví",
    "Financial and insurance activities",
  ]),
  section("L", ["Grundstücks- und Wohnungswesen", "Činnosti v oblasti nemovitostí", "Real estate activities"]),
  section("M", [
    "Erbringung von freiberuflichen, wissenschaftlichen und technischen Dienstleistungen",
    "Profesní, vědecké a technické činnosti",
    "Professional, scientific and technical activities",
  ]),
  section("N", [
    "Erbringung von sonstigen wirtschaftlichen Dienstleistungen",
    "Administrativní a podpůrné činnosti",
    "Administrative and support service activities",
  ]),
  section("O", [
    "Öffentliche Verwaltung, Verteidigung; Sozialversicherung",
    "Veřejná správa a obrana; povinné sociální zabezpečení",
    "Public administration and defence; compulsory social security",
  ]),
  section("P", ["Erziehung und Unterricht", "Vzdělávání", "Education"]),
  section("Q", ["Gesundheits- und Sozialwesen", "Zdravotní a sociální péče", "Human health and social work activities"]),
  section("R", ["Kunst, Unterhaltung und Erholung", "Kulturní, zábavní a rekreační činnosti", "Arts, entertainment and recreation"]),
  section("S", ["Erbringung von sonstigen Dienstleistungen", "Ostatní činnosti", "Other service activities"]),
  section("T", [
    "Private Haushalte mit Hauspersonal; Herstellung von Waren und Erbringung von Dienstleistungen durch private Haushalte für den Eigenbedarf ohne ausgeprägten Schwerpunkt",
    "Činnosti domácností jako zaměstnavatelů; činnosti domácností produkujících blíže neurčené výrobky a služby pro vlastní potřebu",
    "Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use",
  ]),
  section("U", [
    "Exterritoriale Organisationen und Körperschaften",
    "Činnosti exteritoriálních organizací a orgánů",
    "Activities of extraterritorial organisations and bodies",
  ]),
];

const DIVISIONS: NaceEntry[] = [
  division("01", "A", [
    "Landwirtschaft, Jagd und damit verbundene Tätigkeiten",
    "Rostlinná a živočišná výroba, myslivost a související činnosti",
    "Crop and animal production, hunting and related service activities",
  ]),
  division("02", "A", ["Forstwirtschaft und Holzeinschlag", "Lesnictví a těžba dřeva", "Forestry and logging"]),
  division("03", "A", ["Fischerei und Aquakultur", "Rybolov a akvakultura", "Fishing and aquaculture"]),
  division("05", "B", ["Kohlenbergbau", "Těžba a úprava černého a hnědého uhlí", "Mining of coal and lignite"]),
  division("06", "B", ["Gewinnung von Erdöl und Erdgas", "Těžba ropy a zemního plynu", "Extraction of crude petroleum and natural gas"]),
  division("07", "B", ["Erzbergbau", "Těžba a úprava rud", "Mining of metal ores"]),
  division("08", "B", [
    "Gewinnung von Steinen und Erden, sonstiger Bergbau",
    "Ostatní těžba a dobývání",
    "Other mining and quarrying",
  ]),
  division("09", "B", [
    "Erbringung von Dienstleistungen für den Bergbau und für die Gewinnung von Steinen und Erden",
    "Podpůrné činnosti při těžbě",
    "Mining support service activities",
  ]),
  division("10", "C", ["Herstellung von Nahrungs- und Futtermitteln", "Výroba potravinářských výrobků", "Manufacture of food products"]),
  division("11", "C", ["Getränkeherstellung", "Výroba nápojů", "Manufacture of beverages"]),
  division("12", "C", ["Tabakverarbeitung", "Výroba tabákových výrobků", "Manufacture of tobacco products"]),
  division("13", "C", ["Herstellung von Textilien", "Výroba textilií", "Manufacture of textiles"]),
  division("14", "C", ["Herstellung von Bekleidung", "Výroba oděvů", "Manufacture of wearing apparel"]),
  division("15", "C", [
    "Herstellung von Leder, Lederwaren und Schuhen",
    "Výroba usní a souvisejících výrobků",
    "Manufacture of leather and related products",
  ]),
  division("16", "C", [
    "Herstellung von Holz-, Flecht-, Korb- und Korkwaren (ohne Möbel)",
    "Zpracování dřeva, výroba dřevěných, korkových, proutěných a slaměných výrobků, kromě nábytku",
    "Manufacture of wood and of products of wood and cork, except furniture; manufacture of articles of straw and plaiting materials",
  ]),
  division("17", "C", [
    "Herstellung von Papier, Pappe und Waren daraus",
    "Výroba papíru a výrobků z papíru",
    "Manufacture of paper and paper products",
  ]),
  division("18", "C", [
    "Herstellung von Druckerzeugnissen; Vervielfältigung von bespielten Ton-, Bild- und Datenträgern",
    "Tisk a rozmnožování nahraných nosičů",
    "Printing and reproduction of recorded media",
  ]),
  division("19", "C", [
    "Kokerei und Mineralölverarbeitung",
    "Výroba koksu a rafinovaných ropných produktů",
    "Manufacture of coke and refined petroleum products",
  ]),
  division("20", "C", [
    "Herstellung von chemischen Erzeugnissen",
    "Výroba chemických látek a chemických přípravků",
    "Manufacture of chemicals and chemical products",
  ]),
  division("21", "C", [
    "Herstellung von pharmazeutischen Erzeugnissen",
    "Výroba základních farmaceutických výrobků a farmaceutických přípravků",
    "Manufacture of basic pharmaceutical products and pharmaceutical preparations",
  ]),
  division("22", "C", [
    "Herstellung von Gummi- und Kunststoffwaren",
    "Výroba pryžových a plastových výrobků",
    "Manufacture of rubber and plastic products",
  ]),
  division("23", "C", [
    "Herstellung von Glas und Glaswaren, Keramik, Verarbeitung von Steinen und Erden",
    "Výroba ostatních nekovových minerálních výrobků",
    "Manufacture of other non-metallic mineral products",
  ]),
  division("24", "C", [
    "Metallerzeugung und -bearbeitung",
    "Výroba základních kovů, hutní zpracování kovů; slévárenství",
    "Manufacture of basic metals",
  ]),
  division("25", "C", [
    "Herstellung von Metallerzeugnissen",
    "Výroba kovových konstrukcí a kovodělných výrobků, kromě strojů a zařízení",
    "Manufacture of fabricated metal products, except machinery and equipment",
  ]),
  division("26", "C", [
    "Herstellung von Datenverarbeitungsgeräten, elektronischen und optischen Erzeugnissen",
    "Výroba počítačů, elektronických a optických přístrojů a zařízení",
    "Manufacture of computer, electronic and optical products",
  ]),
  division("27", "C", ["Herstellung von elektrischen Ausrüstungen", "Výroba elektrických zařízení", "Manufacture of electrical equipment"]),
  division("28", "C", ["Maschinenbau", "Výroba strojů a zařízení j. n.", "Manufacture of machinery and equipment n.e.c."]),
  division("29", "C", [
    "Herstellung von Kraftwagen und Kraftwagenteilen",
    "Výroba motorových vozidel (kromě motocyklů), přívěsů a návěsů",
    "Manufacture of motor vehicles, trailers and semi-trailers",
  ]),
  division("30", "C", [
    "Sonstiger Fahrzeugbau",
    "Výroba ostatních dopravních prostředků a zařízení",
    "Manufacture of other transport equipment",
  ]),
  division("31", "C", ["Herstellung von Möbeln", "Výroba nábytku", "Manufacture of furniture"]),
  division("32", "C", ["Herstellung von sonstigen Waren", "Ostatní zpracovatelský průmysl", "Other manufacturing"]),
  division("33", "C", [
    "Reparatur und Installation von Maschinen und Ausrüstungen",
    "Opravy a instalace strojů a zařízení",
    "Repair and installation of machinery and equipment",
  ]),
  division("35", "D", [
    "Energieversorgung",
    "Výroba a rozvod elektřiny, plynu, tepla a klimatizovaného vzduchu",
    "Electricity, gas, steam and air conditioning supply",
  ]),
  division("36", "E", ["Wasserversorgung", "Shromažďování, úprava a rozvod vody", "Water collection, treatment and supply"]),
  division("37", "E", ["Abwasserentsorgung", "Činnosti související s odpadními vodami", "Sewerage"]),
  division("38", "E", [
    "Sammlung, Behandlung und Beseitigung von Abfällen; Rückgewinnung",
    "Shromažďování, sběr a odstraňování odpadů, úprava odpadů k dalšímu využití",
    "Waste collection, treatment and disposal activities; materials recovery",
  ]),
  division("39", "E", [
    "Beseitigung von Umweltverschmutzungen und sonstige Entsorgung",
    "Sanace a jiné činnosti související s odpady",
    "Remediation activities and other waste management services",
  ]),
  division("41", "F", ["Hochbau", "Výstavba budov", "Construction of buildings"]),
  division("42", "F", ["Tiefbau", "Inženýrské stavitelství", "Civil engineering"]),
  division("43", "F", [
    "Vorbereitende Baustellenarbeiten, Bauinstallation und sonstiges Ausbaugewerbe",
    "Specializované stavební činnosti",
    "Specialised construction activities",
  ]),
  division("45", "G", [
    "Handel mit Kraftfahrzeugen; Instandhaltung und Reparatur von Kraftfahrzeugen",
    "Velkoobchod, maloobchod a opravy motorových vozidel",
    "Wholesale and retail trade and repair of motor vehicles and motorcycles",
  ]),
  division("46", "G", [
    "Großhandel (ohne Handel mit Kraftfahrzeugen)",
    "Velkoobchod, kromě motorových vozidel",
    "Wholesale trade, except of motor vehicles and motorcycles",
  ]),
  division("47", "G", [
    "Einzelhandel (ohne Handel mit Kraftfahrzeugen)",
    "Maloobchod, kromě motorových vozidel",
    "Retail trade, except of motor vehicles and motorcycles",
  ]),
  division("49", "H", [
    "Landverkehr und Transport in Rohrfernleitungen",
    "Pozemní a potrubní doprava",
    "Land transport and transport via pipelines",
  ]),
  division("50", "H", ["Schifffahrt", "Vodní doprava", "Water transport"]),
  division("51", "H", ["Luftfahrt", "Letecká doprava", "Air transport"]),
  division("52", "H", [
    "Lagerei sowie Erbringung von sonstigen Dienstleistungen für den Verkehr",
    "Skladování a vedlejší činnosti v dopravě",
    "Warehousing and support activities for transportation",
  ]),
  division("53", "H", ["Post-, Kurier- und Expressdienste", "Poštovní a kurýrní činnosti", "Postal and courier activities"]),
  division("55", "I", ["Beherbergung", "Ubytování", "Accommodation"]),
  division("56", "I", ["Gastronomie", "Stravování a pohostinství", "Food and beverage service activities"]),
  division("58", "J", ["Verlagswesen", "Vydavatelské činnosti", "Publishing activities"]),
  division("59", "J", [
    "Herstellung, Verleih und Vertrieb von Filmen und Fernsehprogrammen; Kinos; Tonstudios und Verlegen von Musik",
    "Činnosti v oblasti filmů, videozáznamů a televizních programů, pořizování zvukových nahrávek a hudební vydavatelské činnosti",
    "Motion picture, video and television programme production, sound recording and music publishing activities",
  ]),
  division("60", "J", ["Rundfunkveranstalter", "Tvorba programů a vysílání", "Programming and broadcasting activities"]),
  division("61", "J", ["Telekommunikation", "Telekomunikační činnosti", "Telecommunications"]),
  division("62", "J", [
    "Erbringung von Dienstleistungen der Informationstechnologie",
    "Činnosti v oblasti informačních technologií",
    "Computer programming, consultancy and related activities",
  ]),
  division("63", "J", ["Informationsdienstleistungen", "Informační činnosti", "Information service activities"]),
  division("64", "K", [
    "Erbringung von Finanzdienstleistungen",
    "Finanční zprostředkování, kromě pojišťovnictví a penzijního financování",
    "Financial service activities, except insurance and pension funding",
  ]),
  division("65", "K", [
    "Versicherungen, Rückversicherungen und Pensionskassen (ohne Sozialversicherung)",
    "Pojištění, zajištění a penzijní financování, kromě povinného sociálního zabezpečení",
    "Insurance, reinsurance and pension funding, except compulsory social security",
  ]),
  division("66", "K", [
    "Mit Finanz- und Versicherungsdienstleistungen verbundene Tätigkeiten",
    "Ostatní finanční činnosti",
    "Activities auxiliary to financial services and insurance activities",
  ]),
  division("68", "L", ["Grundstücks- und Wohnungswesen", "Činnosti v oblasti nemovitostí", "Real estate activities"]),
  division("69", "M", [
    "Rechts- und Steuerberatung, Wirtschaftsprüfung",
    "Právní a účetnické činnosti",
    "Legal and accounting activities",
  ]),
  division("70", "M", [
    "Verwaltung und Führung von Unternehmen und Betrieben; Unternehmensberatung",
    "Činnosti vedení podniků; poradenství v oblasti řízení",
    "Activities of head offices; management consultancy activities",
  ]),
  division("71", "M", [
    "Architektur- und Ingenieurbüros; technische, physikalische und chemische Untersuchung",
    "Architektonické a inženýrské činnosti; technické zkoušky a analýzy",
    "Architectural and engineering activities; technical testing and analysis",
  ]),
  division("72", "M", ["Forschung und Entwicklung", "Výzkum a vývoj", "Scientific research and development"]),
  division("73", "M", ["Werbung und Marktforschung", "Reklama a průzkum trhu", "Advertising and market research"]),
  division("74", "M", [
    "Sonstige freiberufliche, wissenschaftliche und technische Tätigkeiten",
    "Ostatní profesní, vědecké a technické činnosti",
    "Other professional, scientific and technical activities",
  ]),
  division("75", "M", ["Veterinärwesen", "Veterinární činnosti", "Veterinary activities"]),
  division("77", "N", [
    "Vermietung von beweglichen Sachen",
    "Činnosti v oblasti pronájmu a operativního leasingu",
    "Rental and leasing activities",
  ]),
  division("78", "N", [
    "Vermittlung und Überlassung von Arbeitskräften",
    "Činnosti související se zaměstnáním",
    "Employment activities",
  ]),
  division("79", "N", [
    "Reisebüros, Reiseveranstalter und Erbringung sonstiger Reservierungsdienstleistungen",
    "Činnosti cestovních agentur, kanceláří a jiné rezervační a související činnosti",
    "Travel agency, tour operator and other reservation service and related activities",
  ]),
  division("80", "N", [
    "Wach- und Sicherheitsdienste sowie Detekteien",
    "Bezpečnostní a pátrací činnosti",
    "Security and investigation activities",
  ]),
  division("81", "N", [
    "Gebäudebetreuung; Garten- und Landschaftsbau",
    "Činnosti související se stavbami a úpravou krajiny",
    "Services to buildings and landscape activities",
  ]),
  division("82", "N", [
    "Erbringung von wirtschaftlichen Dienstleistungen für Unternehmen und Privatpersonen a. n. g.",
    "Administrativní, kancelářské a jiné podpůrné činnosti pro podnikání",
    "Office administrative, office support and other business support activities",
  ]),
  division("84", "O", [
    "Öffentliche Verwaltung, Verteidigung; Sozialversicherung",
    "Veřejná správa a obrana; povinné sociální zabezpečení",
    "Public administration and defence; compulsory social security",
  ]),
  division("85", "P", ["Erziehung und Unterricht", "Vzdělávání", "Education"]),
  division("86", "Q", ["Gesundheitswesen", "Zdravotní péče", "Human health activities"]),
  division("87", "Q", ["Heime (ohne Erholungs- und Ferienheime)", "Pobytové služby sociální péče", "Residential care activities"]),
  division("88", "Q", [
    "Sozialwesen (ohne Heime)",
    "Ambulantní nebo terénní sociální služby",
    "Social work activities without accommodation",
  ]),
  division("90", "R", [
    "Kreative, künstlerische und unterhaltende Tätigkeiten",
    "Tvůrčí, umělecké a zábavní činnosti",
    "Creative, arts and entertainment activities",
  ]),
  division("91", "R", [
    "Bibliotheken, Archive, Museen, botanische und zoologische Gärten",
    "Činnosti knihoven, archivů, muzeí a jiných kulturních zařízení",
    "Libraries, archives, museums and other cultural activities",
  ]),
  division("92", "R", [
    "Spiel-, Wett- und Lotteriewesen",
    "Činnosti heren, kasin a sázkových kanceláří",
    "Gambling and betting activities",
  ]),
  division("93", "R", [
    "Erbringung von Dienstleistungen des Sports, der Unterhaltung und der Erholung",
    "Sportovní, zábavní a rekreační činnosti",
    "Sports activities and amusement and recreation activities",
  ]),
  division("94", "S", [
    "Interessenvertretungen sowie kirchliche und sonstige religiöse Vereinigungen (ohne Sozialwesen und Sport)",
    "Činnosti organizací sdružujících osoby za účelem prosazování společných zájmů",
    "Activities of membership organisations",
  ]),
  division("95", "S", [
    "Reparatur von Datenverarbeitungsgeräten und Gebrauchsgütern",
    "Opravy počítačů a výrobků pro osobní potřebu a převážně pro domácnost",
    "Repair of computers and personal and household goods",
  ]),
  division("96", "S", [
    "Erbringung von sonstigen überwiegend persönlichen Dienstleistungen",
    "Poskytování ostatních osobních služeb",
    "Other personal service activities",
  ]),
  division("97", "T", [
    "Private Haushalte mit Hauspersonal",
    "Činnosti domácností jako zaměstnavatelů domácího personálu",
    "Activities of households as employers of domestic personnel",
  ]),
  division("98", "T", [
    "Herstellung von Waren und Erbringung von Dienstleistungen durch private Haushalte für den Eigenbedarf ohne ausgeprägten Schwerpunkt",
    "Činnosti domácností produkujících blíže neurčené výrobky a služby pro vlastní potřebu",
    "Undifferentiated goods- and services-producing activities of private households for own use",
  ]),
  division("99", "U", [
    "Exterritoriale Organisationen und Körperschaften",
    "Činnosti exteritoriálních organizací a orgánů",
    "Activities of extraterritorial organisations and bodies",
  ]),
];

// Only the classes that matter for the border region's SME landscape; extend as needed.
const CLASSES: NaceEntry[] = [
  cls("10.71", [
    "Herstellung von Backwaren (ohne Dauerbackwaren)",
    "Výroba pekařských a cukrářských výrobků, kromě trvanlivých",
    "Manufacture of bread; manufacture of fresh pastry goods and cakes",
  ]),
  cls("10.89", [
    "Herstellung von sonstigen Nahrungsmitteln a. n. g.",
    "Výroba ostatních potravinářských výrobků j. n.",
    "Manufacture of other food products n.e.c.",
  ]),
  cls("11.05", ["Herstellung von Bier", "Výroba piva", "Manufacture of beer"]),
  cls("13.92", [
    "Herstellung von konfektionierten Textilwaren (ohne Bekleidung)",
    "Výroba konfekčních textilních výrobků, kromě oděvů",
    "Manufacture of made-up textile articles, except apparel",
  ]),
  cls("13.96", [
    "Herstellung von technischen Textilien",
    "Výroba ostatních technických a průmyslových textilií",
    "Manufacture of other technical and industrial textiles",
  ]),
  cls("14.13", ["Herstellung von sonstiger Oberbekleidung", "Výroba ostatních svrchních oděvů", "Manufacture of other outerwear"]),
  cls("16.10", ["Säge-, Hobel- und Holzimprägnierwerke", "Výroba pilařská a impregnace dřeva", "Sawmilling and planing of wood"]),
  cls("16.23", [
    "Herstellung von sonstigen Konstruktionsteilen, Fertigbauteilen, Ausbauelementen und Fertigteilbauten aus Holz",
    "Výroba ostatních výrobků stavebního truhlářství a tesařství",
    "Manufacture of other builders' carpentry and joinery",
  ]),
  cls("16.24", [
    "Herstellung von Verpackungsmitteln, Lagerbehältern und Ladungsträgern aus Holz",
    "Výroba dřevěných obalů",
    "Manufacture of wooden containers",
  ]),
  cls("17.21", [
    "Herstellung von Wellpapier und -pappe sowie von Verpackungsmitteln aus Papier, Karton und Pappe",
    "Výroba vlnitého papíru a lepenky, papírových a lepenkových obalů",
    "Manufacture of corrugated paper and paperboard and of containers of paper and paperboard",
  ]),
  cls("18.12", ["Drucken a. n. g.", "Ostatní tisk", "Other printing"]),
  cls("20.30", [
    "Herstellung von Anstrichmitteln, Druckfarben und Kitten",
    "Výroba nátěrových barev, laků a jiných nátěrových materiálů, tiskařských barev a tmelů",
    "Manufacture of paints, varnishes and similar coatings, printing ink and mastics",
  ]),
  cls("20.59", [
    "Herstellung von sonstigen chemischen Erzeugnissen a. n. g.",
    "Výroba ostatních chemických výrobků j. n.",
    "Manufacture of other chemical products n.e.c.",
  ]),
  cls("22.21", [
    "Herstellung von Platten, Folien, Schläuchen und Profilen aus Kunststoffen",
    "Výroba plastových desek, fólií, hadic, trubek a profilů",
    "Manufacture of plastic plates, sheets, tubes and profiles",
  ]),
  cls("22.22", ["Herstellung von Verpackungsmitteln aus Kunststoffen", "Výroba plastových obalů", "Manufacture of plastic packing goods"]),
  cls("22.29", ["Herstellung von sonstigen Kunststoffwaren", "Výroba ostatních plastových výrobků", "Manufacture of other plastic products"]),
  cls("23.11", ["Herstellung von Flachglas", "Výroba plochého skla", "Manufacture of flat glass"]),
  cls("23.13", ["Herstellung von Hohlglas", "Výroba dutého skla", "Manufacture of hollow glass"]),
  cls("23.19", [
    "Herstellung, Veredlung und Bearbeitung von sonstigem Glas einschließlich technischer Glaswaren",
    "Výroba a zpracování ostatního skla vč. technického",
    "Manufacture and processing of other glass, including technical glassware",
  ]),
  cls("23.41", [
    "Herstellung von keramischen Haushaltswaren und Ziergegenständen",
    "Výroba keramických a porcelánových výrobků převážně pro domácnost a ozdobných předmětů",
    "Manufacture of ceramic household and ornamental articles",
  ]),
  cls("23.61", [
    "Herstellung von Erzeugnissen aus Beton, Zement und Kalksandstein für den Bau",
    "Výroba betonových výrobků pro stavební účely",
    "Manufacture of concrete products for construction purposes",
  ]),
  cls("24.10", [
    "Erzeugung von Roheisen, Stahl und Ferrolegierungen",
    "Výroba surového železa, oceli a feroslitin, plochých výrobků (kromě pásky za studena), tváření výrobků za tepla",
    "Manufacture of basic iron and steel and of ferro-alloys",
  ]),
  cls("24.33", ["Herstellung von Kaltprofilen", "Tváření profilů za studena", "Cold forming or folding"]),
  cls("24.51", ["Eisengießereien", "Výroba odlitků z litiny", "Casting of iron"]),
  cls("24.53", ["Leichtmetallgießereien", "Výroba odlitků z lehkých kovů", "Casting of light metals"]),
  cls("25.11", [
    "Herstellung von Metallkonstruktionen",
    "Výroba kovových konstrukcí a jejich dílů",
    "Manufacture of metal structures and parts of structures",
  ]),
  cls("25.12", ["Herstellung von Ausbauelementen aus Metall", "Výroba kovových dveří a oken", "Manufacture of doors and windows of metal"]),
  cls("25.21", [
    "Herstellung von Heizkörpern und -kesseln für Zentralheizungen",
    "Výroba radiátorů a kotlů k ústřednímu topení",
    "Manufacture of central heating radiators and boilers",
  ]),
  cls("25.50", [
    "Herstellung von Schmiede-, Press-, Zieh- und Stanzteilen, gewalzten Ringen und pulvermetallurgischen Erzeugnissen",
    "Kování, lisování, ražení, válcování a protlačování kovů; prášková metalurgie",
    "Forging, pressing, stamping and roll-forming of metal; powder metallurgy",
  ]),
  cls("25.61", ["Oberflächenveredlung und Wärmebehandlung", "Povrchová úprava a zušlechťování kovů", "Treatment and coating of metals"]),
  cls("25.62", ["Mechanik a. n. g.", "Obrábění", "Machining"]),
  cls("25.73", ["Herstellung von Werkzeugen", "Výroba nástrojů a nářadí", "Manufacture of tools"]),
  cls("25.93", [
    "Herstellung von Drahtwaren, Ketten und Federn",
    "Výroba výrobků z drátu, řetězů a pružin",
    "Manufacture of wire products, chain and springs",
  ]),
  cls("25.99", [
    "Herstellung von sonstigen Metallwaren a. n. g.",
    "Výroba ostatních kovodělných výrobků j. n.",
    "Manufacture of other fabricated metal products n.e.c.",
  ]),
  cls("26.11", ["Herstellung von elektronischen Bauelementen", "Výroba elektronických součástek", "Manufacture of electronic components"]),
  cls("26.12", ["Herstellung von bestückten Leiterplatten", "Výroba osazených elektronických desek", "Manufacture of loaded electronic boards"]),
  cls("26.20", [
    "Herstellung von Datenverarbeitungsgeräten und peripheren Geräten",
    "Výroba počítačů a periferních zařízení",
    "Manufacture of computers and peripheral equipment",
  ]),
  cls("26.51", [
    "Herstellung von Mess-, Kontroll-, Navigations- u. ä. Instrumenten und Vorrichtungen",
    "Výroba měřicích, zkušebních a navigačních přístrojů",
    "Manufacture of instruments and appliances for measuring, testing and navigation",
  ]),
  cls("27.11", [
    "Herstellung von Elektromotoren, Generatoren und Transformatoren",
    "Výroba elektrických motorů, generátorů a transformátorů",
    "Manufacture of electric motors, generators and transformers",
  ]),
  cls("27.12", [
    "Herstellung von Elektrizitätsverteilungs- und -schalteinrichtungen",
    "Výroba elektrických rozvodných a kontrolních zařízení",
    "Manufacture of electricity distribution and control apparatus",
  ]),
  cls("27.32", [
    "Herstellung von sonstigen elektronischen und elektrischen Drähten und Kabeln",
    "Výroba ostatních elektronických a elektrických vodičů a kabelů",
    "Manufacture of other electronic and electric wires and cables",
  ]),
  cls("27.40", ["Herstellung von elektrischen Lampen und Leuchten", "Výroba osvětlovacích zařízení", "Manufacture of electric lighting equipment"]),
  cls("27.90", [
    "Herstellung von sonstigen elektrischen Ausrüstungen und Geräten a. n. g.",
    "Výroba ostatních elektrických zařízení",
    "Manufacture of other electrical equipment",
  ]),
  cls("28.11", [
    "Herstellung von Verbrennungsmotoren und Turbinen (ohne Motoren für Luft- und Straßenfahrzeuge)",
    "Výroba motorů a turbín, kromě motorů pro letadla, automobily a motocykly",
    "Manufacture of engines and turbines, except aircraft, vehicle and cycle engines",
  ]),
  cls("28.13", ["Herstellung von Pumpen und Kompressoren a. n. g.", "Výroba ostatních čerpadel a kompresorů", "Manufacture of other pumps and compressors"]),
  cls("28.15", [
    "Herstellung von Lagern, Getrieben, Zahnrädern und Antriebselementen",
    "Výroba ložisek, ozubených kol, převodů a hnacích prvků",
    "Manufacture of bearings, gears, gearing and driving elements",
  ]),
  cls("28.22", ["Herstellung von Hebezeugen und Fördermitteln", "Výroba zdvihacích a manipulačních zařízení", "Manufacture of lifting and handling equipment"]),
  cls("28.25", [
    "Herstellung von kälte- und lufttechnischen Erzeugnissen, nicht für den Haushalt",
    "Výroba průmyslových chladicích a klimatizačních zařízení",
    "Manufacture of non-domestic cooling and ventilation equipment",
  ]),
  cls("28.29", [
    "Herstellung von sonstigen nicht wirtschaftszweigspezifischen Maschinen a. n. g.",
    "Výroba ostatních strojů pro všeobecné účely j. n.",
    "Manufacture of other general-purpose machinery n.e.c.",
  ]),
  cls("28.41", ["Herstellung von Werkzeugmaschinen für die Metallbearbeitung", "Výroba kovoobráběcích strojů", "Manufacture of metal forming machinery"]),
  cls("28.49", ["Herstellung von sonstigen Werkzeugmaschinen", "Výroba ostatních obráběcích strojů", "Manufacture of other machine tools"]),
  cls("28.92", [
    "Herstellung von Bergwerks-, Bau- und Baustoffmaschinen",
    "Výroba strojů pro těžbu, dobývání a stavebnictví",
    "Manufacture of machinery for mining, quarrying and construction",
  ]),
  cls("28.93", [
    "Herstellung von Maschinen für die Nahrungs- und Genussmittelerzeugung und die Tabakverarbeitung",
    "Výroba strojů na výrobu potravin, nápojů a zpracování tabáku",
    "Manufacture of machinery for food, beverage and tobacco processing",
  ]),
  cls("28.96", [
    "Herstellung von Maschinen für die Verarbeitung von Kunststoffen und Kautschuk",
    "Výroba strojů na zpracování plastů a pryže",
    "Manufacture of plastics and rubber machinery",
  ]),
  cls("28.99", [
    "Herstellung von Maschinen für sonstige bestimmte Wirtschaftszweige a. n. g.",
    "Výroba ostatních strojů pro speciální účely j. n.",
    "Manufacture of other special-purpose machinery n.e.c.",
  ]),
  cls("29.10", ["Herstellung von Kraftwagen und Kraftwagenmotoren", "Výroba motorových vozidel a jejich motorů", "Manufacture of motor vehicles"]),
  cls("29.20", [
    "Herstellung von Karosserien, Aufbauten und Anhängern",
    "Výroba karoserií motorových vozidel; výroba přívěsů a návěsů",
    "Manufacture of bodies (coachwork) for motor vehicles; manufacture of trailers and semi-trailers",
  ]),
  cls("29.31", [
    "Herstellung elektrischer und elektronischer Ausrüstungsgegenstände für Kraftwagen",
    "Výroba elektrického a elektronického zařízení pro motorová vozidla",
    "Manufacture of electrical and electronic equipment for motor vehicles",
  ]),
  cls("29.32", [
    "Herstellung von sonstigen Teilen und sonstigem Zubehör für Kraftwagen",
    "Výroba ostatních dílů a příslušenství pro motorová vozidla",
    "Manufacture of other parts and accessories for motor vehicles",
  ]),
  cls("30.20", ["Schienenfahrzeugbau", "Výroba železničních lokomotiv a vozového parku", "Manufacture of railway locomotives and rolling stock"]),
  cls("31.01", ["Herstellung von Büro- und Ladenmöbeln", "Výroba kancelářského nábytku a nábytku pro obchody", "Manufacture of office and shop furniture"]),
  cls("31.09", ["Herstellung von sonstigen Möbeln", "Výroba ostatního nábytku", "Manufacture of other furniture"]),
  cls("32.50", [
    "Herstellung von medizinischen und zahnmedizinischen Apparaten und Materialien",
    "Výroba lékařských a dentálních nástrojů a potřeb",
    "Manufacture of medical and dental instruments and supplies",
  ]),
  cls("33.11", ["Reparatur von Metallerzeugnissen", "Opravy kovodělných výrobků", "Repair of fabricated metal products"]),
  cls("33.12", ["Reparatur von Maschinen", "Opravy strojů", "Repair of machinery"]),
  cls("33.14", ["Reparatur von elektrischen Ausrüstungen", "Opravy elektrických zařízení", "Repair of electrical equipment"]),
  cls("33.20", [
    "Installation von Maschinen und Ausrüstungen a. n. g.",
    "Instalace průmyslových strojů a zařízení",
    "Installation of industrial machinery and equipment",
  ]),
  cls("35.11", ["Elektrizitätserzeugung", "Výroba elektřiny", "Production of electricity"]),
  cls("35.30", ["Wärme- und Kälteversorgung", "Výroba a rozvod tepla a klimatizovaného vzduchu", "Steam and air conditioning supply"]),
  cls("38.11", ["Sammlung nicht gefährlicher Abfälle", "Shromažďování a sběr odpadů, kromě nebezpečných", "Collection of non-hazardous waste"]),
  cls("38.32", ["Rückgewinnung sortierter Werkstoffe", "Úprava odpadů k dalšímu využití", "Recovery of sorted materials"]),
  cls("41.20", ["Bau von Gebäuden", "Výstavba bytových a nebytových budov", "Construction of residential and non-residential buildings"]),
  cls("42.11", ["Bau von Straßen", "Výstavba silnic a dálnic", "Construction of roads and motorways"]),
  cls("42.22", [
    "Kabelnetzleitungstiefbau",
    "Výstavba inženýrských sítí pro elektřinu a telekomunikace",
    "Construction of utility projects for electricity and telecommunications",
  ]),
  cls("43.21", ["Elektroinstallation", "Elektrické instalace", "Electrical installation"]),
  cls("43.22", [
    "Gas-, Wasser-, Heizungs- sowie Lüftungs- und Klimainstallation",
    "Instalace vody, odpadů, plynu, topení a klimatizace",
    "Plumbing, heat and air-conditioning installation",
  ]),
  cls("43.32", ["Bautischlerei und -schlosserei", "Truhlářské práce", "Joinery installation"]),
  cls("43.99", ["Baugewerbe a. n. g.", "Ostatní specializované stavební činnosti j. n.", "Other specialised construction activities n.e.c."]),
  cls("45.20", [
    "Instandhaltung und Reparatur von Kraftwagen",
    "Opravy a údržba motorových vozidel, kromě motocyklů",
    "Maintenance and repair of motor vehicles",
  ]),
  cls("46.69", [
    "Großhandel mit sonstigen Maschinen und Ausrüstungen",
    "Velkoobchod s ostatními stroji a zařízeními",
    "Wholesale of other machinery and equipment",
  ]),
  cls("46.72", ["Großhandel mit Erzen, Metallen und Metallhalbzeug", "Velkoobchod s kovy a kovovými rudami", "Wholesale of metals and metal ores"]),
  cls("49.41", ["Güterbeförderung im Straßenverkehr", "Silniční nákladní doprava", "Freight transport by road"]),
  cls("52.10", ["Lagerei", "Skladování", "Warehousing and storage"]),
  cls("52.29", [
    "Erbringung von sonstigen Dienstleistungen für den Verkehr",
    "Ostatní vedlejší činnosti v dopravě",
    "Other transportation support activities",
  ]),
  cls("55.10", [
    "Hotels, Gasthöfe und Pensionen",
    "Ubytování v hotelech a podobných ubytovacích zařízeních",
    "Hotels and similar accommodation",
  ]),
  cls("56.10", [
    "Restaurants, Gaststätten, Imbissstuben, Cafés, Eissalons u. Ä.",
    "Stravování v restauracích, u stánků a v mobilních zařízeních",
    "Restaurants and mobile food service activities",
  ]),
  cls("58.29", ["Verlegen von sonstiger Software", "Ostatní vydávání softwaru", "Other software publishing"]),
  cls("62.01", ["Programmierungstätigkeiten", "Programování", "Computer programming activities"]),
  cls("62.02", [
    "Erbringung von Beratungsleistungen auf dem Gebiet der Informationstechnologie",
    "Poradenství v oblasti informačních technologií",
    "Computer consultancy activities",
  ]),
  cls("62.03", [
    "Betrieb von Datenverarbeitungseinrichtungen für Dritte",
    "Správa počítačového vybavení",
    "Computer facilities management activities",
  ]),
  cls("63.11", [
    "Datenverarbeitung, Hosting und damit verbundene Tätigkeiten",
    "Činnosti související se zpracováním dat a hostingem",
    "Data processing, hosting and related activities",
  ]),
  cls("69.10", ["Rechtsberatung", "Právní činnosti", "Legal activities"]),
  cls("69.20", [
    "Wirtschaftsprüfung und Steuerberatung; Buchführung",
    "Účetnické a auditorské činnosti; daňové poradenství",
    "Accounting, bookkeeping and auditing activities; tax consultancy",
  ]),
  cls("70.22", [
    "Unternehmensberatung",
    "Ostatní poradenství v oblasti podnikání a řízení",
    "Business and other management consultancy activities",
  ]),
  cls("71.11", ["Architekturbüros", "Architektonické činnosti", "Architectural activities"]),
  cls("71.12", ["Ingenieurbüros", "Inženýrské činnosti a související technické poradenství", "Engineering activities and related technical consultancy"]),
  cls("71.20", ["Technische, physikalische und chemische Untersuchung", "Technické zkoušky a analýzy", "Technical testing and analysis"]),
  cls("72.19", [
    "Sonstige Forschung und Entwicklung im Bereich Natur-, Ingenieur-, Agrarwissenschaften und Medizin",
    "Ostatní výzkum a experimentální vývoj v oblasti přírodních a technických věd",
    "Other research and experimental development on natural sciences and engineering",
  ]),
  cls("73.11", ["Werbeagenturen", "Činnosti reklamních agentur", "Advertising agencies"]),
  cls("73.20", ["Markt- und Meinungsforschung", "Průzkum trhu a veřejného mínění", "Market research and public opinion polling"]),
  cls("74.10", ["Ateliers für Textil-, Schmuck-, Grafik- u. ä. Design", "Specializované návrhářské činnosti", "Specialised design activities"]),
  cls("74.30", ["Übersetzen und Dolmetschen", "Překladatelské a tlumočnické činnosti", "Translation and interpretation activities"]),
  cls("78.10", ["Vermittlung von Arbeitskräften", "Činnosti agentur zprostředkujících zaměstnání", "Activities of employment placement agencies"]),
  cls("78.20", [
    "Befristete Überlassung von Arbeitskräften",
    "Činnosti agentur zprostředkujících dočasné zaměstnání",
    "Temporary employment agency activities",
  ]),
  cls("82.30", [
    "Messe-, Ausstellungs- und Kongressveranstalter",
    "Pořádání konferencí a hospodářských výstav",
    "Organisation of conventions and trade shows",
  ]),
  cls("85.59", ["Sonstiger Unterricht a. n. g.", "Ostatní vzdělávání j. n.", "Other education n.e.c."]),
];

export const NACE: readonly NaceEntry[] = [...SECTIONS, ...DIVISIONS, ...CLASSES];
