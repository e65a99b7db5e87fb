import type { ActorDoc } from "../../ingest/document.js";

/** Organisations and news media named often enough in wire news to be worth knowing by heart. */
export interface OrganizationEntry {
  name: string;
  kind: ActorDoc["kind"];
  wikidataId?: string;
  aliases: string[];
  /** Name of the country it belongs to (a COUNTRIES entry). */
  country?: string;
}

const org = (name: string, kind: ActorDoc["kind"], aliases: string[], wikidataId?: string, country?: string): OrganizationEntry =>
  ({ name, kind, aliases, wikidataId, country });

export const ORGANIZATIONS: OrganizationEntry[] = [
  org("NATO", "ORGANIZATION", ["North Atlantic Treaty Organization"], "Q7184"),
  org("European Union", "ORGANIZATION", ["EU", "E.U."], "Q458"),
  org("European Commission", "GOVERNMENT_BODY", ["Commission"], "Q8880"),
  org("United Nations", "ORGANIZATION", ["UN", "U.N."], "Q1065"),
  org("UN Security Council", "GOVERNMENT_BODY", ["Security Council", "United Nations Security Council"], "Q37470"),
  org("World Health Organization", "ORGANIZATION", ["WHO"], "Q7817"),
  org("International Monetary Fund", "ORGANIZATION", ["IMF"], "Q7804"),
  org("World Bank", "ORGANIZATION", [], "Q7164"),
  org("World Trade Organization", "ORGANIZATION", ["WTO"], "Q7825"),
  org("International Atomic Energy Agency", "ORGANIZATION", ["IAEA"], "Q826700"),
  org("International Criminal Court", "ORGANIZATION", ["ICC"], "Q47488"),
  org("OPEC", "ORGANIZATION", ["Organization of the Petroleum Exporting Countries"], "Q7795"),
  org("African Union", "ORGANIZATION", ["AU"], "Q7159"),
  org("Group of Seven", "COALITION", ["G7", "G-7"], "Q1764511"),
  org("Group of 20", "COALITION", ["G20", "G-20"], "Q19771"),
  org("BRICS", "COALITION", [], "Q49275"),
  org("E3", "COALITION", ["E-3"]),
  org("Quad", "COALITION", ["Quadrilateral Security Dialogue"], "Q1136975"),
  org("ASEAN", "ORGANIZATION", ["Association of Southeast Asian Nations"], "Q7768"),
  org("APEC", "ORGANIZATION", ["Asia-Pacific Economic Cooperation"], "Q170481"),
  org("Hamas", "ORGANIZATION", [], "Q38799"),
  org("Hezbollah", "ORGANIZATION", [], "Q41053"),
  org("White House", "GOVERNMENT_BODY", [], "Q35525", "United States"),
  org("Kremlin", "GOVERNMENT_BODY", ["Moscow Kremlin"], undefined, "Russia"),
  org("Pentagon", "GOVERNMENT_BODY", ["US Department of Defense", "Department of Defense"], "Q11209", "United States"),
  org("State Department", "GOVERNMENT_BODY", ["US State Department", "Department of State"], "Q789915", "United States"),
  org("US Department of the Treasury", "GOVERNMENT_BODY", ["Treasury Department", "Treasury", "US Treasury", "United States Department of the Treasury"], "Q1501796", "United States"),
  org("Office of Foreign Assets Control", "GOVERNMENT_BODY", ["OFAC"], "Q2009183", "United States"),
  org("Federal Reserve", "GOVERNMENT_BODY", ["Fed"], "Q53536", "United States"),
  org("European Central Bank", "ORGANIZATION", ["ECB"], "Q8901"),
  org("Downing Street", "GOVERNMENT_BODY", [], undefined, "United Kingdom"),
  org("Elysee Palace", "GOVERNMENT_BODY", ["Élysée", "Elysee", "Élysée Palace"], undefined, "France"),
  org("The Associated Press", "MEDIA", ["Associated Press", "AP"], "Q40469", "United States"),
  org("Reuters", "MEDIA", [], "Q130879", "United Kingdom"),
  org("Agence France-Presse", "MEDIA", ["AFP"], "Q40464", "France"),
  org("Bloomberg", "MEDIA", ["Bloomberg News"], "Q1345061", "United States"),
  org("BBC", "MEDIA", ["British Broadcasting Corporation"], "Q9531", "United Kingdom"),
  org("CNN", "MEDIA", [], "Q48340", "United States"),
  org("Al Jazeera", "MEDIA", [], "Q1378134", "Qatar"),
  org("The New York Times", "MEDIA", ["New York Times"], "Q9684", "United States"),
  org("The Washington Post", "MEDIA", ["Washington Post"], "Q166032", "United States"),
  org("The Wall Street Journal", "MEDIA", ["Wall Street Journal", "WSJ"], "Q164746", "United States"),
  org("Financial Times", "MEDIA", ["FT"], "Q183305", "United Kingdom"),
  org("The Guardian", "MEDIA", ["Guardian"], "Q11148", "United Kingdom"),
  org("Politico", "MEDIA", [], "Q1144340", "United States"),
  org("Axios", "MEDIA", [], "Q28034929", "United States"),
  org("TASS", "MEDIA", [], "Q223799", "Russia"),
  org("RIA Novosti", "MEDIA", ["RIA"], "Q212898", "Russia"),
  org("Xinhua", "MEDIA", ["Xinhua News Agency"], "Q204839", "China"),
  org("Kyodo News", "MEDIA", ["Kyodo"], "Q1341419", "Japan"),
  org("Yonhap", "MEDIA", ["Yonhap News Agency"], "Q486217", "South Korea"),
  org("Ukrinform", "MEDIA", [], "Q2450536", "Ukraine"),
  org("Deutsche Welle", "MEDIA", ["DW"], "Q8768", "Germany"),
  org("Telegram", "MEDIA", [], "Q15616276"),
  org("Truth Social", "MEDIA", [], "Q109296034", "United States"),
  org("X", "MEDIA", ["Twitter"], "Q918"),
  org("Facebook", "MEDIA", [], "Q355"),
  org("WWF", "ORGANIZATION", ["World Wide Fund for Nature"], "Q1297"),
  org("Greenpeace", "ORGANIZATION", [], "Q81307"),
  org("Red Cross", "ORGANIZATION", ["International Committee of the Red Cross", "ICRC"], "Q71"),
  org("Fox News Sunday", "MEDIA", [], "Q5476383", "United States"),
  org("Fox Business", "MEDIA", ["Fox Business Network"], "Q5476255", "United States"),
  org("Fox News", "MEDIA", [], "Q186068", "United States"),
  org("NBC News", "MEDIA", ["NBC"], "Q1201513", "United States"),
  org("CBS News", "MEDIA", ["CBS"], "Q1024962", "United States"),
  org("ABC News", "MEDIA", [], "Q287171", "United States"),
];

/**
 * Last words that make a capitalised phrase an organisation rather than a person
 * ("Ukrainian Air Force", "Foreign Ministry", "Health Ministry"), and the kind it then is.
 */
export const ORGANIZATION_HEADS: Record<string, ActorDoc["kind"]> = {
  ministry: "GOVERNMENT_BODY", department: "GOVERNMENT_BODY", office: "GOVERNMENT_BODY", government: "GOVERNMENT_BODY",
  parliament: "GOVERNMENT_BODY", senate: "GOVERNMENT_BODY", congress: "GOVERNMENT_BODY", cabinet: "GOVERNMENT_BODY",
  council: "GOVERNMENT_BODY", commission: "GOVERNMENT_BODY", presidency: "GOVERNMENT_BODY", assembly: "GOVERNMENT_BODY",
  court: "GOVERNMENT_BODY", agency: "GOVERNMENT_BODY", survey: "GOVERNMENT_BODY", bureau: "GOVERNMENT_BODY", directorate: "GOVERNMENT_BODY", service: "GOVERNMENT_BODY", committee: "GOVERNMENT_BODY",
  duma: "GOVERNMENT_BODY", knesset: "GOVERNMENT_BODY", bundestag: "GOVERNMENT_BODY", police: "GOVERNMENT_BODY",
  force: "MILITARY_UNIT", forces: "MILITARY_UNIT", army: "MILITARY_UNIT", navy: "MILITARY_UNIT", command: "MILITARY_UNIT",
  guard: "MILITARY_UNIT", brigade: "MILITARY_UNIT", corps: "MILITARY_UNIT", military: "MILITARY_UNIT", staff: "MILITARY_UNIT",
  authority: "GOVERNMENT_BODY", house: "GOVERNMENT_BODY", chamber: "GOVERNMENT_BODY", party: "ORGANIZATION", union: "ORGANIZATION", bank: "ORGANIZATION", organization: "ORGANIZATION", organisation: "ORGANIZATION",
  company: "ORGANIZATION", corporation: "ORGANIZATION", group: "ORGANIZATION", institute: "ORGANIZATION", fund: "ORGANIZATION",
  alliance: "COALITION", coalition: "COALITION", federation: "ORGANIZATION", association: "ORGANIZATION", front: "ORGANIZATION",
  movement: "ORGANIZATION", university: "ORGANIZATION", network: "ORGANIZATION", times: "MEDIA", post: "MEDIA", news: "MEDIA",
  press: "MEDIA", television: "MEDIA", tv: "MEDIA", radio: "MEDIA", journal: "MEDIA",
};
