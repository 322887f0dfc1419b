// SPDX-License-Identifier: EUPL-1.2
// Regions and places of the Saxon–Czech border area (and beyond), named in German, Czech and English.
import { foldText } from "../search/normalize";

export type CountryCode = "DE" | "CZ" | "PL" | "AT" | "SK" | "OTHER";

export interface Region {
  id: string;
  country: "DE" | "CZ";
  de: string;
  cs: string;
  en: string;
}

export const REGIONS: readonly Region[] = [
  // Saxony: districts and district-free cities
  { id: "de-sn-bautzen", country: "DE", de: "Landkreis Bautzen", cs: "zemský okres Budyšín", en: "Bautzen District" },
  { id: "de-sn-erzgebirgskreis", country: "DE", de: "Erzgebirgskreis", cs: "Krušnohorský zemský okres", en: "Erzgebirge District" },
  { id: "de-sn-goerlitz", country: "DE", de: "Landkreis Görlitz", cs: "zemský okres Zhořelec", en: "Görlitz District" },
  { id: "de-sn-leipzig-land", country: "DE", de: "Landkreis Leipzig", cs: "zemský okres Lipsko", en: "Leipzig District" },
  { id: "de-sn-meissen", country: "DE", de: "Landkreis Meißen", cs: "zemský okres Míšeň", en: "Meissen District" },
  { id: "de-sn-mittelsachsen", country: "DE", de: "Landkreis Mittelsachsen", cs: "zemský okres Střední Sasko", en: "Central Saxony District" },
  { id: "de-sn-nordsachsen", country: "DE", de: "Landkreis Nordsachsen", cs: "zemský okres Severní Sasko", en: "North Saxony District" },
  {
    id: "de-sn-saechsische-schweiz",
    country: "DE",
    de: "Landkreis Sächsische Schweiz-Osterzgebirge",
    cs: "zemský okres Saské Švýcarsko-Východní Krušné hory",
    en: "Saxon Switzerland-Eastern Ore Mountains District",
  },
  { id: "de-sn-vogtlandkreis", country: "DE", de: "Vogtlandkreis", cs: "zemský okres Fojtsko", en: "Vogtland District" },
  { id: "de-sn-zwickau", country: "DE", de: "Landkreis Zwickau", cs: "zemský okres Cvikov", en: "Zwickau District" },
  { id: "de-sn-chemnitz", country: "DE", de: "Stadt Chemnitz", cs: "Saská Kamenice (město)", en: "City of Chemnitz" },
  { id: "de-sn-dresden", country: "DE", de: "Stadt Dresden", cs: "Drážďany (město)", en: "City of Dresden" },
  { id: "de-sn-leipzig", country: "DE", de: "Stadt Leipzig", cs: "Lipsko (město)", en: "City of Leipzig" },

  // Czech Republic: kraje
  { id: "cz-karlovarsky", country: "CZ", de: "Region Karlsbad", cs: "Karlovarský kraj", en: "Karlovy Vary Region" },
  { id: "cz-ustecky", country: "CZ", de: "Region Ústí", cs: "Ústecký kraj", en: "Ústí nad Labem Region" },
  { id: "cz-liberecky", country: "CZ", de: "Region Reichenberg", cs: "Liberecký kraj", en: "Liberec Region" },
  { id: "cz-kralovehradecky", country: "CZ", de: "Region Königgrätz", cs: "Královéhradecký kraj", en: "Hradec Králové Region" },
  { id: "cz-plzensky", country: "CZ", de: "Region Pilsen", cs: "Plzeňský kraj", en: "Plzeň Region" },
  { id: "cz-stredocesky", country: "CZ", de: "Mittelböhmische Region", cs: "Středočeský kraj", en: "Central Bohemian Region" },
  { id: "cz-praha", country: "CZ", de: "Hauptstadt Prag", cs: "Hlavní město Praha", en: "Prague" },
  { id: "cz-pardubicky", country: "CZ", de: "Region Pardubitz", cs: "Pardubický kraj", en: "Pardubice Region" },
  { id: "cz-vysocina", country: "CZ", de: "Region Hochland", cs: "Kraj Vysočina", en: "Vysočina Region" },
  { id: "cz-jihocesky", country: "CZ", de: "Südböhmische Region", cs: "Jihočeský kraj", en: "South Bohemian Region" },
  { id: "cz-jihomoravsky", country: "CZ", de: "Südmährische Region", cs: "Jihomoravský kraj", en: "South Moravian Region" },
  { id: "cz-olomoucky", country: "CZ", de: "Region Olmütz", cs: "Olomoucký kraj", en: "Olomouc Region" },
  { id: "cz-zlinsky", country: "CZ", de: "Region Zlín", cs: "Zlínský kraj", en: "Zlín Region" },
  { id: "cz-moravskoslezsky", country: "CZ", de: "Mährisch-Schlesische Region", cs: "Moravskoslezský kraj", en: "Moravian-Silesian Region" },
];

export interface Place {
  id: string;
  country: "DE" | "CZ" | "PL";
  regionId: string | null;
  de: string;
  cs: string;
  en: string;
  aliases?: string[];
  postalCode?: string;
}

export const PLACES: readonly Place[] = [
  // Saxony: cities
  { id: "de-dresden", country: "DE", regionId: "de-sn-dresden", de: "Dresden", cs: "Drážďany", en: "Dresden", postalCode: "01067" },
  { id: "de-leipzig", country: "DE", regionId: "de-sn-leipzig", de: "Leipzig", cs: "Lipsko", en: "Leipzig", postalCode: "04109" },
  { id: "de-chemnitz", country: "DE", regionId: "de-sn-chemnitz", de: "Chemnitz", cs: "Saská Kamenice", en: "Chemnitz", aliases: ["Karl-Marx-Stadt"], postalCode: "09111" },

  // Landkreis Görlitz
  { id: "de-goerlitz", country: "DE", regionId: "de-sn-goerlitz", de: "Görlitz", cs: "Zhořelec", en: "Görlitz", postalCode: "02826" },
  { id: "de-zittau", country: "DE", regionId: "de-sn-goerlitz", de: "Zittau", cs: "Žitava", en: "Zittau", postalCode: "02763" },
  { id: "de-loebau", country: "DE", regionId: "de-sn-goerlitz", de: "Löbau", cs: "Lobava", en: "Löbau", postalCode: "02708" },
  { id: "de-grossschoenau", country: "DE", regionId: "de-sn-goerlitz", de: "Großschönau", cs: "Großschönau", en: "Großschönau", postalCode: "02779" },
  { id: "de-ebersbach-neugersdorf", country: "DE", regionId: "de-sn-goerlitz", de: "Ebersbach-Neugersdorf", cs: "Ebersbach-Neugersdorf", en: "Ebersbach-Neugersdorf" },
  { id: "de-seifhennersdorf", country: "DE", regionId: "de-sn-goerlitz", de: "Seifhennersdorf", cs: "Seifhennersdorf", en: "Seifhennersdorf" },
  { id: "de-oybin", country: "DE", regionId: "de-sn-goerlitz", de: "Oybin", cs: "Oybin", en: "Oybin", postalCode: "02797" },
  { id: "de-herrnhut", country: "DE", regionId: "de-sn-goerlitz", de: "Herrnhut", cs: "Ochranov", en: "Herrnhut", postalCode: "02747" },
  { id: "de-niesky", country: "DE", regionId: "de-sn-goerlitz", de: "Niesky", cs: "Niesky", en: "Niesky", postalCode: "02906" },
  { id: "de-weisswasser", country: "DE", regionId: "de-sn-goerlitz", de: "Weißwasser", cs: "Weißwasser", en: "Weißwasser", aliases: ["Weißwasser/Oberlausitz"], postalCode: "02943" },

  // Landkreis Bautzen
  { id: "de-bautzen", country: "DE", regionId: "de-sn-bautzen", de: "Bautzen", cs: "Budyšín", en: "Bautzen", aliases: ["Budyšin"], postalCode: "02625" },
  { id: "de-kamenz", country: "DE", regionId: "de-sn-bautzen", de: "Kamenz", cs: "Kamenec", en: "Kamenz", postalCode: "01917" },
  { id: "de-hoyerswerda", country: "DE", regionId: "de-sn-bautzen", de: "Hoyerswerda", cs: "Hoyerswerda", en: "Hoyerswerda", aliases: ["Wojerecy"], postalCode: "02977" },

  // Landkreis Sächsische Schweiz-Osterzgebirge
  { id: "de-pirna", country: "DE", regionId: "de-sn-saechsische-schweiz", de: "Pirna", cs: "Pirna", en: "Pirna", postalCode: "01796" },
  { id: "de-freital", country: "DE", regionId: "de-sn-saechsische-schweiz", de: "Freital", cs: "Freital", en: "Freital", postalCode: "01705" },
  { id: "de-heidenau", country: "DE", regionId: "de-sn-saechsische-schweiz", de: "Heidenau", cs: "Heidenau", en: "Heidenau", postalCode: "01809" },
  { id: "de-sebnitz", country: "DE", regionId: "de-sn-saechsische-schweiz", de: "Sebnitz", cs: "Sebnice", en: "Sebnitz", postalCode: "01855" },
  { id: "de-bad-schandau", country: "DE", regionId: "de-sn-saechsische-schweiz", de: "Bad Schandau", cs: "Bad Schandau", en: "Bad Schandau", postalCode: "01814" },
  { id: "de-koenigstein", country: "DE", regionId: "de-sn-saechsische-schweiz", de: "Königstein", cs: "Königstein", en: "Königstein", aliases: ["Königstein (Sächsische Schweiz)"], postalCode: "01824" },
  { id: "de-neustadt-in-sachsen", country: "DE", regionId: "de-sn-saechsische-schweiz", de: "Neustadt in Sachsen", cs: "Neustadt in Sachsen", en: "Neustadt in Sachsen" },
  { id: "de-altenberg", country: "DE", regionId: "de-sn-saechsische-schweiz", de: "Altenberg", cs: "Altenberg", en: "Altenberg" },
  { id: "de-dippoldiswalde", country: "DE", regionId: "de-sn-saechsische-schweiz", de: "Dippoldiswalde", cs: "Dippoldiswalde", en: "Dippoldiswalde" },
  { id: "de-glashuette", country: "DE", regionId: "de-sn-saechsische-schweiz", de: "Glashütte", cs: "Glashütte", en: "Glashütte" },

  // Landkreis Meißen
  { id: "de-meissen", country: "DE", regionId: "de-sn-meissen", de: "Meißen", cs: "Míšeň", en: "Meissen", postalCode: "01662" },
  { id: "de-riesa", country: "DE", regionId: "de-sn-meissen", de: "Riesa", cs: "Riesa", en: "Riesa", postalCode: "01587" },
  { id: "de-radebeul", country: "DE", regionId: "de-sn-meissen", de: "Radebeul", cs: "Radebeul", en: "Radebeul", postalCode: "01445" },

  // Landkreis Mittelsachsen
  { id: "de-freiberg", country: "DE", regionId: "de-sn-mittelsachsen", de: "Freiberg", cs: "Freiberk", en: "Freiberg", postalCode: "09599" },
  { id: "de-mittweida", country: "DE", regionId: "de-sn-mittelsachsen", de: "Mittweida", cs: "Mittweida", en: "Mittweida" },
  { id: "de-doebeln", country: "DE", regionId: "de-sn-mittelsachsen", de: "Döbeln", cs: "Döbeln", en: "Döbeln", postalCode: "04720" },
  { id: "de-floeha", country: "DE", regionId: "de-sn-mittelsachsen", de: "Flöha", cs: "Flöha", en: "Flöha" },

  // Erzgebirgskreis
  { id: "de-annaberg-buchholz", country: "DE", regionId: "de-sn-erzgebirgskreis", de: "Annaberg-Buchholz", cs: "Annaberk-Buchholz", en: "Annaberg-Buchholz", postalCode: "09456" },
  { id: "de-aue-bad-schlema", country: "DE", regionId: "de-sn-erzgebirgskreis", de: "Aue-Bad Schlema", cs: "Aue-Bad Schlema", en: "Aue-Bad Schlema" },
  { id: "de-schwarzenberg", country: "DE", regionId: "de-sn-erzgebirgskreis", de: "Schwarzenberg", cs: "Schwarzenberg", en: "Schwarzenberg", aliases: ["Schwarzenberg/Erzgeb."] },
  { id: "de-marienberg", country: "DE", regionId: "de-sn-erzgebirgskreis", de: "Marienberg", cs: "Marienberg", en: "Marienberg" },
  { id: "de-olbernhau", country: "DE", regionId: "de-sn-erzgebirgskreis", de: "Olbernhau", cs: "Olbernhau", en: "Olbernhau" },
  { id: "de-oberwiesenthal", country: "DE", regionId: "de-sn-erzgebirgskreis", de: "Oberwiesenthal", cs: "Oberwiesenthal", en: "Oberwiesenthal", aliases: ["Kurort Oberwiesenthal"] },
  { id: "de-johanngeorgenstadt", country: "DE", regionId: "de-sn-erzgebirgskreis", de: "Johanngeorgenstadt", cs: "Johanngeorgenstadt", en: "Johanngeorgenstadt" },
  { id: "de-stollberg", country: "DE", regionId: "de-sn-erzgebirgskreis", de: "Stollberg", cs: "Stollberg", en: "Stollberg", aliases: ["Stollberg/Erzgeb."] },

  // Vogtlandkreis
  { id: "de-plauen", country: "DE", regionId: "de-sn-vogtlandkreis", de: "Plauen", cs: "Plavno", en: "Plauen", postalCode: "08523" },
  { id: "de-klingenthal", country: "DE", regionId: "de-sn-vogtlandkreis", de: "Klingenthal", cs: "Klingenthal", en: "Klingenthal" },
  { id: "de-oelsnitz-vogtl", country: "DE", regionId: "de-sn-vogtlandkreis", de: "Oelsnitz/Vogtl.", cs: "Oelsnitz/Vogtl.", en: "Oelsnitz/Vogtl.", aliases: ["Oelsnitz im Vogtland"] },
  { id: "de-reichenbach-im-vogtland", country: "DE", regionId: "de-sn-vogtlandkreis", de: "Reichenbach im Vogtland", cs: "Reichenbach im Vogtland", en: "Reichenbach im Vogtland" },
  { id: "de-auerbach-vogtl", country: "DE", regionId: "de-sn-vogtlandkreis", de: "Auerbach/Vogtl.", cs: "Auerbach/Vogtl.", en: "Auerbach/Vogtl.", aliases: ["Auerbach im Vogtland"] },

  // Landkreis Zwickau
  { id: "de-zwickau", country: "DE", regionId: "de-sn-zwickau", de: "Zwickau", cs: "Cvikov", en: "Zwickau", postalCode: "08056" },
  { id: "de-glauchau", country: "DE", regionId: "de-sn-zwickau", de: "Glauchau", cs: "Glauchau", en: "Glauchau" },
  { id: "de-crimmitschau", country: "DE", regionId: "de-sn-zwickau", de: "Crimmitschau", cs: "Crimmitschau", en: "Crimmitschau" },
  { id: "de-werdau", country: "DE", regionId: "de-sn-zwickau", de: "Werdau", cs: "Werdau", en: "Werdau" },
  { id: "de-limbach-oberfrohna", country: "DE", regionId: "de-sn-zwickau", de: "Limbach-Oberfrohna", cs: "Limbach-Oberfrohna", en: "Limbach-Oberfrohna" },

  // Nordsachsen and Landkreis Leipzig
  { id: "de-torgau", country: "DE", regionId: "de-sn-nordsachsen", de: "Torgau", cs: "Torgau", en: "Torgau", postalCode: "04860" },
  { id: "de-delitzsch", country: "DE", regionId: "de-sn-nordsachsen", de: "Delitzsch", cs: "Delitzsch", en: "Delitzsch", postalCode: "04509" },
  { id: "de-grimma", country: "DE", regionId: "de-sn-leipzig-land", de: "Grimma", cs: "Grimma", en: "Grimma", postalCode: "04668" },
  { id: "de-borna", country: "DE", regionId: "de-sn-leipzig-land", de: "Borna", cs: "Borna", en: "Borna" },

  // Karlovarský kraj
  { id: "cz-karlovy-vary", country: "CZ", regionId: "cz-karlovarsky", de: "Karlsbad", cs: "Karlovy Vary", en: "Karlovy Vary", aliases: ["Carlsbad"], postalCode: "360 01" },
  { id: "cz-cheb", country: "CZ", regionId: "cz-karlovarsky", de: "Eger", cs: "Cheb", en: "Cheb", postalCode: "350 02" },
  { id: "cz-sokolov", country: "CZ", regionId: "cz-karlovarsky", de: "Falkenau an der Eger", cs: "Sokolov", en: "Sokolov", postalCode: "356 01" },
  { id: "cz-marianske-lazne", country: "CZ", regionId: "cz-karlovarsky", de: "Marienbad", cs: "Mariánské Lázně", en: "Mariánské Lázně", postalCode: "353 01" },
  { id: "cz-frantiskovy-lazne", country: "CZ", regionId: "cz-karlovarsky", de: "Franzensbad", cs: "Františkovy Lázně", en: "Františkovy Lázně" },
  { id: "cz-as", country: "CZ", regionId: "cz-karlovarsky", de: "Asch", cs: "Aš", en: "Aš", postalCode: "352 01" },
  { id: "cz-ostrov", country: "CZ", regionId: "cz-karlovarsky", de: "Schlackenwerth", cs: "Ostrov", en: "Ostrov" },
  { id: "cz-kraslice", country: "CZ", regionId: "cz-karlovarsky", de: "Graslitz", cs: "Kraslice", en: "Kraslice" },
  { id: "cz-nejdek", country: "CZ", regionId: "cz-karlovarsky", de: "Neudek", cs: "Nejdek", en: "Nejdek" },
  { id: "cz-chodov", country: "CZ", regionId: "cz-karlovarsky", de: "Chodau", cs: "Chodov", en: "Chodov" },
  { id: "cz-loket", country: "CZ", regionId: "cz-karlovarsky", de: "Elbogen", cs: "Loket", en: "Loket" },
  { id: "cz-jachymov", country: "CZ", regionId: "cz-karlovarsky", de: "Sankt Joachimsthal", cs: "Jáchymov", en: "Jáchymov", aliases: ["Joachimsthal"] },
  { id: "cz-bozi-dar", country: "CZ", regionId: "cz-karlovarsky", de: "Gottesgab", cs: "Boží Dar", en: "Boží Dar" },
  { id: "cz-horni-slavkov", country: "CZ", regionId: "cz-karlovarsky", de: "Schlaggenwald", cs: "Horní Slavkov", en: "Horní Slavkov" },

  // Ústecký kraj
  { id: "cz-usti-nad-labem", country: "CZ", regionId: "cz-ustecky", de: "Aussig", cs: "Ústí nad Labem", en: "Ústí nad Labem", aliases: ["Aussig an der Elbe"], postalCode: "400 01" },
  { id: "cz-chomutov", country: "CZ", regionId: "cz-ustecky", de: "Komotau", cs: "Chomutov", en: "Chomutov", postalCode: "430 01" },
  { id: "cz-most", country: "CZ", regionId: "cz-ustecky", de: "Brüx", cs: "Most", en: "Most", postalCode: "434 01" },
  { id: "cz-teplice", country: "CZ", regionId: "cz-ustecky", de: "Teplitz", cs: "Teplice", en: "Teplice", aliases: ["Teplitz-Schönau"], postalCode: "415 01" },
  { id: "cz-decin", country: "CZ", regionId: "cz-ustecky", de: "Tetschen", cs: "Děčín", en: "Děčín", aliases: ["Tetschen-Bodenbach"], postalCode: "405 02" },
  { id: "cz-varnsdorf", country: "CZ", regionId: "cz-ustecky", de: "Warnsdorf", cs: "Varnsdorf", en: "Varnsdorf", postalCode: "407 47" },
  { id: "cz-rumburk", country: "CZ", regionId: "cz-ustecky", de: "Rumburg", cs: "Rumburk", en: "Rumburk", postalCode: "408 01" },
  { id: "cz-litomerice", country: "CZ", regionId: "cz-ustecky", de: "Leitmeritz", cs: "Litoměřice", en: "Litoměřice", postalCode: "412 01" },
  { id: "cz-zatec", country: "CZ", regionId: "cz-ustecky", de: "Saaz", cs: "Žatec", en: "Žatec", postalCode: "438 01" },
  { id: "cz-kadan", country: "CZ", regionId: "cz-ustecky", de: "Kaaden", cs: "Kadaň", en: "Kadaň", postalCode: "432 01" },
  { id: "cz-louny", country: "CZ", regionId: "cz-ustecky", de: "Laun", cs: "Louny", en: "Louny", postalCode: "440 01" },
  { id: "cz-bilina", country: "CZ", regionId: "cz-ustecky", de: "Bilin", cs: "Bílina", en: "Bílina" },
  { id: "cz-jirkov", country: "CZ", regionId: "cz-ustecky", de: "Görkau", cs: "Jirkov", en: "Jirkov" },
  { id: "cz-klasterec-nad-ohri", country: "CZ", regionId: "cz-ustecky", de: "Klösterle an der Eger", cs: "Klášterec nad Ohří", en: "Klášterec nad Ohří" },
  { id: "cz-sluknov", country: "CZ", regionId: "cz-ustecky", de: "Schluckenau", cs: "Šluknov", en: "Šluknov" },
  { id: "cz-krupka", country: "CZ", regionId: "cz-ustecky", de: "Graupen", cs: "Krupka", en: "Krupka" },
  { id: "cz-duchcov", country: "CZ", regionId: "cz-ustecky", de: "Dux", cs: "Duchcov", en: "Duchcov" },
  { id: "cz-litvinov", country: "CZ", regionId: "cz-ustecky", de: "Leutensdorf", cs: "Litvínov", en: "Litvínov", aliases: ["Oberleutensdorf"] },
  { id: "cz-roudnice-nad-labem", country: "CZ", regionId: "cz-ustecky", de: "Raudnitz", cs: "Roudnice nad Labem", en: "Roudnice nad Labem", aliases: ["Raudnitz an der Elbe"] },
  { id: "cz-lovosice", country: "CZ", regionId: "cz-ustecky", de: "Lobositz", cs: "Lovosice", en: "Lovosice" },
  { id: "cz-terezin", country: "CZ", regionId: "cz-ustecky", de: "Theresienstadt", cs: "Terezín", en: "Terezín" },
  { id: "cz-jirikov", country: "CZ", regionId: "cz-ustecky", de: "Georgswalde", cs: "Jiříkov", en: "Jiříkov" },
  { id: "cz-hrensko", country: "CZ", regionId: "cz-ustecky", de: "Herrnskretschen", cs: "Hřensko", en: "Hřensko" },
  { id: "cz-vejprty", country: "CZ", regionId: "cz-ustecky", de: "Weipert", cs: "Vejprty", en: "Vejprty" },

  // Liberecký kraj
  { id: "cz-liberec", country: "CZ", regionId: "cz-liberecky", de: "Reichenberg", cs: "Liberec", en: "Liberec", postalCode: "460 01" },
  { id: "cz-jablonec-nad-nisou", country: "CZ", regionId: "cz-liberecky", de: "Gablonz an der Neiße", cs: "Jablonec nad Nisou", en: "Jablonec nad Nisou", postalCode: "466 01" },
  { id: "cz-ceska-lipa", country: "CZ", regionId: "cz-liberecky", de: "Böhmisch Leipa", cs: "Česká Lípa", en: "Česká Lípa", postalCode: "470 01" },
  { id: "cz-novy-bor", country: "CZ", regionId: "cz-liberecky", de: "Haida", cs: "Nový Bor", en: "Nový Bor" },
  { id: "cz-frydlant", country: "CZ", regionId: "cz-liberecky", de: "Friedland", cs: "Frýdlant", en: "Frýdlant", aliases: ["Friedland in Böhmen"] },
  { id: "cz-hradek-nad-nisou", country: "CZ", regionId: "cz-liberecky", de: "Grottau", cs: "Hrádek nad Nisou", en: "Hrádek nad Nisou" },
  { id: "cz-turnov", country: "CZ", regionId: "cz-liberecky", de: "Turnau", cs: "Turnov", en: "Turnov" },
  { id: "cz-semily", country: "CZ", regionId: "cz-liberecky", de: "Semil", cs: "Semily", en: "Semily" },
  { id: "cz-tanvald", country: "CZ", regionId: "cz-liberecky", de: "Tannwald", cs: "Tanvald", en: "Tanvald" },
  { id: "cz-cvikov", country: "CZ", regionId: "cz-liberecky", de: "Zwickau in Böhmen", cs: "Cvikov", en: "Cvikov" },
  { id: "cz-jilemnice", country: "CZ", regionId: "cz-liberecky", de: "Starkenbach", cs: "Jilemnice", en: "Jilemnice" },
  { id: "cz-doksy", country: "CZ", regionId: "cz-liberecky", de: "Hirschberg am See", cs: "Doksy", en: "Doksy" },
  { id: "cz-mimon", country: "CZ", regionId: "cz-liberecky", de: "Niemes", cs: "Mimoň", en: "Mimoň" },

  // Středočeský kraj and Praha
  { id: "cz-praha", country: "CZ", regionId: "cz-praha", de: "Prag", cs: "Praha", en: "Prague", postalCode: "110 00" },
  { id: "cz-mlada-boleslav", country: "CZ", regionId: "cz-stredocesky", de: "Jungbunzlau", cs: "Mladá Boleslav", en: "Mladá Boleslav" },
  { id: "cz-melnik", country: "CZ", regionId: "cz-stredocesky", de: "Melnik", cs: "Mělník", en: "Mělník" },
  { id: "cz-kladno", country: "CZ", regionId: "cz-stredocesky", de: "Kladno", cs: "Kladno", en: "Kladno" },
  { id: "cz-kolin", country: "CZ", regionId: "cz-stredocesky", de: "Kolin", cs: "Kolín", en: "Kolín" },
  { id: "cz-beroun", country: "CZ", regionId: "cz-stredocesky", de: "Beraun", cs: "Beroun", en: "Beroun" },
  { id: "cz-kutna-hora", country: "CZ", regionId: "cz-stredocesky", de: "Kuttenberg", cs: "Kutná Hora", en: "Kutná Hora" },

  // Plzeňský kraj
  { id: "cz-plzen", country: "CZ", regionId: "cz-plzensky", de: "Pilsen", cs: "Plzeň", en: "Plzeň", postalCode: "301 00" },
  { id: "cz-domazlice", country: "CZ", regionId: "cz-plzensky", de: "Taus", cs: "Domažlice", en: "Domažlice" },
  { id: "cz-klatovy", country: "CZ", regionId: "cz-plzensky", de: "Klattau", cs: "Klatovy", en: "Klatovy" },
  { id: "cz-tachov", country: "CZ", regionId: "cz-plzensky", de: "Tachau", cs: "Tachov", en: "Tachov" },
  { id: "cz-rokycany", country: "CZ", regionId: "cz-plzensky", de: "Rokitzan", cs: "Rokycany", en: "Rokycany" },

  // Královéhradecký and Pardubický kraj
  { id: "cz-hradec-kralove", country: "CZ", regionId: "cz-kralovehradecky", de: "Königgrätz", cs: "Hradec Králové", en: "Hradec Králové" },
  { id: "cz-trutnov", country: "CZ", regionId: "cz-kralovehradecky", de: "Trautenau", cs: "Trutnov", en: "Trutnov" },
  { id: "cz-nachod", country: "CZ", regionId: "cz-kralovehradecky", de: "Nachod", cs: "Náchod", en: "Náchod" },
  { id: "cz-jicin", country: "CZ", regionId: "cz-kralovehradecky", de: "Jitschin", cs: "Jičín", en: "Jičín" },
  { id: "cz-dvur-kralove-nad-labem", country: "CZ", regionId: "cz-kralovehradecky", de: "Königinhof an der Elbe", cs: "Dvůr Králové nad Labem", en: "Dvůr Králové nad Labem" },
  { id: "cz-pardubice", country: "CZ", regionId: "cz-pardubicky", de: "Pardubitz", cs: "Pardubice", en: "Pardubice" },
  { id: "cz-svitavy", country: "CZ", regionId: "cz-pardubicky", de: "Zwittau", cs: "Svitavy", en: "Svitavy" },

  // Further Czech regions
  { id: "cz-jihlava", country: "CZ", regionId: "cz-vysocina", de: "Iglau", cs: "Jihlava", en: "Jihlava" },
  { id: "cz-ceske-budejovice", country: "CZ", regionId: "cz-jihocesky", de: "Budweis", cs: "České Budějovice", en: "České Budějovice", postalCode: "370 01" },
  { id: "cz-cesky-krumlov", country: "CZ", regionId: "cz-jihocesky", de: "Krumau", cs: "Český Krumlov", en: "Český Krumlov", aliases: ["Böhmisch Krumau"] },
  { id: "cz-brno", country: "CZ", regionId: "cz-jihomoravsky", de: "Brünn", cs: "Brno", en: "Brno" },
  { id: "cz-znojmo", country: "CZ", regionId: "cz-jihomoravsky", de: "Znaim", cs: "Znojmo", en: "Znojmo" },
  { id: "cz-olomouc", country: "CZ", regionId: "cz-olomoucky", de: "Olmütz", cs: "Olomouc", en: "Olomouc" },
  { id: "cz-prerov", country: "CZ", regionId: "cz-olomoucky", de: "Prerau", cs: "Přerov", en: "Přerov" },
  { id: "cz-zlin", country: "CZ", regionId: "cz-zlinsky", de: "Zlín", cs: "Zlín", en: "Zlín" },
  { id: "cz-ostrava", country: "CZ", regionId: "cz-moravskoslezsky", de: "Ostrau", cs: "Ostrava", en: "Ostrava", aliases: ["Mährisch Ostrau"] },
  { id: "cz-opava", country: "CZ", regionId: "cz-moravskoslezsky", de: "Troppau", cs: "Opava", en: "Opava" },

  // Poland (border towns)
  { id: "pl-zgorzelec", country: "PL", regionId: null, de: "Zgorzelec", cs: "Zgořelec", en: "Zgorzelec" },
  { id: "pl-bogatynia", country: "PL", regionId: null, de: "Reichenau", cs: "Bogatynia", en: "Bogatynia", aliases: ["Reichenau in Sachsen"] },
];

const key = (name: string) =>
  foldText(name)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

let lookup: Map<string, Place[]> | null = null;

function placesNamed(name: string): Place[] {
  if (!lookup) {
    lookup = new Map();
    for (const p of PLACES) {
      for (const n of new Set([p.de, p.cs, p.en, ...(p.aliases ?? [])])) {
        const k = key(n);
        const list = lookup.get(k) ?? [];
        if (!list.includes(p)) list.push(p);
        lookup.set(k, list);
      }
    }
  }
  return lookup.get(key(name)) ?? [];
}

/** The known place for a city name, preferring one in the given country. */
export function findPlace(city: string, country?: string | null): Place | null {
  const found = placesNamed(city);
  return found.find((p) => p.country === country) ?? found[0] ?? null;
}

function withFolded(names: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const n of names) {
    if (!n?.trim()) continue;
    out.add(n.trim());
    out.add(foldText(n.trim()));
  }
  return [...out];
}

/**
 * Every known name of a place, so "Pilsen", "Plzen" and "Plzeň" all find a company in Plzeň, and
 * "Drážďany" finds one in Dresden: the city in all languages plus aliases, each also without
 * diacritics. Unknown cities keep their own name, so nothing the author wrote gets lost. Region
 * names are left out on purpose: "Ústí" should find Ústí nad Labem, not every town in Ústecký kraj
 * (the region is a filter).
 */
export function placeForms(city: string | null | undefined, country?: string | null): string[] {
  if (!city?.trim()) return [];
  const place = findPlace(city, country);
  return withFolded(place ? [city, place.de, place.cs, place.en, ...(place.aliases ?? [])] : [city]);
}
