package readout

import (
	"strings"
	"testing"
)

// TestMayOpenOfCountryName checks that mayOpenOfCountryName lets through
// every text that ofCountryName's three expressions match: each sample
// line and sentence read from each of its words on, as counterpartsAt
// reads the text after a frame.
func TestMayOpenOfCountryName(t *testing.T) {
	res := []*lazyRE{ofCountryNameRE, ofCountryCommaNameRE, ofCountryMononymRE}
	n := 0
	for _, line := range speed14Cases(t, "the Prime Minister of Canada Mark Carney", "the Foreign Minister of Japan, Mr. Yoshimasa Hayashi",
		"H.E. Mr. Ambassador of X to Y Z", "The Prime Minister of India Modi", "Chargé d'Affaires a.i. of the Embassy of Peru, Ana Ruiz",
		"the New Zealand Deputy Prime Minister of New Zealand Winston Peters", "Ambassador Extraordinary and Plenipotentiary of Japan to Peru Taro Yamada") {
		for at := 0; at < len(line); {
			s := line[at:]
			match := false
			for _, re := range res {
				match = match || re.MatchString(s)
			}
			if match {
				n++
				if !mayOpenOfCountryName(s) {
					t.Errorf("mayOpenOfCountryName(%.80q) = false, an expression matches", s)
				}
			}
			j := strings.IndexByte(s, ' ')
			if j < 0 {
				break
			}
			at += j + 1
		}
	}
	if n < 50 {
		t.Errorf("only %d texts match", n)
	}
}
