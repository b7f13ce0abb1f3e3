package readout

import (
	"strings"
	"testing"
)

// TestHostCountryInSummary: a trip's host named only in a later
// paragraph is a counterpart as one the lead names: the summary that
// names him gives his country ("Roe of Chile"), which a reader of the
// summaries alone would not know.
func TestHostCountryInSummary(t *testing.T) {
	r, err := Parse(Document{
		Title:            "Readout of Special Envoy Tom Lee’s Travel to Chile",
		Publisher:        "The White House",
		PublisherCountry: "US",
		Body: "Special Envoy Tom Lee and a delegation of senior U.S. officials traveled to Santiago on May 3 and met with government officials and business leaders.\n\n" +
			"In a meeting with President Ana Roe, Lee emphasized the importance of the bilateral relationship, the need to uphold labor rights, and the potential to expand trade.\n\n" +
			"In a discussion with union leaders, Lee and the delegation reaffirmed the U.S. commitment to labor protections and fair wages for workers in the mining sector.\n\n" +
			"During a visit to a port, Lee and the delegation saw how new customs procedures speed the export of copper and lithium to the United States.\n\n" +
			"At a roundtable with exporters, Lee heard how shipping delays and higher insurance costs weigh on small firms, and he described the financing programs that support their sales abroad.\n\n" +
			"The visit follows a series of meetings between the two governments this year on supply chains, scientific exchanges and the protection of forests in the south of the country.",
	})
	if err != nil {
		t.Fatal(err)
	}
	var sums []string
	for _, s := range r.Sections {
		sums = append(sums, s.Summary)
	}
	text := strings.Join(append(sums, r.KeyPoints...), "\n")
	if !strings.Contains(text, "Roe of Chile") {
		t.Errorf("post %q, want %q", text, "Roe of Chile")
	}
}
