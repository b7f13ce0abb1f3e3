package readout

import "testing"

func TestZZDbg(t *testing.T) {
	s := "His Excellency Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani received a phone call today from His Excellency Minister of Foreign Affairs of the Islamic Republic of Iran Dr. Abbas Araghchi."
	t.Log(compactTitles(s))
	t.Log(shortenFrame(s))
	t.Log(dropNameStyles(s))
}
