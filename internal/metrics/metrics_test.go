package metrics

import (
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func scrape(t *testing.T, m *Metrics) string {
	t.Helper()
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("scrape: got %d", rec.Code)
	}
	return rec.Body.String()
}

func TestSlackTransportCountsCallsAnd429s(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/chat.postMessage") {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		io.WriteString(w, `{"ok":true}`)
	}))
	defer srv.Close()
	m := New("v1.2.3")
	c := &http.Client{Transport: m.SlackTransport(nil)}
	for _, path := range []string{"/api/chat.postMessage", "/api/chat.postMessage", "/api/auth.test", "/api/"} {
		resp, err := c.Post(srv.URL+path, "application/json", nil)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	body := scrape(t, m)
	for _, want := range []string{
		`readout_slack_rate_limited_total{method="chat.postMessage"} 2`,
		`readout_slack_request_duration_seconds_count{method="chat.postMessage"} 2`,
		`readout_slack_request_duration_seconds_count{method="auth.test"} 1`,
		`readout_slack_request_duration_seconds_count{method="other"} 1`,
		`readout_build_info{goversion="go`,
		`version="v1.2.3"} 1`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("scrape lacks %q", want)
		}
	}
	if strings.Contains(body, `readout_slack_rate_limited_total{method="auth.test"}`) {
		t.Errorf("auth.test was counted as rate limited")
	}
}

func TestAPIMethod(t *testing.T) {
	tests := []struct{ path, want string }{
		{"/api/chat.postMessage", "chat.postMessage"},
		{"/api/views.publish", "views.publish"},
		{"/api/", "other"},
		{"/api/nodot", "other"},
		{"/api/" + strings.Repeat("a.", 40), "other"},
		{"/api/evil.name<script>", "other"},
	}
	for _, tt := range tests {
		if got := apiMethod(tt.path); got != tt.want {
			t.Errorf("apiMethod(%q): got %q, want %q", tt.path, got, tt.want)
		}
	}
}

func TestOutboxGauges(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name       string
		depth      int
		oldest     time.Time
		err        error
		wantDepth  string
		wantOldest string
	}{
		{"empty", 0, time.Time{}, nil, "readout_outbox_depth 0", "readout_outbox_oldest_age_seconds 0"},
		{"two rows", 2, now.Add(-90 * time.Second), nil, "readout_outbox_depth 2", "readout_outbox_oldest_age_seconds 90"},
		{"unreadable", 0, time.Time{}, errors.New("database not open"), "readout_outbox_depth -1", "readout_outbox_oldest_age_seconds -1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := New("dev")
			m.WatchOutbox(func() (int, time.Time, error) { return tt.depth, tt.oldest, tt.err }, func() time.Time { return now })
			body := scrape(t, m)
			for _, want := range []string{tt.wantDepth, tt.wantOldest} {
				if !strings.Contains(body, want+"\n") {
					t.Errorf("scrape lacks %q", want)
				}
			}
		})
	}
}

func TestRecorders(t *testing.T) {
	m := New("dev")
	m.Poll("kantei-en", "new", 3)
	m.Poll("kantei-en", "not_modified", 0)
	m.Fetch("kantei-en", "ok", 200*time.Millisecond, 12)
	m.Delivery("readout", "posted")
	m.Delivery("reminder", "dead")
	m.Command("socket", 40*time.Millisecond)
	m.RemindersEnqueued(2)
	m.RemindersEnqueued(0)
	m.Cycle(time.Unix(1700000000, 0))
	body := scrape(t, m)
	for _, want := range []string{
		`readout_polls_total{feed="kantei-en",result="new"} 1`,
		`readout_polls_total{feed="kantei-en",result="not_modified"} 1`,
		`readout_readouts_ingested_total{feed="kantei-en"} 3`,
		`readout_items_fetched_total{feed="kantei-en"} 12`,
		`readout_fetch_duration_seconds_bucket{feed="kantei-en",result="ok",le="0.25"} 1`,
		`readout_deliveries_total{kind="readout",result="posted"} 1`,
		`readout_deliveries_total{kind="reminder",result="dead"} 1`,
		`readout_command_duration_seconds_count{transport="socket"} 1`,
		`readout_reminders_enqueued_total 2`,
		`readout_poll_cycles_total 1`,
		`readout_last_poll_cycle_timestamp_seconds 1.7e+09`,
	} {
		if !strings.Contains(body, want+"\n") {
			t.Errorf("scrape lacks %q", want)
		}
	}
}

// A nil *Metrics records nothing and does not panic.
func TestNilMetrics(t *testing.T) {
	var m *Metrics
	m.Poll("f", "new", 1)
	m.Fetch("f", "ok", time.Second, 1)
	m.Delivery("readout", "posted")
	m.Command("http", time.Second)
	m.RemindersEnqueued(1)
	m.Cycle(time.Now())
	if rt := m.SlackTransport(nil); rt != http.DefaultTransport {
		t.Errorf("nil SlackTransport: got %T, want http.DefaultTransport", rt)
	}
}
