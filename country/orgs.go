package country

import "slices"

// Org is an international organisation or grouping that readouts name
// alongside countries. Code is the short form readouts use ("ASEAN", "G7");
// Aliases are the spellings Find and FindOrgs recognise in running text.
type Org struct {
	Code    string
	Name    string
	Aliases []string
}

// orgs are the organisations FindOrgs knows. An all-capital alias only
// matches an all-capital word ("WHO", never "who").
var orgs = []Org{
	{"ASEAN", "Association of Southeast Asian Nations", []string{"ASEAN", "Association of South-East Asian Nations"}},
	{"EU", "European Union", []string{"EU", "E.U.", "European Commission", "European Council", "European Parliament", "European Commissioner", "EU Commissioner"}},
	{"G7", "Group of Seven", []string{"G7", "G-7"}},
	{"G8", "Group of Eight", []string{"G8", "G-8"}},
	{"G20", "Group of Twenty", []string{"G20", "G-20"}},
	{"UN", "United Nations", []string{"UN", "U.N."}},
	{"NATO", "North Atlantic Treaty Organization", []string{"NATO", "North Atlantic Treaty Organisation"}},
	{"QUAD", "Quad", []string{"Quadrilateral Security Dialogue"}},
	// (Not "AU": that is Australia's code, whose flag and subscribers the
	// African Union's readouts took.)
	{"AFU", "African Union", []string{"AU"}},
	{"OECD", "Organisation for Economic Co-operation and Development", []string{"OECD", "Organization for Economic Cooperation and Development"}},
	{"APEC", "Asia-Pacific Economic Cooperation", []string{"APEC"}},
	{"WTO", "World Trade Organization", []string{"WTO", "World Trade Organisation"}},
	{"IAEA", "International Atomic Energy Agency", []string{"IAEA"}},
	{"WHO", "World Health Organization", []string{"WHO", "World Health Organisation"}},
	{"IMF", "International Monetary Fund", []string{"IMF"}},
	{"WB", "World Bank", []string{"World Bank Group"}},
	{"ADB", "Asian Development Bank", []string{"ADB"}},
	{"AIIB", "Asian Infrastructure Investment Bank", []string{"AIIB"}},
	{"IDB", "Inter-American Development Bank", []string{"IDB", "IADB"}},
	{"BRICS", "BRICS", nil},
	{"SCO", "Shanghai Cooperation Organisation", []string{"SCO", "Shanghai Cooperation Organization"}},
	{"GCC", "Gulf Cooperation Council", []string{"GCC", "Cooperation Council for the Arab States of the Gulf"}},
	{"OAS", "Organization of American States", []string{"OAS", "Organisation of American States"}},
	{"CARICOM", "Caribbean Community", []string{"CARICOM"}},
	{"ECOWAS", "Economic Community of West African States", []string{"ECOWAS"}},
	{"SADC", "Southern African Development Community", []string{"SADC"}},
	{"IGAD", "Intergovernmental Authority on Development", []string{"IGAD"}},
	{"SAARC", "South Asian Association for Regional Cooperation", []string{"SAARC"}},
	{"BIMSTEC", "Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation", []string{"BIMSTEC"}},
	{"PIF", "Pacific Islands Forum", []string{"PIF"}},
	{"EAS", "East Asia Summit", []string{"EAS"}},
	{"ARF", "ASEAN Regional Forum", []string{"ARF"}},
	{"ACMECS", "Ayeyawady-Chao Phraya-Mekong Economic Cooperation Strategy", []string{"ACMECS", "Ayeyarwady-Chao Phraya-Mekong Economic Cooperation Strategy"}},
	{"OSCE", "Organization for Security and Co-operation in Europe", []string{"OSCE", "Organisation for Security and Co-operation in Europe"}},
	{"COE", "Council of Europe", nil},
	{"AUKUS", "AUKUS", nil},
	{"IPEF", "Indo-Pacific Economic Framework for Prosperity", []string{"IPEF", "Indo-Pacific Economic Framework"}},
	{"CPTPP", "Comprehensive and Progressive Agreement for Trans-Pacific Partnership", []string{"CPTPP", "TPP11", "TPP-11"}},
	{"RCEP", "Regional Comprehensive Economic Partnership", []string{"RCEP"}},
	{"OPEC", "Organization of the Petroleum Exporting Countries", []string{"OPEC", "OPEC+"}},
	{"ICC", "International Criminal Court", []string{"ICC"}},
	{"ICJ", "International Court of Justice", []string{"ICJ"}},
	{"UNHCR", "Office of the United Nations High Commissioner for Refugees", []string{"UNHCR", "UN Refugee Agency", "UN High Commissioner for Refugees", "United Nations High Commissioner for Refugees"}},
	{"UNICEF", "United Nations Children's Fund", []string{"UNICEF"}},
	{"UNDP", "United Nations Development Programme", []string{"UNDP", "UN Development Programme"}},
	{"UNESCO", "United Nations Educational, Scientific and Cultural Organization", []string{"UNESCO"}},
	{"UNRWA", "United Nations Relief and Works Agency for Palestine Refugees in the Near East", []string{"UNRWA"}},
	{"WFP", "World Food Programme", []string{"WFP", "World Food Program"}},
	{"FAO", "Food and Agriculture Organization of the United Nations", []string{"FAO", "Food and Agriculture Organization"}},
	{"ILO", "International Labour Organization", []string{"ILO", "International Labor Organization"}},
	{"LAS", "League of Arab States", []string{"Arab League"}},
	{"OIC", "Organisation of Islamic Cooperation", []string{"OIC", "Organization of Islamic Cooperation"}},
	{"MERCOSUR", "Mercosur", []string{"MERCOSUR", "Southern Common Market"}},
	{"CELAC", "Community of Latin American and Caribbean States", []string{"CELAC"}},
	{"NAM", "Non-Aligned Movement", nil},
	{"COMMONWEALTH", "Commonwealth of Nations", []string{"Commonwealth Secretariat", "Commonwealth Secretary-General", "Commonwealth Secretary General", "Secretary-General of the Commonwealth", "Secretary General of the Commonwealth"}},
	// Development banks and funds.
	{"EBRD", "European Bank for Reconstruction and Development", []string{"EBRD"}},
	{"EIB", "European Investment Bank", []string{"EIB"}},
	{"AFDB", "African Development Bank", []string{"AfDB", "AFDB", "African Development Bank Group"}},
	{"ISDB", "Islamic Development Bank", []string{"IsDB", "ISDB", "Islamic Development Bank Group"}},
	{"NDB", "New Development Bank", []string{"NDB"}},
	{"CDB", "Caribbean Development Bank", nil},
	{"CAF", "Development Bank of Latin America and the Caribbean", []string{"CAF"}},
	{"IFAD", "International Fund for Agricultural Development", []string{"IFAD"}},
	// The United Nations' other agencies and programmes.
	{"UNFPA", "United Nations Population Fund", []string{"UNFPA", "UN Population Fund"}},
	{"UNEP", "United Nations Environment Programme", []string{"UNEP", "UN Environment Programme"}},
	{"OHCHR", "Office of the United Nations High Commissioner for Human Rights", []string{"OHCHR"}},
	{"UNCTAD", "United Nations Conference on Trade and Development", []string{"UNCTAD"}},
	{"UNIDO", "United Nations Industrial Development Organization", []string{"UNIDO"}},
	{"UNAIDS", "Joint United Nations Programme on HIV/AIDS", []string{"UNAIDS"}},
	{"IOM", "International Organization for Migration", []string{"IOM"}},
	{"ITU", "International Telecommunication Union", []string{"ITU"}},
	{"ICAO", "International Civil Aviation Organization", []string{"ICAO"}},
	{"IMO", "International Maritime Organization", []string{"IMO"}},
	{"WIPO", "World Intellectual Property Organization", []string{"WIPO"}},
	{"WMO", "World Meteorological Organization", []string{"WMO"}},
	{"IEA", "International Energy Agency", []string{"IEA"}},
	{"IRENA", "International Renewable Energy Agency", []string{"IRENA"}},
	{"OPCW", "Organisation for the Prohibition of Chemical Weapons", []string{"OPCW", "Organization for the Prohibition of Chemical Weapons"}},
	{"ICRC", "International Committee of the Red Cross", []string{"ICRC"}},
}

// OrgByName returns the organisation whose code, name or alias is q,
// compared as Lookup compares country names (case, accents and surrounding
// punctuation ignored).
func OrgByName(q string) (Org, bool) {
	i, ok := idx().orgLookup[lookupKey(q)]
	if !ok {
		return Org{}, false
	}
	o := orgs[i]
	o.Aliases = slices.Clone(o.Aliases)
	return o, true
}

// FindOrgs returns the codes of the organisations named in text, in the
// order they first appear, without duplicates.
func FindOrgs(text string) []string {
	var out []string
	scan(text, func(p *phrase, _, _ int) {
		if p.kind == kindOrg && !slices.Contains(out, p.code) {
			out = append(out, p.code)
		}
	})
	return out
}

// FindOrgMentions returns the organisations named in text with their
// offsets, in order of appearance.
func FindOrgMentions(text string) []Mention {
	var out []Mention
	scan(text, func(p *phrase, start, end int) {
		if p.kind == kindOrg {
			out = append(out, Mention{Code: p.code, Start: start, End: end, Text: text[start:end]})
		}
	})
	return out
}
