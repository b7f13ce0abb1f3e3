package bot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/digest"
	"github.com/readout-bot/readout/storage"
	"github.com/readout-bot/readout/storage/storagetest"
)

// TestDigestCommands: `/readout digest`, `pause` and `resume` through the
// real digest service and store: bad arguments are explained and change
// nothing, `/readout list` shows the digest and the pause, and only admins
// change them.
func TestDigestCommands(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)
	s := storagetest.Open(t, storage.Options{Now: func() time.Time { return now }})
	if err := s.Subscribe("C1", "KH"); err != nil {
		t.Fatal(err)
	}
	c := &bot.Commands{Store: s, Admins: []string{"UADMIN"},
		Digests: &digest.Service{Store: s, Now: func() time.Time { return now }}}
	ask := func(user, text string) string {
		t.Helper()
		r := c.Handle(context.Background(), bot.Request{Text: text, ChannelID: "C1", UserID: user})
		checkReplyLimits(t, r, user)
		return replyText(t, r)
	}
	state := func() storage.DigestState {
		st, _, err := s.DigestState("C1")
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	for _, tt := range []struct{ text, want string }{
		{"digest daily 25:00", `"25:00" is not a time of day`},
		{"digest weekly funday 08:30", `"funday" is not a day of the week`},
		{"digest daily 09:00 Atlantis/Capital", `"Atlantis/Capital" is not a time zone I know`},
		{"pause for 7x", `"7x" is not a length`},
		{"pause 7d", "pause for 7d"},
		{"resume now", "takes nothing after it"},
	} {
		got := ask("UADMIN", tt.text)
		if !strings.Contains(got, tt.want) || !strings.Contains(got, "Nothing was changed") {
			t.Errorf("/readout %s: %q, want %q and that nothing changed", tt.text, got, tt.want)
		}
	}
	if st := state(); st != (storage.DigestState{}) {
		t.Errorf("bad arguments changed the state: %+v", st)
	}
	if got := ask("USOMEONE", "digest daily 09:00 Asia/Tokyo"); !strings.Contains(got, "only readout's admins") {
		t.Errorf("non-admin: %q", got)
	}
	if got := ask("USOMEONE", "digest"); !strings.Contains(got, "each readout as it comes") {
		t.Errorf("anyone may look: %q", got)
	}
	if got := ask("UADMIN", "digest daily 09:00 Asia/Tokyo"); !strings.Contains(got, "every day at 09:00 (Asia/Tokyo)") {
		t.Errorf("digest on: %q", got)
	}
	if got := ask("UADMIN", "pause for 2w"); !strings.Contains(got, "Paused until Sun 20 Dec 2026 10:00 UTC") {
		t.Errorf("pause: %q", got)
	}
	list := ask("USOMEONE", "list")
	for _, want := range []string{"Cambodia", "Digest every day at 09:00 (Asia/Tokyo).", "Paused since Sun 6 Dec 2026 10:00 UTC, until Sun 20 Dec 2026 10:00 UTC."} {
		if !strings.Contains(list, want) {
			t.Errorf("list: %q lacks %q", list, want)
		}
	}
	if got := ask("UADMIN", "resume"); !strings.Contains(got, "Nothing arrived while this channel was paused") {
		t.Errorf("resume: %q", got)
	}
	if got := ask("UADMIN", "help"); !strings.Contains(got, "/readout pause") || !strings.Contains(got, "/readout digest daily 09:00 Asia/Tokyo") {
		t.Errorf("help lacks digest and pause: %q", got)
	}
}

// TestHomeShowsDigestAndPause: the App Home's line for a channel says its
// digest and its pause.
func TestHomeShowsDigestAndPause(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)
	s := storagetest.Open(t, storage.Options{Now: func() time.Time { return now }})
	for _, ch := range []string{"C1", "C2"} {
		if err := s.Subscribe(ch, "KH"); err != nil {
			t.Fatal(err)
		}
	}
	svc := &digest.Service{Store: s, Now: func() time.Time { return now }}
	if _, err := svc.Digest(t.Context(), "C1", "U1", []string{"weekly", "mon", "08:30", "Europe/Paris"}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Pause(t.Context(), "C1", "U1", nil); err != nil {
		t.Fatal(err)
	}
	h := &bot.Home{Store: s, Digests: svc}
	v, err := h.View(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	_, text := homeBlocks(t, v)
	var c1, c2 string
	for line := range strings.SplitSeq(text, "\n") {
		switch {
		case strings.HasPrefix(line, "<#C1>"):
			c1 = line
		case strings.HasPrefix(line, "<#C2>"):
			c2 = line
		}
	}
	if !strings.Contains(c1, "Digest every Monday at 08:30 (Europe/Paris).") || !strings.Contains(c1, "Paused since") {
		t.Errorf("C1's line: %q", c1)
	}
	if c2 == "" || strings.Contains(c2, "Digest") || strings.Contains(c2, "Paused") {
		t.Errorf("C2's line: %q", c2)
	}
}
