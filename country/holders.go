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
// Harris); their full names are kept, as a family name that is a
// common one, a word or a place is (commonFamilies). Nor is anyone in
// whom a readout of those years may mean another side: Ajay Banga,
// Mastercard's chairman before the World Bank's president.
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
	"Jair Bolsonaro": "BR", "Carlos França": "BR", "Lula": "BR", "Alberto Fernández": "AR",
	"Santiago Cafiero": "AR", "Pablo Quirno": "AR", "Antonia Urrejola": "CL", "Iván Duque": "CO",
	"Álvaro Leyva": "CO", "Luis Gilberto Murillo": "CO", "Laura Sarabia": "CO", "Rosa Villavicencio": "CO",
	"Luis Arce": "BO", "Rodrigo Paz": "BO", "Rodrigo Paz Pereira": "BO", "Rogelio Mayta": "BO",
	"Celinda Sosa": "BO", "Guillermo Lasso": "EC", "Juan Carlos Holguín": "EC", "Gabriela Sommerfeld": "EC",
	"Pedro Castillo": "PE", "José Jerí": "PE", "Javier González-Olaechea": "PE", "Elmer Schialer": "PE",
	"Luis Lacalle Pou": "UY", "Lacalle Pou": "UY", "Yamandú Orsi": "UY", "Francisco Bustillo": "UY",
	"Omar Paganini": "UY", "Mario Lubetkin": "UY", "Mario Abdo Benítez": "PY", "Santiago Peña": "PY",
	"Julio César Arriola": "PY", "Rubén Ramírez Lezcano": "PY", "Carlos Faría": "VE", "Yván Gil": "VE",
	"Yvan Gil": "VE", "Chan Santokhi": "SR", "Jennifer Geerlings-Simons": "SR", "Irfaan Ali": "GY",
	"Mohamed Irfaan Ali": "GY", "Mark Phillips": "GY", "Hugh Todd": "GY", "Marcelo Ebrard": "MX",
	"Manuel Marrero Cruz": "CU", "Bruno Rodríguez Parrilla": "CU", "Bruno Rodríguez": "CU",
	"Alejandro Giammattei": "GT", "Mario Búcaro": "GT", "Carlos Ramiro Martínez": "GT",
	"Alexandra Hill Tinoco": "SV", "Xiomara Castro": "HN", "Eduardo Enrique Reina": "HN", "Daniel Ortega": "NI",
	"Rosario Murillo": "NI", "Denis Moncada": "NI", "Carlos Alvarado Quesada": "CR", "Rodrigo Chaves": "CR",
	"Arnoldo André Tinoco": "CR", "Laurentino Cortizo": "PA", "José Raúl Mulino": "PA",
	"Javier Martínez-Acha": "PA", "Johnny Briceño": "BZ", "Eamon Courtenay": "BZ", "Roberto Álvarez": "DO",
	"Ariel Henry": "HT", "Garry Conille": "HT", "Alix Didier Fils-Aimé": "HT", "Andrew Holness": "JM",
	"Kamina Johnson Smith": "JM", "Philip Davis": "BS", "Fred Mitchell": "BS", "Mia Mottley": "BB",
	"Mia Amor Mottley": "BB", "Kerrie Symmonds": "BB", "Sandra Mason": "BB", "Gaston Browne": "AG",
	"Roosevelt Skerrit": "DM", "Charles Savarin": "DM", "Sylvanie Burton": "DM", "Dickon Mitchell": "GD",
	"Keith Mitchell": "GD", "Terrance Drew": "KN", "Timothy Harris": "KN", "Philip J. Pierre": "LC",
	"Ralph Gonsalves": "VC", "Godwin Friday": "VC", "Paula-Mae Weekes": "TT", "Christine Kangaloo": "TT",
	"Keith Rowley": "TT", "Stuart Young": "TT", "Kamla Persad-Bissessar": "TT", "Amery Browne": "TT",
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
	"Mohammed bin Rashid Al Maktoum": "AE", "Khalifa bin Zayed Al Nahyan": "AE",
	"Salman bin Hamad Al Khalifa": "BH", "Abdullatif bin Rashid Al Zayani": "BH", "Abdullatif Al Zayani": "BH",
	"Badr Albusaidi": "OM", "Badr bin Hamad Albusaidi": "OM", "Nawaf Al-Ahmad Al-Jaber Al-Sabah": "KW",
	"Mishal Al-Ahmad Al-Jaber Al-Sabah": "KW", "Ahmad Nawaf Al-Ahmad Al-Sabah": "KW",
	"Mohammad Sabah Al-Salem Al-Sabah": "KW", "Ahmad Abdullah Al-Ahmad Al-Sabah": "KW",
	"Ahmad Nasser Al-Mohammad Al-Sabah": "KW", "Salem Abdullah Al-Jaber Al-Sabah": "KW",
	"Abdullah Al-Yahya": "KW", "Ali Khamenei": "IR", "Mohammad Mokhber": "IR", "Ali Bagheri Kani": "IR",
	"Barham Salih": "IQ", "Abdul Latif Rashid": "IQ", "Mustafa al-Kadhimi": "IQ", "Naftali Bennett": "IL",
	"Yair Lapid": "IL", "Israel Katz": "IL", "Bisher Al-Khasawneh": "JO", "Jafar Hassan": "JO",
	"Michel Aoun": "LB", "Abdallah Bou Habib": "LB", "Youssef Rajji": "LB", "Mohammad Shtayyeh": "PS",
	"Mohammad Mustafa": "PS", "Riyad al-Maliki": "PS", "Varsen Aghabekian": "PS", "Faisal Mekdad": "SY",
	"Hussein Arnous": "SY", "Ahmad al-Sharaa": "SY", "Mostafa Madbouly": "EG", "Rashad al-Alimi": "YE",
	"Abdrabbuh Mansur Hadi": "YE", "Maeen Abdulmalik": "YE", "Ahmad Awad bin Mubarak": "YE",
	"Salem bin Breik": "YE", "Shaya al-Zindani": "YE",
	// Asia and the Pacific.
	"Joko Widodo": "ID", "Prabowo Subianto": "ID", "Retno Marsudi": "ID", "Lee Hsien Loong": "SG",
	"Lawrence Wong": "SG", "Vivian Balakrishnan": "SG", "Anwar Ibrahim": "MY", "Ferdinand Marcos Jr.": "PH",
	"Enrique Manalo": "PH", "To Lam": "VN", "Pham Minh Chinh": "VN", "Bui Thanh Son": "VN",
	"Paetongtarn Shinawatra": "TH", "Srettha Thavisin": "TH", "Hun Manet": "KH", "Hun Sen": "KH",
	"Anthony Albanese": "AU", "Penny Wong": "AU", "Christopher Luxon": "NZ", "Winston Peters": "NZ",
	"Kassym-Jomart Tokayev": "KZ", "Shavkat Mirziyoyev": "UZ", "Ilham Aliyev": "AZ", "Jeyhun Bayramov": "AZ",
	"Nikol Pashinyan": "AM", "Ararat Mirzoyan": "AM", "Kim Jong Un": "KP", "Lai Ching-te": "TW",
	"Li Keqiang": "CN", "Ram Nath Kovind": "IN", "Sugiono": "ID", "Toshimitsu Motegi": "JP",
	"Moon Jae-in": "KR", "Han Duck-soo": "KR", "Choi Sang-mok": "KR", "Chung Eui-yong": "KR",
	"Kim Min-seok": "KR", "Tsai Ing-wen": "TW", "William Lai": "TW", "Su Tseng-chang": "TW",
	"Chen Chien-jen": "TW", "Cho Jung-tai": "TW", "Joseph Wu": "TW", "Lin Chia-lung": "TW",
	"Choe Son Hui": "KP", "Kim Tok Hun": "KP", "Pak Thae Song": "KP", "Ukhnaagiin Khurelsukh": "MN",
	"Khurelsukh Ukhnaa": "MN", "Luvsannamsrain Oyun-Erdene": "MN", "Oyun-Erdene Luvsannamsrai": "MN",
	"Gombojav Zandanshatar": "MN", "Batmunkh Battsetseg": "MN", "Sheikh Hasina": "BD",
	"Mohammed Shahabuddin": "BD", "AK Abdul Momen": "BD", "A.K. Abdul Momen": "BD", "Hasan Mahmud": "BD",
	"Touhid Hossain": "BD", "Md Touhid Hossain": "BD", "Imran Khan": "PK", "Arif Alvi": "PK",
	"Shah Mahmood Qureshi": "PK", "Bilawal Bhutto Zardari": "PK", "Anwaar-ul-Haq Kakar": "PK",
	"Jalil Abbas Jilani": "PK", "Amir Khan Muttaqi": "AF", "Hibatullah Akhundzada": "AF",
	"Mohammad Hassan Akhund": "AF", "Gotabaya Rajapaksa": "LK", "Mahinda Rajapaksa": "LK",
	"Ranil Wickremesinghe": "LK", "Anura Kumara Dissanayake": "LK", "Dinesh Gunawardena": "LK",
	"Harini Amarasuriya": "LK", "G.L. Peiris": "LK", "Ali Sabry": "LK", "Vijitha Herath": "LK",
	"Bidya Devi Bhandari": "NP", "Ram Chandra Poudel": "NP", "Sher Bahadur Deuba": "NP",
	"Pushpa Kamal Dahal": "NP", "Prachanda": "NP", "KP Sharma Oli": "NP", "K.P. Sharma Oli": "NP",
	"Sushila Karki": "NP", "Narayan Khadka": "NP", "N.P. Saud": "NP", "Arzu Rana Deuba": "NP",
	"Jigme Khesar Namgyel Wangchuck": "BT", "Lotay Tshering": "BT", "Tshering Tobgay": "BT",
	"Tandi Dorji": "BT", "Ibrahim Mohamed Solih": "MV", "Mohamed Muizzu": "MV", "Moosa Zameer": "MV",
	"Abdulla Khaleel": "MV", "Emomali Rahmon": "TJ", "Kokhir Rasulzoda": "TJ", "Sirojiddin Muhriddin": "TJ",
	"Sadyr Japarov": "KG", "Sadyr Zhaparov": "KG", "Akylbek Japarov": "KG", "Adylbek Kasymaliev": "KG",
	"Jeenbek Kulubaev": "KG", "Gurbanguly Berdimuhamedow": "TM", "Serdar Berdimuhamedow": "TM",
	"Serdar Berdimuhamedov": "TM", "Rashid Meredow": "TM", "Abdulla Aripov": "UZ", "Bakhtiyor Saidov": "UZ",
	"Alikhan Smailov": "KZ", "Olzhas Bektenov": "KZ", "Mukhtar Tileuberdi": "KZ", "Murat Nurtleu": "KZ",
	"Yermek Kosherbayev": "KZ", "Ali Asadov": "AZ", "Vahagn Khachaturyan": "AM", "Vahagn Khachaturian": "AM",
	"Armen Sarkissian": "AM", "Ismail Sabri Yaakob": "MY", "Saifuddin Abdullah": "MY",
	"Zambry Abdul Kadir": "MY", "Mohamad Hasan": "MY", "Hassanal Bolkiah": "BN", "Erywan Yusof": "BN",
	"Rodrigo Duterte": "PH", "Bongbong Marcos": "PH", "Teodoro Locsin Jr.": "PH", "Theresa Lazaro": "PH",
	"Halimah Yacob": "SG", "Tharman Shanmugaratnam": "SG", "Nguyen Xuan Phuc": "VN", "Vo Van Thuong": "VN",
	"Luong Cuong": "VN", "Prayut Chan-o-cha": "TH", "Don Pramudwinai": "TH", "Parnpree Bahiddha-Nukara": "TH",
	"Maris Sangiampongsa": "TH", "Anutin Charnvirakul": "TH", "Sihasak Phuangketkeow": "TH",
	"Prak Sokhonn": "KH", "Sok Chenda Sophea": "KH", "Norodom Sihamoni": "KH", "Thongloun Sisoulith": "LA",
	"Phankham Viphavanh": "LA", "Sonexay Siphandone": "LA", "Saleumxay Kommasith": "LA",
	"Thongsavanh Phomvihane": "LA", "Min Aung Hlaing": "MM", "Than Swe": "MM", "Wunna Maung Lwin": "MM",
	"José Ramos-Horta": "TL", "Xanana Gusmão": "TL", "Taur Matan Ruak": "TL", "Bendito Freitas": "TL",
	"Scott Morrison": "AU", "Marise Payne": "AU", "Jacinda Ardern": "NZ", "Chris Hipkins": "NZ",
	"Nanaia Mahuta": "NZ", "James Marape": "PG", "Justin Tkatchenko": "PG", "Frank Bainimarama": "FJ",
	"Sitiveni Rabuka": "FJ", "Wiliame Katonivere": "FJ", "Manasseh Sogavare": "SB", "Jeremiah Manele": "SB",
	"Fiame Naomi Mata'afa": "WS", "La'auli Leuatea Schmidt": "WS", "Siaosi Sovaleni": "TO", "Aisake Eke": "TO",
	"Bob Loughman": "VU", "Ishmael Kalsakau": "VU", "Sato Kilman": "VU", "Charlot Salwai": "VU",
	"Jotham Napat": "VU", "Nikenike Vurobaravu": "VU", "Taneti Maamau": "KI", "David Kabua": "MH",
	"Hilda Heine": "MH", "David Panuelo": "FM", "Wesley Simina": "FM", "Lionel Aingimea": "NR",
	"Russ Kun": "NR", "David Adeang": "NR", "Surangel Whipps Jr.": "PW", "Kausea Natano": "TV",
	"Feleti Teo": "TV", "Simon Kofe": "TV",
	// Africa.
	"Bola Tinubu": "NG", "Bola Ahmed Tinubu": "NG", "Yusuf Tuggar": "NG", "Cyril Ramaphosa": "ZA",
	"Ronald Lamola": "ZA", "Naledi Pandor": "ZA", "William Ruto": "KE", "Musalia Mudavadi": "KE",
	"Abiy Ahmed": "ET", "John Dramani Mahama": "GH", "Nana Akufo-Addo": "GH", "Paul Kagame": "RW",
	"Félix Tshisekedi": "CD", "Hakainde Hichilema": "ZM", "Samia Suluhu Hassan": "TZ", "Yoweri Museveni": "UG",
	"Macky Sall": "SN", "Bassirou Diomaye Faye": "SN", "Alassane Ouattara": "CI", "Abdelmadjid Tebboune": "DZ",
	"Nasser Bourita": "MA", "Kais Saied": "TN",
	"Muhammadu Buhari": "NG", "Geoffrey Onyeama": "NG", "Uhuru Kenyatta": "KE", "Raychelle Omamo": "KE",
	"Alfred Mutua": "KE", "Samuel Okudzeto Ablakwa": "GH", "Vincent Biruta": "RW", "Olivier Nduhungirehe": "RW",
	"Édouard Ngirente": "RW", "Justin Nsengiyumva": "RW", "Isaias Afwerki": "ER", "Osman Saleh": "ER",
	"Sahle-Work Zewde": "ET", "Taye Atske Selassie": "ET", "Demeke Mekonnen": "ET", "Gedion Timothewos": "ET",
	"Ismaïl Omar Guelleh": "DJ", "Abdoulkader Kamil Mohamed": "DJ", "Mohamed Abdullahi Farmaajo": "SO",
	"Mohamed Abdullahi Farmajo": "SO", "Hassan Sheikh Mohamud": "SO", "Mohamed Hussein Roble": "SO",
	"Hamza Abdi Barre": "SO", "Ahmed Moallim Fiqi": "SO", "Salva Kiir": "SS", "Salva Kiir Mayardit": "SS",
	"Abdel Fattah al-Burhan": "SD", "Abdalla Hamdok": "SD", "Kamil Idris": "SD", "Kassim Majaliwa": "TZ",
	"Mwigulu Nchemba": "TZ", "Liberata Mulamula": "TZ", "January Makamba": "TZ", "Mahmoud Thabit Kombo": "TZ",
	"Robinah Nabbanja": "UG", "Jeje Odongo": "UG", "Évariste Ndayishimiye": "BI",
	"Alain-Guillaume Bunyoni": "BI", "Gervais Ndirakobuca": "BI", "Albert Shingiro": "BI", "Sama Lukonde": "CD",
	"Judith Suminwa": "CD", "Christophe Lutundula": "CD", "Thérèse Kayikwamba Wagner": "CD",
	"Denis Sassou Nguesso": "CG", "Anatole Collinet Makosso": "CG", "Jean-Claude Gakosso": "CG",
	"Paul Biya": "CM", "Joseph Dion Ngute": "CM", "Lejeune Mbella Mbella": "CM",
	"Faustin-Archange Touadéra": "CF", "Félix Moloua": "CF", "Sylvie Baïpo-Temon": "CF",
	"Mahamat Idriss Déby": "TD", "Mahamat Déby": "TD", "Albert Pahimi Padacké": "TD", "Saleh Kebzabo": "TD",
	"Succès Masra": "TD", "Allamaye Halina": "TD", "Abderaman Koulamallah": "TD", "Ali Bongo Ondimba": "GA",
	"Ali Bongo": "GA", "Brice Clotaire Oligui Nguema": "GA", "Brice Oligui Nguema": "GA",
	"Raymond Ndong Sima": "GA", "Rose Christiane Raponda": "GA", "Teodoro Obiang Nguema Mbasogo": "GQ",
	"Teodoro Obiang": "GQ", "Manuela Roka Botey": "GQ", "Carlos Vila Nova": "ST", "Patrice Trovoada": "ST",
	"João Lourenço": "AO", "Téte António": "AO", "Hage Geingob": "NA", "Nangolo Mbumba": "NA",
	"Netumbo Nandi-Ndaitwah": "NA", "Saara Kuugongelwa-Amadhila": "NA", "Mokgweetsi Masisi": "BW",
	"Duma Boko": "BW", "Lemogang Kwape": "BW", "Phenyo Butale": "BW", "Emmerson Mnangagwa": "ZW",
	"Frederick Shava": "ZW", "Amon Murwira": "ZW", "Stanley Kakubo": "ZM", "Mulambo Haimbe": "ZM",
	"Lazarus Chakwera": "MW", "Peter Mutharika": "MW", "Nancy Tembo": "MW", "Filipe Nyusi": "MZ",
	"Daniel Chapo": "MZ", "Adriano Maleiane": "MZ", "Verónica Macamo": "MZ", "Letsie III": "LS",
	"Moeketsi Majoro": "LS", "Sam Matekane": "LS", "Lejone Mpotjoane": "LS", "Mswati III": "SZ",
	"Cleopas Dlamini": "SZ", "Russell Dlamini": "SZ", "Thulisile Dladla": "SZ", "Pholile Shakantu": "SZ",
	"Andry Rajoelina": "MG", "Christian Ntsay": "MG", "Michael Randrianirina": "MG", "Azali Assoumani": "KM",
	"Dhoihir Dhoulkamal": "KM", "Prithvirajsing Roopun": "MU", "Dharam Gokhool": "MU", "Pravind Jugnauth": "MU",
	"Navin Ramgoolam": "MU", "Alan Ganoo": "MU", "Dhananjay Ramful": "MU", "Wavel Ramkalawan": "SC",
	"Patrick Herminie": "SC", "Sylvestre Radegonde": "SC", "Aziz Akhannouch": "MA",
	"Aymen Benabderrahmane": "DZ", "Nadir Larbaoui": "DZ", "Ramtane Lamamra": "DZ", "Ahmed Attaf": "DZ",
	"Najla Bouden": "TN", "Ahmed Hachani": "TN", "Kamel Madouri": "TN", "Othman Jerandi": "TN",
	"Nabil Ammar": "TN", "Mohamed Ali Nafti": "TN", "Kaïs Saïed": "TN", "Mohamed al-Menfi": "LY",
	"Abdul Hamid Dbeibah": "LY", "Abdulhamid Dbeibah": "LY", "Najla Mangoush": "LY",
	"Mohamed Ould Ghazouani": "MR", "Mohamed Ould Cheikh El Ghazouani": "MR", "Mohamed Ould Bilal": "MR",
	"Mokhtar Ould Djay": "MR", "Mohamed Salem Ould Merzoug": "MR", "Assimi Goïta": "ML",
	"Choguel Kokalla Maïga": "ML", "Abdoulaye Maïga": "ML", "Abdoulaye Diop": "ML", "Mohamed Bazoum": "NE",
	"Abdourahamane Tchiani": "NE", "Ouhoumoudou Mahamadou": "NE", "Ali Lamine Zeine": "NE",
	"Hassoumi Massoudou": "NE", "Bakary Yaou Sangaré": "NE", "Roch Marc Christian Kaboré": "BF",
	"Paul-Henri Sandaogo Damiba": "BF", "Ibrahim Traoré": "BF", "Apollinaire Joachim Kyélem de Tambèla": "BF",
	"Olivia Rouamba": "BF", "Karamoko Jean-Marie Traoré": "BF", "Mamadi Doumbouya": "GN",
	"Bernard Goumou": "GN", "Amadou Oury Bah": "GN", "Morissanda Kouyaté": "GN", "Umaro Sissoco Embaló": "GW",
	"Nuno Gomes Nabiam": "GW", "Adama Barrow": "GM", "Mamadou Tangara": "GM", "Ousmane Sonko": "SN",
	"Aïssata Tall Sall": "SN", "Yassine Fall": "SN", "Cheikh Niang": "SN", "José Maria Neves": "CV",
	"Ulisses Correia e Silva": "CV", "George Weah": "LR", "Joseph Boakai": "LR", "Joseph Nyuma Boakai": "LR",
	"Dee-Maxwell Saah Kemayah": "LR", "Sara Beysolow Nyanti": "LR", "Julius Maada Bio": "SL", "Maada Bio": "SL",
	"David Francis": "SL", "Timothy Musa Kabba": "SL", "Patrick Achi": "CI", "Robert Beugré Mambé": "CI",
	"Kandia Camara": "CI", "Léon Kacou Adom": "CI", "Patrice Talon": "BJ", "Aurélien Agbénonci": "BJ",
	"Olushegun Adjadi Bakari": "BJ", "Faure Gnassingbé": "TG", "Victoire Tomégah Dogbé": "TG",
	"Robert Dussey": "TG",
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
	"Bajram Begaj": "AL", "Ilir Meta": "AL", "Edi Rama": "AL", "Olta Xhaçka": "AL", "Igli Hasani": "AL",
	"Elisa Spiropali": "AL", "Xavier Espot Zamora": "AD", "Xavier Espot": "AD", "Imma Tor Faus": "AD",
	"Maria Ubach": "AD", "Alexander Schallenberg": "AT", "Beate Meinl-Reisinger": "AT",
	"Roman Golovchenko": "BY", "Alexander Turchin": "BY", "Vladimir Makei": "BY", "Sergei Aleinik": "BY",
	"Maxim Ryzhenkov": "BY", "Aliaksandr Lukashenka": "BY", "Sophie Wilmès": "BE", "Maxime Prévot": "BE",
	"Bernard Quintin": "BE", "Željko Komšić": "BA", "Denis Bećirović": "BA", "Željka Cvijanović": "BA",
	"Šefik Džaferović": "BA", "Milorad Dodik": "BA", "Zoran Tegeltija": "BA", "Borjana Krišto": "BA",
	"Bisera Turković": "BA", "Elmedin Konaković": "BA", "Rumen Radev": "BG", "Kiril Petkov": "BG",
	"Galab Donev": "BG", "Nikolai Denkov": "BG", "Dimitar Glavchev": "BG", "Rosen Zhelyazkov": "BG",
	"Teodora Genchovska": "BG", "Georg Georgiev": "BG", "Zoran Milanović": "HR", "Andrej Plenković": "HR",
	"Gordan Grlić Radman": "HR", "Nicos Anastasiades": "CY", "Nicos Christodoulides": "CY",
	"Ioannis Kasoulides": "CY", "Constantinos Kombos": "CY", "Miloš Zeman": "CZ", "Petr Pavel": "CZ",
	"Andrej Babiš": "CZ", "Jan Lipavský": "CZ", "Jeppe Kofod": "DK", "Kristen Michal": "EE",
	"Urmas Reinsalu": "EE", "Eva-Maria Liimets": "EE", "Margus Tsahkna": "EE", "Sauli Niinistö": "FI",
	"Sanna Marin": "FI", "Pekka Haavisto": "FI", "Jean Castex": "FR", "Sébastien Lecornu": "FR",
	"Jean-Yves Le Drian": "FR", "Salome Zourabichvili": "GE", "Mikheil Kavelashvili": "GE",
	"Irakli Garibashvili": "GE", "Irakli Kobakhidze": "GE", "Ilia Darchiashvili": "GE",
	"David Zalkaliani": "GE", "Maka Botchorishvili": "GE", "Katerina Sakellaropoulou": "GR",
	"Konstantinos Tasoulas": "GR", "Nikos Dendias": "GR", "George Gerapetritis": "GR", "Ioannis Sarmas": "GR",
	"Vasilis Kaskarelis": "GR", "Katalin Novák": "HU", "János Áder": "HU", "Tamás Sulyok": "HU",
	"Gudni Johannesson": "IS", "Gudni Th. Johannesson": "IS", "Halla Tómasdóttir": "IS",
	"Katrín Jakobsdóttir": "IS", "Bjarni Benediktsson": "IS", "Kristrún Frostadóttir": "IS",
	"Thórdís Kolbrún Reykfjörd Gylfadóttir": "IS", "Thorgerdur Katrin Gunnarsdottir": "IS",
	"Michael D. Higgins": "IE", "Catherine Connolly": "IE", "Simon Coveney": "IE", "Helen McEntee": "IE",
	"Vjosa Osmani": "XK", "Albin Kurti": "XK", "Donika Gërvalla-Schwarz": "XK", "Donika Gërvalla": "XK",
	"Egils Levits": "LV", "Krišjānis Kariņš": "LV", "Evika Siliņa": "LV", "Baiba Braže": "LV",
	"Hans-Adam II": "LI", "Daniel Risch": "LI", "Brigitte Haas": "LI", "Dominique Hasler": "LI",
	"Sabine Monauni": "LI", "Ingrida Šimonytė": "LT", "Gintautas Paluckas": "LT", "Inga Ruginienė": "LT",
	"Gabrielius Landsbergis": "LT", "Kęstutis Budrys": "LT", "Xavier Bettel": "LU", "Luc Frieden": "LU",
	"Jean Asselborn": "LU", "George Vella": "MT", "Myriam Spiteri Debono": "MT", "Robert Abela": "MT",
	"Ian Borg": "MT", "Evarist Bartolo": "MT", "Natalia Gavrilița": "MD", "Dorin Recean": "MD",
	"Alexandru Munteanu": "MD", "Nicu Popescu": "MD", "Mihai Popșoi": "MD", "Albert II": "MC",
	"Pierre Dartout": "MC", "Didier Guillaume": "MC", "Milo Đukanović": "ME", "Milo Djukanovic": "ME",
	"Jakov Milatović": "ME", "Zdravko Krivokapić": "ME", "Dritan Abazović": "ME", "Milojko Spajić": "ME",
	"Ranko Krivokapić": "ME", "Filip Ivanović": "ME", "Hanke Bruins Slot": "NL", "David van Weel": "NL",
	"Stevo Pendarovski": "MK", "Gordana Siljanovska-Davkova": "MK", "Dimitar Kovačevski": "MK",
	"Talat Xhaferi": "MK", "Hristijan Mickoski": "MK", "Bujar Osmani": "MK", "Timčo Mucunski": "MK",
	"Anniken Huitfeldt": "NO", "Mateusz Morawiecki": "PL", "Zbigniew Rau": "PL", "Augusto Santos Silva": "PT",
	"João Gomes Cravinho": "PT", "Nicolae Ciucă": "RO", "Marcel Ciolacu": "RO", "Ilie Bolojan": "RO",
	"Nicușor Dan": "RO", "Bogdan Aurescu": "RO", "Luminița Odobescu": "RO", "Emil Hurezeanu": "RO",
	"Oana Țoiu": "RO", "Luca Beccari": "SM", "Ana Brnabić": "RS", "Miloš Vučević": "RS", "Đuro Macut": "RS",
	"Djuro Macut": "RS", "Nikola Selaković": "RS", "Ivica Dačić": "RS", "Marko Đurić": "RS",
	"Marko Djuric": "RS", "Zuzana Čaputová": "SK", "Peter Pellegrini": "SK", "Eduard Heger": "SK",
	"Ľudovít Ódor": "SK", "Juraj Blanár": "SK", "Ivan Korčok": "SK", "Rastislav Káčer": "SK",
	"Miroslav Wlachovský": "SK", "Borut Pahor": "SI", "Nataša Pirc Musar": "SI", "Janez Janša": "SI",
	"Robert Golob": "SI", "Anže Logar": "SI", "Tanja Fajon": "SI", "Magdalena Andersson": "SE",
	"Ann Linde": "SE", "Tobias Billström": "SE", "Maria Malmer Stenergard": "SE", "Viola Amherd": "CH",
	"Karin Keller-Sutter": "CH", "Volodymyr Zelenskiy": "UA", "Andriy Sybiha": "UA", "Pietro Parolin": "VA",
	"Paul Richard Gallagher": "VA", "Paul Gallagher": "VA",
	// Monarchs, by the name the press gives them.
	"Charles III": "GB", "King Charles III": "GB", "Felipe VI": "ES", "Willem-Alexander": "NL", "Naruhito": "JP",
	"Abdullah II": "JO", "Mohammed VI": "MA", "Salman bin Abdulaziz": "SA", "Frederik X": "DK", "Harald V": "NO",
	"Carl XVI Gustaf": "SE", "Haitham bin Tarik": "OM", "Hamad bin Isa Al Khalifa": "BH", "Vajiralongkorn": "TH",
	"Elizabeth II": "GB", "Queen Elizabeth II": "GB", "Margrethe II": "DK", "King Philippe": "BE",
	"Pope Francis": "VA", "Pope Leo XIV": "VA", "Leo XIV": "VA",
	// Bodies.
	"António Guterres": "UN", "Antonio Guterres": "UN", "Ursula von der Leyen": "EU", "Charles Michel": "EU",
	"Josep Borrell": "EU", "Jens Stoltenberg": "NATO",
	"Roberta Metsola": "EU", "Moussa Faki Mahamat": "AFU", "Moussa Faki": "AFU", "Lim Jock Hoi": "ASEAN",
	"Luis Almagro": "OAS", "Patricia Scotland": "COMMONWEALTH", "Tedros Adhanom Ghebreyesus": "WHO",
	"Tedros Adhanom": "WHO", "Tedros": "WHO", "Kristalina Georgieva": "IMF", "David Malpass": "WB",
	"Ngozi Okonjo-Iweala": "WTO", "Rafael Grossi": "IAEA", "Rafael Mariano Grossi": "IAEA", "Qu Dongyu": "FAO",
	"Ahmed Aboul Gheit": "LAS", "Nayef Falah Mubarak Al-Hajraf": "GCC", "Hissein Brahim Taha": "OIC",
	"Helga Schmid": "OSCE", "Marija Pejčinović Burić": "COE", "Mathias Cormann": "OECD",
	"Filippo Grandi": "UNHCR", "Achim Steiner": "UNDP", "David Beasley": "WFP", "Audrey Azoulay": "UNESCO",
	"Philippe Lazzarini": "UNRWA", "Volker Türk": "OHCHR", "Amy Pope": "IOM", "António Vitorino": "IOM",
	"Doreen Bogdan-Martin": "ITU", "Fatih Birol": "IEA", "Fernando Arias": "OPCW",
	"Mirjana Spoljaric Egger": "ICRC", "Natalia Kanem": "UNFPA", "Inger Andersen": "UNEP",
	"Rebeca Grynspan": "UNCTAD", "Winnie Byanyima": "UNAIDS", "Daren Tang": "WIPO", "Akinwumi Adesina": "AFDB",
	"Odile Renaud-Basso": "EBRD", "Werner Hoyer": "EIB", "Masatsugu Asakawa": "ADB", "Jin Liqun": "AIIB",
	"Carla Barnett": "CARICOM", "Henry Puna": "PIF", "Baron Waqa": "PIF", "Alvaro Lario": "IFAD",
	"Petteri Taalas": "WMO", "Arsenio Dominguez": "IMO", "Juan Carlos Salazar": "ICAO",
	"Francesco La Camera": "IRENA",
}

// commonFamilies are family names too common, or words or places
// besides ("Khan", "Friday", "Scotland", "Montenegro"), for one holder's
// alone to name him; his full name is kept.
var commonFamilies = map[string]bool{
	"abdullah": true, "al maliki": true, "alvarez": true, "andersen": true, "andersson": true, "arias": true,
	"barnett": true, "barrow": true, "benitez": true, "bennett": true, "burton": true, "camara": true,
	"camera": true, "castillo": true, "castro": true, "connolly": true, "cruz": true, "cuong": true,
	"davis": true, "diop": true, "dominguez": true, "drew": true, "fall": true, "faria": true,
	"fernandez": true, "franca": true, "freitas": true, "friday": true, "gallagher": true, "guillaume": true,
	"habib": true, "hadi": true, "hasan": true, "henry": true, "holguin": true, "hossain": true,
	"idris": true, "ivanovic": true, "kadir": true, "katz": true, "khan": true, "linde": true,
	"mahamat": true, "mahmud": true, "martinez": true, "mason": true, "meta": true, "michal": true,
	"mohamed": true, "montenegro": true, "moon": true, "morrison": true, "mubarak": true, "munteanu": true,
	"mustafa": true, "novak": true, "odor": true, "payne": true, "pellegrini": true, "pena": true,
	"philippe": true, "phillips": true, "pierre": true, "pope": true, "popescu": true, "quesada": true,
	"rashid": true, "reina": true, "rodriguez": true, "salazar": true, "saleh": true, "salih": true,
	"sangare": true, "saud": true, "schmid": true, "schmidt": true, "scotland": true, "slot": true,
	"smith": true, "sosa": true, "steiner": true, "taha": true, "tang": true, "todd": true, "traore": true,
	"turk": true, "villavicencio": true, "young": true, "yusof": true, "zamora": true,
}

// holderNames maps each holder's name, folded (foldName), to the code;
// a family name of one holder alone ("Macron") to the code too. It is
// built on first use: foldName needs foldTable, which an init fills.
var holderNames = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, 2*len(holders))
	family := map[string]string{}
	for name, code := range holders {
		m[foldName(name)] = code
		f := holderFamily(name, code)
		if c, ok := family[f]; ok && c != code {
			family[f] = "" // two holders' family name: neither
		} else if !ok {
			family[f] = code
		}
	}
	for f, code := range family {
		if code != "" && len(f) > 3 && !commonFamilies[f] {
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

// holderFamily is the family name of a holder of country code, folded:
// the last word, the one before a "Jr.", or Korea's first ("Yoon Suk
// Yeol": Korea's family name comes first. China's are too common to name
// one holder: "Wang" stays none, as commonFamilies says.)
func holderFamily(name, code string) string {
	ws := strings.Fields(name)
	if code == "KR" {
		return foldName(ws[0])
	}
	if ws[len(ws)-1] == "Jr." && len(ws) > 2 {
		return foldName(ws[len(ws)-2])
	}
	return foldName(ws[len(ws)-1])
}

// holderFullNames maps a family name, folded, that names one holder alone
// (as holderNames does) to that holder's name as the table writes it.
var holderFullNames = sync.OnceValue(func() map[string]string {
	full := map[string]string{}
	seen := map[string]int{}
	for name, code := range holders {
		f := holderFamily(name, code)
		// (A holder the table writes two ways, "Donald Trump" and
		// "Donald J. Trump", is one: the shorter is kept.)
		if prev, ok := full[f]; ok && holderNames()[foldName(prev)] == code && sameGiven(prev, name) {
			if len(name) < len(prev) {
				full[f] = name
			}
			continue
		}
		seen[f]++
		full[f] = name
	}
	for f, n := range seen {
		if n > 1 || len(f) <= 3 || commonFamilies[f] {
			delete(full, f)
		}
	}
	return full
})

// sameGiven reports whether two of the table's spellings of a name open
// with the same given name ("Donald Trump", "Donald J. Trump").
func sameGiven(a, b string) bool {
	x, _, _ := strings.Cut(a, " ")
	y, _, _ := strings.Cut(b, " ")
	return x == y
}

// HolderName returns the full name of the one holder (see Holder) whose
// family name is family ("Albanese" → "Anthony Albanese"), or "" when no
// holder, or more than one, has it.
func HolderName(family string) string {
	if strings.Contains(strings.TrimSpace(family), " ") {
		return ""
	}
	return holderFullNames()[foldName(family)]
}
