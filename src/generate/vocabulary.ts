/** Word lists the synthetic graph is built from. Plain English, BMP characters only (offsets count code points). */

export interface CountrySpec {
  name: string;
  demonym: string;
  cities: readonly string[];
  aliases?: readonly string[];
}

export const countries: readonly CountrySpec[] = [
  { name: "Ukraine", demonym: "Ukrainian", cities: ["Kyiv", "Kharkiv", "Odesa", "Lviv", "Dnipro"] },
  { name: "Russia", demonym: "Russian", cities: ["Moscow", "Saint Petersburg", "Kazan"], aliases: ["Russian Federation"] },
  { name: "United States", demonym: "American", cities: ["Washington", "New York", "Anchorage"], aliases: ["USA", "United States of America"] },
  { name: "United Kingdom", demonym: "British", cities: ["London", "Edinburgh", "Manchester"], aliases: ["UK", "Britain"] },
  { name: "France", demonym: "French", cities: ["Paris", "Marseille", "Lyon", "Strasbourg"] },
  { name: "Germany", demonym: "German", cities: ["Berlin", "Munich", "Hamburg", "Ramstein"] },
  { name: "Poland", demonym: "Polish", cities: ["Warsaw", "Rzeszów", "Kraków", "Gdańsk"] },
  { name: "Italy", demonym: "Italian", cities: ["Rome", "Milan", "Naples"] },
  { name: "Spain", demonym: "Spanish", cities: ["Madrid", "Barcelona", "Seville"] },
  { name: "Turkey", demonym: "Turkish", cities: ["Ankara", "Istanbul", "Antalya"], aliases: ["Türkiye"] },
  { name: "China", demonym: "Chinese", cities: ["Beijing", "Shanghai", "Tianjin"], aliases: ["People's Republic of China", "PRC"] },
  { name: "India", demonym: "Indian", cities: ["New Delhi", "Mumbai", "Bengaluru"] },
  { name: "Japan", demonym: "Japanese", cities: ["Tokyo", "Osaka", "Hiroshima"] },
  { name: "South Korea", demonym: "South Korean", cities: ["Seoul", "Busan"], aliases: ["Republic of Korea"] },
  { name: "North Korea", demonym: "North Korean", cities: ["Pyongyang"], aliases: ["DPRK"] },
  { name: "Brazil", demonym: "Brazilian", cities: ["Brasília", "São Paulo", "Rio de Janeiro"] },
  { name: "Canada", demonym: "Canadian", cities: ["Ottawa", "Toronto", "Montréal"] },
  { name: "Mexico", demonym: "Mexican", cities: ["Mexico City", "Monterrey"] },
  { name: "Saudi Arabia", demonym: "Saudi", cities: ["Riyadh", "Jeddah"] },
  { name: "United Arab Emirates", demonym: "Emirati", cities: ["Abu Dhabi", "Dubai"], aliases: ["UAE"] },
  { name: "Qatar", demonym: "Qatari", cities: ["Doha"] },
  { name: "Israel", demonym: "Israeli", cities: ["Jerusalem", "Tel Aviv"] },
  { name: "Iran", demonym: "Iranian", cities: ["Tehran", "Isfahan"] },
  { name: "Egypt", demonym: "Egyptian", cities: ["Cairo", "Sharm el-Sheikh"] },
  { name: "South Africa", demonym: "South African", cities: ["Pretoria", "Johannesburg", "Cape Town"] },
  { name: "Nigeria", demonym: "Nigerian", cities: ["Abuja", "Lagos"] },
  { name: "Kenya", demonym: "Kenyan", cities: ["Nairobi", "Mombasa"] },
  { name: "Ethiopia", demonym: "Ethiopian", cities: ["Addis Ababa"] },
  { name: "Australia", demonym: "Australian", cities: ["Canberra", "Sydney"] },
  { name: "Indonesia", demonym: "Indonesian", cities: ["Jakarta", "Bali"] },
  { name: "Vietnam", demonym: "Vietnamese", cities: ["Hanoi", "Ho Chi Minh City"] },
  { name: "Philippines", demonym: "Filipino", cities: ["Manila"] },
  { name: "Pakistan", demonym: "Pakistani", cities: ["Islamabad", "Karachi"] },
  { name: "Norway", demonym: "Norwegian", cities: ["Oslo", "Tromsø"] },
  { name: "Sweden", demonym: "Swedish", cities: ["Stockholm", "Gothenburg"] },
  { name: "Finland", demonym: "Finnish", cities: ["Helsinki", "Turku"] },
  { name: "Denmark", demonym: "Danish", cities: ["Copenhagen", "Aarhus"] },
  { name: "Netherlands", demonym: "Dutch", cities: ["The Hague", "Amsterdam", "Rotterdam"] },
  { name: "Belgium", demonym: "Belgian", cities: ["Brussels", "Antwerp"] },
  { name: "Switzerland", demonym: "Swiss", cities: ["Bern", "Geneva", "Davos"] },
  { name: "Austria", demonym: "Austrian", cities: ["Vienna", "Salzburg"] },
  { name: "Hungary", demonym: "Hungarian", cities: ["Budapest"] },
  { name: "Romania", demonym: "Romanian", cities: ["Bucharest", "Constanța"] },
  { name: "Moldova", demonym: "Moldovan", cities: ["Chișinău"] },
  { name: "Georgia", demonym: "Georgian", cities: ["Tbilisi", "Batumi"] },
  { name: "Armenia", demonym: "Armenian", cities: ["Yerevan"] },
  { name: "Azerbaijan", demonym: "Azerbaijani", cities: ["Baku"] },
  { name: "Kazakhstan", demonym: "Kazakh", cities: ["Astana", "Almaty"] },
  { name: "Belarus", demonym: "Belarusian", cities: ["Minsk"] },
  { name: "Estonia", demonym: "Estonian", cities: ["Tallinn"] },
  { name: "Latvia", demonym: "Latvian", cities: ["Riga"] },
  { name: "Lithuania", demonym: "Lithuanian", cities: ["Vilnius"] },
  { name: "Greece", demonym: "Greek", cities: ["Athens", "Thessaloniki"] },
  { name: "Argentina", demonym: "Argentine", cities: ["Buenos Aires"] },
  { name: "Chile", demonym: "Chilean", cities: ["Santiago"] },
];

/** Bodies every country has, as [kind, name pattern]; `{c}` is the country name. */
export const stateBodies = [
  ["GOVERNMENT_BODY", "Office of the President of {c}"],
  ["GOVERNMENT_BODY", "Ministry of Foreign Affairs of {c}"],
  ["GOVERNMENT_BODY", "Ministry of Defence of {c}"],
  ["MILITARY_UNIT", "{c} Armed Forces"],
  ["MILITARY_UNIT", "{c} Air Force"],
] as const;

export const coalitions: readonly [string, readonly string[]][] = [
  ["North Atlantic Treaty Organization", ["NATO"]],
  ["European Union", ["EU"]],
  ["Group of Seven", ["G7"]],
  ["Group of Twenty", ["G20"]],
  ["BRICS", []],
  ["African Union", ["AU"]],
  ["Association of Southeast Asian Nations", ["ASEAN"]],
  ["Shanghai Cooperation Organisation", ["SCO"]],
  ["Coalition of the Willing", []],
  ["Organization for Security and Co-operation in Europe", ["OSCE"]],
];

/** News agencies and papers: article publishers, and the "per AP" of a citation. */
export const media: readonly [name: string, short: string][] = [
  ["The Associated Press", "AP"], ["Reuters", "Reuters"], ["Agence France-Presse", "AFP"], ["BBC News", "the BBC"],
  ["Al Jazeera", "Al Jazeera"], ["The Kyiv Independent", "the Kyiv Independent"], ["Deutsche Welle", "DW"],
  ["NHK World", "NHK"], ["Xinhua", "Xinhua"], ["Bloomberg", "Bloomberg"], ["The Guardian", "the Guardian"],
  ["Le Monde", "Le Monde"], ["El País", "El País"], ["Yonhap", "Yonhap"], ["Anadolu Agency", "Anadolu"],
];

export const firstNames = [
  "Anna", "Olena", "Marta", "Sofia", "Elena", "Maria", "Ingrid", "Chiara", "Amélie", "Zofia", "Ayşe", "Mei", "Priya",
  "Yuki", "Ji-woo", "Fatima", "Leila", "Amara", "Grace", "Laura", "Camila", "Isabel", "Hanna", "Kristin", "Noor",
  "Andriy", "Oleksandr", "Dmytro", "Sergei", "Mikhail", "John", "Robert", "James", "David", "Emmanuel", "François",
  "Olaf", "Friedrich", "Jan", "Tomasz", "Giorgio", "Pedro", "Mehmet", "Wei", "Li", "Rahul", "Arjun", "Hiroshi",
  "Min-jun", "Ahmed", "Omar", "Yosef", "Kwame", "Chidi", "Lars", "Mikko", "Nikos", "Luis", "Diego", "Mateus",
  "Viktor", "Péter", "Radu", "Giorgi", "Aram", "Ilham", "Nurlan", "Kaja", "Gitanas", "Edgars", "Jonas", "Henrik",
] as const;

export const lastNames = [
  "Kovalenko", "Shevchenko", "Bondarenko", "Melnyk", "Tkachenko", "Ivanov", "Petrov", "Sokolov", "Smith", "Johnson",
  "Miller", "Walker", "Harrison", "Dubois", "Lefèvre", "Moreau", "Schmidt", "Müller", "Weber", "Nowak", "Kowalski",
  "Wiśniewski", "Rossi", "Bianchi", "García", "Fernández", "López", "Yılmaz", "Demir", "Wang", "Zhang", "Chen",
  "Sharma", "Patel", "Singh", "Tanaka", "Suzuki", "Sato", "Kim", "Park", "Lee", "Al-Sayed", "Haddad", "Cohen",
  "Mensah", "Okafor", "Adeyemi", "Johansson", "Nieminen", "Papadopoulos", "Silva", "Santos", "Oliveira", "Horváth",
  "Popescu", "Beridze", "Hakobyan", "Aliyev", "Nazarbayev", "Tamm", "Bērziņš", "Kazlauskas", "Jensen", "Hansen",
  "de Vries", "Janssens", "Huber", "Novák", "Tremblay", "Hernández", "Rahman", "Khan", "Nguyen", "Santoso",
] as const;

export const organizationStems = [
  "Atlantic", "Eurasia", "Baltic", "Black Sea", "Pacific", "Horizon", "Meridian", "Northern", "Danube", "Caspian",
  "Continental", "Global", "Arctic", "Sahel", "Andean", "Aegean",
] as const;
export const organizationKinds = [
  "Institute", "Energy Group", "Policy Centre", "Shipping Company", "Defence Industries", "Grain Exchange",
  "Foundation", "Council", "Monitoring Mission", "Development Bank",
] as const;

export const facilities = [
  "{city}", "{city} International Airport", "Port of {city}", "{city} Central Station", "{city} Thermal Power Plant",
  "{city} Conference Centre", "Presidential Palace, {city}", "{city} Congress Hall", "{city} Air Base", "{city} Grain Terminal",
] as const;

/** Nouns of what is discussed, most frequent first: drawn with a Zipf-like skew, so the tail is selective for search. */
export const topics = [
  "ceasefire", "security guarantees", "sanctions", "negotiations", "air defence", "peace talks", "reconstruction",
  "energy supplies", "troop deployment", "humanitarian aid", "prisoner exchange", "grain exports", "tariffs",
  "trade agreement", "nuclear safety", "border security", "refugees", "military aid", "frozen assets", "gas transit",
  "shipping lanes", "drone production", "ammunition", "elections", "cyber defence", "critical minerals", "debt relief",
  "climate finance", "fertiliser exports", "port infrastructure", "satellite imagery", "arms control", "missile defence",
  "rare earths", "semiconductors", "lithium", "desalination", "icebreakers", "hydropower", "undersea cables",
  "wheat futures", "demining", "cobalt", "tungsten", "helium", "vaccine logistics", "fisheries", "polders",
  "pipelines", "archipelago patrols", "cartography", "seismology", "telemetry", "ombudsman", "quarantine",
] as const;

export const adjectives = [
  "lasting", "credible", "robust", "immediate", "comprehensive", "unconditional", "binding", "gradual", "joint",
  "regional", "strategic", "long-term", "practical", "reliable", "fair", "verifiable",
] as const;

export const verbs = [
  "secure", "support", "discuss", "reject", "accelerate", "guarantee", "strengthen", "negotiate", "restore",
  "expand", "review", "finalise", "defend", "fund",
] as const;

export const timeframes = [
  "by the end of the year", "before the winter", "within weeks", "in the coming days", "without further delay",
  "at the next summit", "this spring", "over the next decade",
] as const;

export const roleTitles = {
  head: ["President", "Prime Minister", "Chancellor"],
  foreign: ["Foreign Minister", "Deputy Foreign Minister", "Spokesperson"],
  defence: ["Defence Minister", "Deputy Defence Minister"],
  military: ["Commander", "Chief of Staff"],
  organization: ["Director", "Chief Executive", "Senior Fellow", "Secretary-General"],
  envoy: ["Special Envoy", "Ambassador", "National Security Adviser"],
} as const;

export const meetingFormats = [
  "{a}–{b} talks on {topic}", "Summit on {topic} in {city}", "{city} conference on {topic}",
  "Call between {a} and {b}", "Meeting of defence ministers on {topic}", "{org} ministerial meeting on {topic}",
] as const;
