package readout

import "testing"

func TestDisplayName(t *testing.T) {
	tests := []struct {
		name, written, country string
		familyFirst            bool
		want                   string
	}{
		{"Japanese family name in capitals", "KISHIDA Fumio", "JP", false, "Fumio Kishida"},
		{"Korean family name in capitals", "YOON Suk Yeol", "KR", false, "Yoon Suk Yeol"},
		{"Korean with a hyphenated given name", "KIM Min-ho", "KR", false, "Kim Min-ho"},
		{"Chinese", "WANG Yi", "CN", false, "Wang Yi"},
		{"Cambodian", "HUN Manet", "KH", false, "Hun Manet"},
		{"Vietnamese", "PHAM Minh Chinh", "VN", false, "Pham Minh Chinh"},
		{"country unknown: Western order", "TANAKA Ichiro", "", false, "Ichiro Tanaka"},
		{"Japanese in mixed case, known to be family first", "Iwaya Takeshi", "JP", true, "Takeshi Iwaya"},
		{"honorifics out, order kept", "H.E. Mr. LEE Jae-won", "KR", false, "Lee Jae-won"},
		{"a suffix stays", "Joseph R. Biden, Jr.", "US", false, "Joseph R. Biden, Jr."},
		{"styles out", "Rt Hon Keir Starmer MP", "GB", false, "Keir Starmer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := displayName(tt.written, tt.country, tt.familyFirst); got != tt.want {
				t.Errorf("displayName(%q, %q) = %q, want %q", tt.written, tt.country, got, tt.want)
			}
		})
	}
}
