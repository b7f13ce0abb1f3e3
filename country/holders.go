package country

import (
	"strings"
	"sync"
)

// holders are people who held a head of state's, a head of government's
// or a foreign minister's office between 2022 and 2025, by name as the
// press writes it, with their country's code (or a body's). A readout
// names many of them by office and name alone ("President Macron"), with
// no country beside them; this is where the country comes from then.
//
// A person who held offices of two sides in those years (Mark Rutte,
// Dutch Prime Minister and NATO's Secretary General; Kaja Kallas,
// António Costa) is left out: the name alone does not say which. So is
// a family name two holders share ("Harris": Kamala Harris and Simon
// Harris); their full names are kept.
var holders = map[string]string{
	// United States.
	"Joe Biden": "US", "Joseph R. Biden": "US", "Kamala Harris": "US", "Antony Blinken": "US",
	"Donald Trump": "US", "Donald J. Trump": "US", "JD Vance": "US", "J.D. Vance": "US", "Marco Rubio": "US",
	// United Kingdom.
	"Keir Starmer": "GB", "Rishi Sunak": "GB", "Liz Truss": "GB", "Boris Johnson": "GB", "David Lammy": "GB",
	"James Cleverly": "GB", "David Cameron": "GB",
	// France.
	"Emmanuel Macron": "FR", "Jean-Noël Barrot": "FR", "Stéphane Séjourné": "FR", "Catherine Colonna": "FR",
	"Michel Barnier": "FR", "François Bayrou": "FR", "Gabriel Attal": "FR", "Élisabeth Borne": "FR",
	// Germany.
	"Olaf Scholz": "DE", "Friedrich Merz": "DE", "Frank-Walter Steinmeier": "DE", "Annalena Baerbock": "DE",
	"Johann Wadephul": "DE",
	// Italy, Spain, Portugal.
	"Giorgia Meloni": "IT", "Sergio Mattarella": "IT", "Antonio Tajani": "IT", "Mario Draghi": "IT",
	"Pedro Sánchez": "ES", "José Manuel Albares": "ES", "Luís Montenegro": "PT", "Paulo Rangel": "PT",
	"Marcelo Rebelo de Sousa": "PT",
	// Japan, China, Korea.
	"Fumio Kishida": "JP", "Shigeru Ishiba": "JP", "Yoko Kamikawa": "JP", "Takeshi Iwaya": "JP",
	"Yoshimasa Hayashi": "JP", "Sanae Takaichi": "JP",
	"Xi Jinping": "CN", "Li Qiang": "CN", "Wang Yi": "CN", "Qin Gang": "CN",
	"Yoon Suk Yeol": "KR", "Lee Jae-myung": "KR", "Cho Tae-yul": "KR", "Park Jin": "KR", "Cho Hyun": "KR",
	// India, Pakistan, Bangladesh.
	"Narendra Modi": "IN", "S. Jaishankar": "IN", "Subrahmanyam Jaishankar": "IN", "Droupadi Murmu": "IN",
	"Shehbaz Sharif": "PK", "Ishaq Dar": "PK", "Asif Ali Zardari": "PK", "Muhammad Yunus": "BD",
	// Russia, Ukraine, Belarus.
	"Vladimir Putin": "RU", "Sergey Lavrov": "RU", "Sergei Lavrov": "RU", "Mikhail Mishustin": "RU",
	"Volodymyr Zelenskyy": "UA", "Volodymyr Zelensky": "UA", "Andrii Sybiha": "UA", "Dmytro Kuleba": "UA",
	"Denys Shmyhal": "UA", "Yulia Svyrydenko": "UA", "Alexander Lukashenko": "BY",
	// The Americas.
	"Justin Trudeau": "CA", "Mark Carney": "CA", "Mélanie Joly": "CA", "Anita Anand": "CA",
	"Luiz Inácio Lula da Silva": "BR", "Lula da Silva": "BR", "Mauro Vieira": "BR",
	"Andrés Manuel López Obrador": "MX", "Claudia Sheinbaum": "MX", "Alicia Bárcena": "MX",
	"Juan Ramón de la Fuente": "MX", "Javier Milei": "AR", "Diana Mondino": "AR", "Gerardo Werthein": "AR",
	"Gabriel Boric": "CL", "Alberto van Klaveren": "CL", "Gustavo Petro": "CO", "Nicolás Maduro": "VE",
	"Miguel Díaz-Canel": "CU", "Daniel Noboa": "EC", "Dina Boluarte": "PE", "Bernardo Arévalo": "GT",
	"Nayib Bukele": "SV", "Luis Abinader": "DO",
	// The Middle East.
	"Recep Tayyip Erdoğan": "TR", "Recep Tayyip Erdogan": "TR", "Hakan Fidan": "TR", "Mevlüt Çavuşoğlu": "TR",
	"Mohammed bin Salman": "SA", "Faisal bin Farhan": "SA", "Mohamed bin Zayed": "AE", "Mohamed bin Zayed Al Nahyan": "AE",
	"Abdullah bin Zayed": "AE", "Abdullah bin Zayed Al Nahyan": "AE", "Tamim bin Hamad Al Thani": "QA",
	"Mohammed bin Abdulrahman Al Thani": "QA", "Abdel Fattah el-Sisi": "EG", "Abdel Fattah al-Sisi": "EG",
	"Badr Abdelatty": "EG", "Sameh Shoukry": "EG", "Benjamin Netanyahu": "IL", "Isaac Herzog": "IL",
	"Gideon Sa'ar": "IL", "Gideon Saar": "IL", "Eli Cohen": "IL", "Masoud Pezeshkian": "IR", "Abbas Araghchi": "IR",
	"Hossein Amir-Abdollahian": "IR", "Ebrahim Raisi": "IR", "Ayman Safadi": "JO", "Mohammed Shia al-Sudani": "IQ",
	"Fuad Hussein": "IQ", "Ahmed al-Sharaa": "SY", "Asaad al-Shaibani": "SY", "Bashar al-Assad": "SY",
	"Joseph Aoun": "LB", "Nawaf Salam": "LB", "Najib Mikati": "LB", "Mahmoud Abbas": "PS",
	// Asia and the Pacific.
	"Joko Widodo": "ID", "Prabowo Subianto": "ID", "Retno Marsudi": "ID", "Lee Hsien Loong": "SG",
	"Lawrence Wong": "SG", "Vivian Balakrishnan": "SG", "Anwar Ibrahim": "MY", "Ferdinand Marcos Jr.": "PH",
	"Enrique Manalo": "PH", "To Lam": "VN", "Pham Minh Chinh": "VN", "Bui Thanh Son": "VN",
	"Paetongtarn Shinawatra": "TH", "Srettha Thavisin": "TH", "Hun Manet": "KH", "Hun Sen": "KH",
	"Anthony Albanese": "AU", "Penny Wong": "AU", "Christopher Luxon": "NZ", "Winston Peters": "NZ",
	"Kassym-Jomart Tokayev": "KZ", "Shavkat Mirziyoyev": "UZ", "Ilham Aliyev": "AZ", "Jeyhun Bayramov": "AZ",
	"Nikol Pashinyan": "AM", "Ararat Mirzoyan": "AM", "Kim Jong Un": "KP", "Lai Ching-te": "TW",
	// Africa.
	"Bola Tinubu": "NG", "Bola Ahmed Tinubu": "NG", "Yusuf Tuggar": "NG", "Cyril Ramaphosa": "ZA",
	"Ronald Lamola": "ZA", "Naledi Pandor": "ZA", "William Ruto": "KE", "Musalia Mudavadi": "KE",
	"Abiy Ahmed": "ET", "John Dramani Mahama": "GH", "Nana Akufo-Addo": "GH", "Paul Kagame": "RW",
	"Félix Tshisekedi": "CD", "Hakainde Hichilema": "ZM", "Samia Suluhu Hassan": "TZ", "Yoweri Museveni": "UG",
	"Macky Sall": "SN", "Bassirou Diomaye Faye": "SN", "Alassane Ouattara": "CI", "Abdelmadjid Tebboune": "DZ",
	"Nasser Bourita": "MA", "Kais Saied": "TN",
	// Europe.
	"Donald Tusk": "PL", "Andrzej Duda": "PL", "Radosław Sikorski": "PL", "Karol Nawrocki": "PL",
	"Dick Schoof": "NL", "Caspar Veldkamp": "NL", "Ulf Kristersson": "SE", "Jonas Gahr Støre": "NO",
	"Espen Barth Eide": "NO", "Alexander Stubb": "FI", "Petteri Orpo": "FI", "Elina Valtonen": "FI",
	"Mette Frederiksen": "DK", "Lars Løkke Rasmussen": "DK", "Viktor Orbán": "HU", "Péter Szijjártó": "HU",
	"Kyriakos Mitsotakis": "GR", "Giorgos Gerapetritis": "GR", "Micheál Martin": "IE", "Simon Harris": "IE",
	"Leo Varadkar": "IE", "Aleksandar Vučić": "RS", "Maia Sandu": "MD", "Robert Fico": "SK", "Petr Fiala": "CZ",
	"Klaus Iohannis": "RO", "Alexander Van der Bellen": "AT", "Karl Nehammer": "AT", "Christian Stocker": "AT",
	"Alexander De Croo": "BE", "Bart De Wever": "BE", "Ignazio Cassis": "CH", "Edgars Rinkēvičs": "LV",
	"Gitanas Nausėda": "LT", "Alar Karis": "EE", "Nikos Christodoulides": "CY",
	// Monarchs, by the name the press gives them.
	"Charles III": "GB", "King Charles III": "GB", "Felipe VI": "ES", "Willem-Alexander": "NL", "Naruhito": "JP",
	"Abdullah II": "JO", "Mohammed VI": "MA", "Salman bin Abdulaziz": "SA", "Frederik X": "DK", "Harald V": "NO",
	"Carl XVI Gustaf": "SE", "Haitham bin Tarik": "OM", "Hamad bin Isa Al Khalifa": "BH", "Vajiralongkorn": "TH",
	// Bodies.
	"António Guterres": "UN", "Antonio Guterres": "UN", "Ursula von der Leyen": "EU", "Charles Michel": "EU",
	"Josep Borrell": "EU", "Jens Stoltenberg": "NATO",
}

// holderNames maps each holder's name, folded (foldName), to the code;
// a family name of one holder alone ("Macron") to the code too. It is
// built on first use: foldName needs foldTable, which an init fills.
var holderNames = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, 2*len(holders))
	family := map[string]string{}
	for name, code := range holders {
		m[foldName(name)] = code
		ws := strings.Fields(name)
		f := foldName(ws[len(ws)-1])
		if ws[len(ws)-1] == "Jr." && len(ws) > 2 {
			f = foldName(ws[len(ws)-2])
		}
		// ("Yoon Suk Yeol": Korea's family name comes first. China's
		// are too common to name one holder: "Wang" stays none.)
		if code == "KR" {
			f = foldName(ws[0])
		}
		if c, ok := family[f]; ok && c != code {
			family[f] = "" // two holders' family name: neither
		} else if !ok {
			family[f] = code
		}
	}
	for f, code := range family {
		if code != "" && len(f) > 3 {
			if _, ok := m[f]; !ok {
				m[f] = code
			}
		}
	}
	return m
})

// Holder returns the country (or body) of a head of state or government
// or a foreign minister of 2022 to 2025 named name ("Emmanuel Macron",
// "Macron"), or "" when name is none of them.
func Holder(name string) string {
	key := foldName(name)
	if c, ok := holderNames()[key]; ok || !strings.Contains(key, " ") {
		return c
	}
	// "Ferdinand R. Marcos Jr.", "Joe R. Biden": a middle initial the
	// table's spelling leaves out.
	ws := strings.Fields(key)
	kept := ws[:0]
	for i, w := range ws {
		if len(w) > 1 || i == 0 || i == len(ws)-1 {
			kept = append(kept, w)
		}
	}
	if len(kept) == len(ws) {
		return ""
	}
	return holderNames()[strings.Join(kept, " ")]
}

// foldName lower-cases a name and drops its accents (appendFold), stops
// and apostrophes, so that "Recep Tayyip Erdoğan" and "recep tayyip
// erdogan" are one key; hyphens part words ("Jean-Noël").
func foldName(s string) string {
	var b []byte
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || isHyphen(r) }) {
		w = strings.Map(func(r rune) rune {
			if r == '.' || isApostrophe(r) {
				return -1
			}
			return r
		}, w)
		if w == "" {
			continue
		}
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = appendFold(b, w)
	}
	return string(b)
}
