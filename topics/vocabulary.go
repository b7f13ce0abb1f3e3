package topics

// vocabulary is the built-in topic list: each topic's name (what a filter
// names and a post shows), its aliases (other names a filter may use) and
// the terms that make a readout about it. A term is matched as whole words,
// case-insensitively; "missile(s)" stands for "missile" and "missiles".
// Words that are often something else ("port", "arms", "WHO", "bridge")
// appear only inside longer terms.
var vocabulary = []topicDef{
	{
		name:    "security",
		aliases: []string{"defence", "defense", "security and defence", "security and defense", "military"},
		terms: []string{
			"security", "defence", "defense", "military", "missile(s)", "armed forces", "troops",
			"navy", "naval", "army", "air force", "coast guard", "joint exercise(s)", "military exercise(s)",
			"deterrence", "deterrent", "arms control", "arms sales", "arms embargo", "weapon(s)",
			"nuclear weapon(s)", "disarmament", "non-proliferation", "nonproliferation",
			"counterterrorism", "counter-terrorism", "terrorism", "terrorist(s)", "peacekeeping",
			"cybersecurity", "cyber security", "cyberattack(s)", "maritime security",
			"defence equipment", "defense equipment", "warship(s)", "submarine(s)", "drone(s)",
		},
		except: []string{
			"Security Council", "food security", "energy security", "economic security", "human security",
			"health security", "social security", "security of supply", "nuclear security summit",
		},
	},
	{
		name:    "economy",
		aliases: []string{"trade", "economy and trade", "economic", "economics", "investment", "business"},
		terms: []string{
			"economy", "economies", "economic", "trade", "trading", "investment(s)", "investor(s)",
			"tariff(s)", "export(s)", "import(s)", "free trade agreement(s)", "FTA(s)", "supply chain(s)",
			"business(es)", "commerce", "commercial", "market access", "WTO", "World Trade Organization",
			"RCEP", "CPTPP", "economic partnership", "economic security", "private sector",
			"customs", "finance", "financial", "currency",
		},
	},
	{
		name:    "development",
		aliases: []string{"development aid", "aid", "oda", "assistance", "development cooperation"},
		terms: []string{
			"ODA", "official development assistance", "development assistance", "development cooperation",
			"development aid", "aid", "grant(s)", "grant aid", "loan(s)", "yen loan(s)", "concessional",
			"humanitarian assistance", "humanitarian aid", "emergency relief", "capacity building",
			"technical cooperation", "technical assistance", "JICA", "KOICA", "USAID",
			"poverty reduction", "poverty", "Sustainable Development Goals", "SDGs", "demining",
			"landmine(s)", "unexploded ordnance", "UXO",
		},
	},
	{
		name:    "infrastructure",
		aliases: []string{"connectivity"},
		terms: []string{
			"infrastructure", "connectivity", "railway(s)", "railroad(s)", "high-speed rail", "highway(s)",
			"expressway(s)", "airport(s)", "seaport(s)", "port development", "deep-sea port(s)",
			"Belt and Road", "BRI", "power plant(s)", "hydropower", "dam(s)", "canal(s)",
			"telecommunications", "undersea cable(s)", "submarine cable(s)", "5G", "logistics",
			"urban development", "water supply",
		},
	},
	{
		name:    "agriculture",
		aliases: []string{"food", "food security", "fisheries"},
		terms: []string{
			"agriculture", "agricultural", "food security", "food", "farming", "farmer(s)", "fisheries",
			"fishery", "rice", "fertilizer(s)", "fertiliser(s)", "livestock", "irrigation", "agri-food",
		},
	},
	{
		name:    "energy",
		aliases: []string{"power"},
		terms: []string{
			"energy", "oil", "crude oil", "natural gas", "gas", "LNG", "petroleum", "coal", "hydrogen",
			"ammonia", "electricity", "power grid(s)", "nuclear power", "nuclear energy",
			"nuclear power plant(s)", "renewable(s)", "renewable energy", "solar", "wind power",
			"geothermal", "pipeline(s)", "energy security", "energy transition",
		},
	},
	{
		name:    "climate",
		aliases: []string{"climate change", "environment"},
		terms: []string{
			"climate", "climate change", "global warming", "carbon neutrality", "carbon neutral",
			"decarbonization", "decarbonisation", "emission(s)", "greenhouse gas", "net zero", "net-zero",
			"Paris Agreement", "UNFCCC", "COP28", "COP29", "COP30", "Asia Zero Emission Community", "AZEC",
			"environment", "environmental", "biodiversity", "green transition", "green growth",
			"disaster risk reduction", "natural disaster(s)", "plastic pollution",
		},
	},
	{
		name:    "health",
		aliases: []string{"public health", "global health", "medical"},
		terms: []string{
			"health", "healthcare", "health care", "public health", "global health", "pandemic(s)",
			"COVID-19", "COVID", "coronavirus", "vaccine(s)", "vaccination", "immunization",
			"universal health coverage", "UHC", "hospital(s)", "medical", "medicine(s)",
			"World Health Organization", "infectious disease(s)", "disease(s)", "mpox", "malaria",
			"tuberculosis", "HIV", "AIDS",
		},
	},
	{
		name:    "human rights",
		aliases: []string{"rights", "humanrights", "democracy", "rule of law"},
		terms: []string{
			"human rights", "human right", "rule of law", "democracy", "democratic values",
			"freedom of expression", "press freedom", "freedom of the press", "religious freedom",
			"freedom of religion", "fundamental freedoms", "civil society", "political prisoner(s)",
			"forced labour", "forced labor", "arbitrary detention", "gender equality",
			"women's rights", "rights of women", "minority rights", "refugee(s)", "asylum",
			"human trafficking", "death penalty",
		},
	},
	{
		name:    "people-to-people",
		aliases: []string{"people", "exchanges", "culture", "education", "tourism"},
		terms: []string{
			"people-to-people", "people to people", "tourism", "tourist(s)", "student(s)", "education",
			"educational", "university", "universities", "cultural exchange(s)", "culture", "cultural",
			"youth", "visa(s)", "visa exemption", "sister cities", "sister city", "scholarship(s)",
			"exchange programme(s)", "exchange program(s)", "sport(s)", "direct flight(s)",
			"diaspora", "Japanese language", "Olympics", "Expo 2025",
		},
	},
	{
		name:    "technology",
		aliases: []string{"tech", "digital", "science"},
		terms: []string{
			"technology", "technologies", "technological", "digital", "digital economy",
			"artificial intelligence", "AI", "semiconductor(s)", "critical minerals",
			"science and technology", "science", "research", "innovation", "outer space",
			"space cooperation", "quantum",
		},
	},
	{
		name:    "ukraine",
		aliases: []string{"russia-ukraine", "war in ukraine"},
		terms: []string{
			"Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Kiev", "Zelenskyy", "Zelensky", "Zelenskiy",
			"Crimea", "Donbas", "Donbass", "Russia's aggression", "aggression against Ukraine",
		},
	},
	{
		name:    "middle east",
		aliases: []string{"mideast", "gaza", "israel", "palestine"},
		terms: []string{
			"Middle East", "Gaza", "Israel", "Israeli", "Israelis", "Palestine", "Palestinian(s)",
			"West Bank", "two-state solution", "Hamas", "Hezbollah", "Lebanon", "Syria", "Syrian",
			"Yemen", "Houthi(s)", "Red Sea", "Iran", "Iranian", "Iraq", "Jordan", "Egypt",
		},
	},
	{
		name:    "north korea",
		aliases: []string{"dprk", "korean peninsula", "nk"},
		terms: []string{
			"North Korea", "North Korean", "DPRK", "Democratic People's Republic of Korea", "Pyongyang",
			"Korean Peninsula", "denuclearization", "denuclearisation", "abduction(s)", "abductees",
			"abductions issue", "ballistic missile(s)", "ICBM(s)",
		},
	},
	{
		name:    "south china sea",
		aliases: []string{"scs", "west philippine sea"},
		terms: []string{
			"South China Sea", "West Philippine Sea", "Spratly", "Spratlys", "Spratly Islands",
			"Paracel", "Paracels", "Paracel Islands", "Scarborough Shoal", "Second Thomas Shoal",
			"Ayungin Shoal", "code of conduct", "UNCLOS", "arbitral award", "arbitral tribunal",
			"freedom of navigation", "freedom of overflight",
		},
	},
	{
		name:    "east china sea",
		aliases: []string{"senkaku"},
		terms:   []string{"East China Sea", "Senkaku", "Senkaku Islands", "Diaoyu"},
	},
	{
		name:    "myanmar",
		aliases: []string{"burma"},
		terms: []string{
			"Myanmar", "Burma", "Burmese", "Five-Point Consensus", "5PC", "Rohingya", "Rakhine",
			"Aung San Suu Kyi", "State Administration Council", "Tatmadaw", "junta",
		},
	},
	{
		name:    "taiwan strait",
		aliases: []string{"taiwan", "cross-strait"},
		terms:   []string{"Taiwan Strait", "Taiwan", "cross-strait", "cross-Strait relations", "Taipei"},
	},
	{
		name:    "indo-pacific",
		aliases: []string{"foip", "quad"},
		terms: []string{
			"Indo-Pacific", "Free and Open Indo-Pacific", "FOIP", "Quad", "ASEAN Outlook on the Indo-Pacific", "AOIP",
		},
	},
	{
		name:    "afghanistan",
		aliases: []string{"taliban"},
		terms:   []string{"Afghanistan", "Afghan", "Afghans", "Kabul", "Taliban"},
	},
	{
		name:    "migration",
		aliases: []string{"migrants", "migrant workers"},
		terms: []string{
			"migration", "migrant(s)", "migrant worker(s)", "labour migration", "labor migration",
			"irregular migration", "foreign workers", "skilled workers", "technical intern(s)",
		},
	},
}
