package readout

import (
	"slices"
	"testing"
	"time"
)

// TestEnvoyForARegion checks that the object of an office that is a region
// ends the title, not starts the name: "Special Envoy for the Arctic
// Region Mike Sfraga" is Mike Sfraga.
func TestEnvoyForARegion(t *testing.T) {
	tests := []struct{ lead, name, title string }{
		{"The Secretary met with Special Envoy for the Arctic Region Lena Holm on May 3.", "Lena Holm", "Special Envoy for the Arctic Region"},
		{"The Prime Minister met with the UN Special Envoy for the Great Lakes Region Amadou Diallo.", "Amadou Diallo", "UN Special Envoy for the Great Lakes Region"},
	}
	for _, tt := range tests {
		f := parseLead(tt.lead, "", time.Date(2024, 4, 11, 0, 0, 0, 0, time.UTC))
		i := slices.IndexFunc(f.principals, func(p person) bool { return !p.subject })
		if i < 0 || f.principals[i].name != tt.name || f.principals[i].title != tt.title {
			t.Errorf("parseLead(%q): principals %+v, want %q titled %q", tt.lead, f.principals, tt.name, tt.title)
		}
	}
}
