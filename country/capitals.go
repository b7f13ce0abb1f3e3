package country

import "sync"

// capitals maps a capital city (or a seat of government readouts name as
// the capital: Putrajaya, The Hague) to its country's code. Cities whose
// name is also a country's (Singapore, Kuwait, Djibouti, Luxembourg,
// Monaco, Panama, Guatemala, San Marino, Vatican) are left out: Find
// already reads them as countries. So are names two capitals share or
// that often name another place (Kingston, Victoria, Georgetown).
var capitals = map[string]string{
	"Abu Dhabi": "AE", "Kabul": "AF", "Tirana": "AL", "Yerevan": "AM", "Luanda": "AO", "Buenos Aires": "AR",
	"Vienna": "AT", "Canberra": "AU", "Baku": "AZ", "Sarajevo": "BA", "Dhaka": "BD", "Brussels": "BE",
	"Ouagadougou": "BF", "Sofia": "BG", "Manama": "BH", "Porto-Novo": "BJ", "Bandar Seri Begawan": "BN",
	"La Paz": "BO", "Brasília": "BR", "Brasilia": "BR", "Nassau": "BS", "Thimphu": "BT", "Gaborone": "BW",
	"Minsk": "BY", "Belmopan": "BZ", "Ottawa": "CA", "Kinshasa": "CD", "Bangui": "CF", "Brazzaville": "CG",
	"Bern": "CH", "Berne": "CH", "Yamoussoukro": "CI", "Abidjan": "CI", "Santiago": "CL", "Yaoundé": "CM", "Yaounde": "CM",
	"Beijing": "CN", "Bogotá": "CO", "Bogota": "CO", "San José": "CR", "Havana": "CU", "Praia": "CV",
	"Nicosia": "CY", "Prague": "CZ", "Berlin": "DE", "Copenhagen": "DK", "Santo Domingo": "DO", "Algiers": "DZ",
	"Quito": "EC", "Tallinn": "EE", "Cairo": "EG", "Asmara": "ER", "Madrid": "ES", "Addis Ababa": "ET",
	"Helsinki": "FI", "Suva": "FJ", "Palikir": "FM", "Paris": "FR", "Libreville": "GA", "London": "GB",
	"Tbilisi": "GE", "Accra": "GH", "Banjul": "GM", "Conakry": "GN", "Malabo": "GQ", "Athens": "GR",
	"Bissau": "GW", "Tegucigalpa": "HN", "Zagreb": "HR", "Port-au-Prince": "HT", "Budapest": "HU",
	"Jakarta": "ID", "Dublin": "IE", "New Delhi": "IN", "Baghdad": "IQ", "Tehran": "IR", "Reykjavik": "IS", "Reykjavík": "IS",
	"Rome": "IT", "Amman": "JO", "Tokyo": "JP", "Nairobi": "KE", "Bishkek": "KG", "Phnom Penh": "KH",
	"Tarawa": "KI", "Pyongyang": "KP", "Seoul": "KR", "Astana": "KZ", "Vientiane": "LA", "Beirut": "LB",
	"Vaduz": "LI", "Colombo": "LK", "Monrovia": "LR", "Maseru": "LS", "Vilnius": "LT", "Riga": "LV",
	"Tripoli": "LY", "Rabat": "MA", "Chisinau": "MD", "Chișinău": "MD", "Chişinău": "MD", "Podgorica": "ME", "Antananarivo": "MG", "Majuro": "MH",
	"Skopje": "MK", "Bamako": "ML", "Naypyidaw": "MM", "Nay Pyi Taw": "MM", "Ulaanbaatar": "MN", "Ulan Bator": "MN",
	"Nouakchott": "MR", "Valletta": "MT", "Port Louis": "MU", "Malé": "MV", "Male": "MV", "Lilongwe": "MW",
	"Mexico City": "MX", "Kuala Lumpur": "MY", "Putrajaya": "MY", "Maputo": "MZ", "Windhoek": "NA", "Niamey": "NE",
	"Abuja": "NG", "Managua": "NI", "Amsterdam": "NL", "The Hague": "NL", "Oslo": "NO", "Kathmandu": "NP",
	"Wellington": "NZ", "Muscat": "OM", "Lima": "PE", "Port Moresby": "PG", "Manila": "PH", "Islamabad": "PK",
	"Warsaw": "PL", "Lisbon": "PT", "Ngerulmud": "PW", "Asunción": "PY", "Asuncion": "PY", "Doha": "QA",
	"Bucharest": "RO", "Belgrade": "RS", "Moscow": "RU", "Kigali": "RW", "Riyadh": "SA", "Honiara": "SB",
	"Khartoum": "SD", "Stockholm": "SE", "Ljubljana": "SI", "Bratislava": "SK", "Freetown": "SL", "Dakar": "SN",
	"Mogadishu": "SO", "Paramaribo": "SR", "Juba": "SS", "San Salvador": "SV", "Damascus": "SY", "Mbabane": "SZ",
	"N'Djamena": "TD", "Lomé": "TG", "Lome": "TG", "Bangkok": "TH", "Dushanbe": "TJ", "Dili": "TL",
	"Ashgabat": "TM", "Tunis": "TN", "Nuku'alofa": "TO", "Nukuʻalofa": "TO", "Ankara": "TR", "Port of Spain": "TT",
	"Funafuti": "TV", "Taipei": "TW", "Dodoma": "TZ", "Dar es Salaam": "TZ", "Kyiv": "UA", "Kiev": "UA",
	"Kampala": "UG", "Washington": "US", "Washington, D.C.": "US", "Montevideo": "UY", "Tashkent": "UZ",
	"Caracas": "VE", "Hanoi": "VN", "Port Vila": "VU", "Apia": "WS", "Sanaa": "YE", "Sana'a": "YE",
	"Pretoria": "ZA", "Lusaka": "ZM", "Harare": "ZW", "Pristina": "XK", "Jerusalem": "", "Kuwait City": "KW",
}

// Capital returns the code of the country whose capital (or seat of
// government) city is, written as English news writes it: "Lima" gives
// "PE", "Nuku'alofa" "TO". It is "" for any other name, and for a city
// two countries claim as theirs (Jerusalem).
func Capital(city string) string {
	return capitals[city]
}

// seats name the city readouts mean by a country's capital where the
// table holds more than one of its cities (spellings, or a capital and a
// seat of government).
var seats = map[string]string{
	"BR": "Brasília", "CH": "Bern", "CM": "Yaoundé", "CO": "Bogotá", "IS": "Reykjavík", "MD": "Chișinău",
	"MM": "Naypyidaw", "MN": "Ulaanbaatar", "MV": "Malé", "PY": "Asunción", "TG": "Lomé", "TO": "Nuku'alofa",
	"UA": "Kyiv", "US": "Washington", "YE": "Sanaa",
	// Two cities either of which news calls the capital.
	"CI": "", "MY": "", "NL": "", "TZ": "",
}

// CapitalOf returns the capital of the country whose alpha-2 code is
// code ("KZ" gives "Astana"), as Capital reads it; "" for a country with
// none in the table or two cities news calls its capital (Abidjan and
// Yamoussoukro).
func CapitalOf(code string) string {
	if s, ok := seats[code]; ok {
		return s
	}
	capitalsOnce.Do(func() {
		capitalOf = make(map[string]string, len(capitals))
		for city, c := range capitals {
			capitalOf[c] = city
		}
	})
	return capitalOf[code]
}

var (
	capitalsOnce sync.Once
	capitalOf    map[string]string
)
