package slackfake

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxBody caps request bodies; Slack's own limits are far below it.
const maxBody = 4 << 20

// maxTextRunes is the length above which chat.postMessage answers msg_too_long.
const maxTextRunes = 40000

// message is a stored channel message.
type message struct {
	Post
	replyCount  int
	latestReply string
	editedTS    string
}

// wireMessage is a message as conversations.* and chat.* return it.
type wireMessage struct {
	Type        string          `json:"type"`
	Subtype     string          `json:"subtype,omitempty"`
	User        string          `json:"user"`
	BotID       string          `json:"bot_id"`
	AppID       string          `json:"app_id"`
	Team        string          `json:"team"`
	Text        string          `json:"text"`
	TS          string          `json:"ts"`
	ThreadTS    string          `json:"thread_ts,omitempty"`
	ReplyCount  int             `json:"reply_count,omitempty"`
	LatestReply string          `json:"latest_reply,omitempty"`
	Blocks      json.RawMessage `json:"blocks,omitempty"`
	Metadata    *Metadata       `json:"metadata,omitempty"`
	Edited      *wireEdited     `json:"edited,omitempty"`
}

type wireEdited struct {
	User string `json:"user"`
	TS   string `json:"ts"`
}

// wire renders m as Slack returns it. Without fullMetadata only the event
// type of the metadata is returned, as Slack does without include_all_metadata.
func (m *message) wire(fullMetadata bool) wireMessage {
	w := wireMessage{
		Type: "message", User: BotUserID, BotID: BotID, AppID: AppID, Team: TeamID,
		Text: m.Text, TS: m.TS, ThreadTS: m.ThreadTS, Blocks: m.Blocks,
		ReplyCount: m.replyCount, LatestReply: m.latestReply,
	}
	if m.replyCount > 0 {
		w.ThreadTS = m.TS
	}
	if m.Metadata != nil {
		md := Metadata{EventType: m.Metadata.EventType}
		if fullMetadata {
			md.EventPayload = m.Metadata.EventPayload
		}
		w.Metadata = &md
	}
	if m.editedTS != "" {
		w.Edited = &wireEdited{User: BotUserID, TS: m.editedTS}
	}
	return w
}

// isReply reports whether m is a thread reply rather than a channel message.
func (m *message) isReply() bool { return m.ThreadTS != "" && m.ThreadTS != m.TS }

type apiError struct {
	OK    bool   `json:"ok"`
	Error string `json:"error"`
}

func fail(code string) apiError { return apiError{Error: code} }

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// serveAPI dispatches /api/<method>.
func (s *Server) serveAPI(w http.ResponseWriter, r *http.Request) {
	method := strings.TrimPrefix(r.URL.Path, "/api/")
	s.mu.Lock()
	s.calls[method]++
	s.mu.Unlock()

	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	if err := r.ParseForm(); err != nil {
		writeJSON(w, http.StatusBadRequest, fail("invalid_form_data"))
		return
	}
	type handler struct {
		bearerOnly bool // token only in the Authorization header (JSON methods)
		prefix     string
		fn         func(http.ResponseWriter, *http.Request, string)
	}
	handlers := map[string]handler{
		"auth.test":             {prefix: "xoxb-", fn: s.authTest},
		"chat.postMessage":      {prefix: "xoxb-", fn: s.chatPostMessage},
		"chat.update":           {prefix: "xoxb-", fn: s.chatUpdate},
		"conversations.history": {prefix: "xoxb-", fn: s.conversationsHistory},
		"conversations.join":    {prefix: "xoxb-", fn: s.conversationsJoin},
		"conversations.replies": {prefix: "xoxb-", fn: s.conversationsReplies},
		"views.publish":         {prefix: "xoxb-", fn: s.viewsPublish},
		"apps.connections.open": {bearerOnly: true, prefix: "xapp-", fn: s.appsConnectionsOpen},
	}
	h, ok := handlers[method]
	if !ok {
		writeJSON(w, http.StatusNotFound, fail("unknown_method"))
		return
	}
	token := bearerToken(r)
	if token == "" && !h.bearerOnly {
		token = r.Form.Get("token")
	}
	if code := checkToken(token, h.prefix); code != "" {
		writeJSON(w, http.StatusOK, fail(code))
		return
	}
	h.fn(w, r, token)
}

func bearerToken(r *http.Request) string {
	tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok {
		return ""
	}
	return strings.TrimSpace(tok)
}

// checkToken returns Slack's error code for a token that may not call a
// method wanting prefix, or "".
func checkToken(token, prefix string) string {
	kind, rest, _ := strings.Cut(token, "-")
	switch {
	case token == "":
		return "not_authed"
	case rest == "":
		return "invalid_auth"
	case kind+"-" == prefix:
		return ""
	case kind == "xoxb" || kind == "xapp" || kind == "xoxp":
		return "not_allowed_token_type"
	default:
		return "invalid_auth"
	}
}

func (s *Server) authTest(w http.ResponseWriter, _ *http.Request, _ string) {
	writeJSON(w, http.StatusOK, map[string]any{
		"ok": true, "url": "https://" + TeamName + ".slack.com/", "team": TeamName, "user": BotName,
		"team_id": TeamID, "user_id": BotUserID, "bot_id": BotID,
	})
}

// parsePost reads a chat.postMessage form, returning Slack's error code for a
// request Slack would reject.
func parsePost(form url.Values, token string) (Post, string) {
	p := Post{
		Channel:  form.Get("channel"),
		Text:     form.Get("text"),
		ThreadTS: form.Get("thread_ts"),
		Token:    token,
		Form:     maps.Clone(form),
	}
	if p.Channel == "" {
		return p, "channel_not_found"
	}
	if p.ThreadTS != "" {
		if _, err := parseTS(p.ThreadTS); err != nil {
			return p, "invalid_thread_ts"
		}
	}
	blocks, code := parseBlocksField(form, 50)
	if code != "" {
		return p, code
	}
	p.Blocks = blocks
	md, code := parseMetadataField(form)
	if code != "" {
		return p, code
	}
	p.Metadata = md
	if p.Text == "" && len(p.Blocks) == 0 {
		return p, "no_text"
	}
	if utf8.RuneCountInString(p.Text) > maxTextRunes {
		return p, "msg_too_long"
	}
	return p, ""
}

// parseBlocksField validates the JSON "blocks" form field. An empty array
// counts as no blocks.
func parseBlocksField(form url.Values, maxBlocks int) (json.RawMessage, string) {
	raw := form.Get("blocks")
	if raw == "" {
		return nil, ""
	}
	n, code := checkBlocks([]byte(raw), maxBlocks)
	if code != "" {
		return nil, code
	}
	if n == 0 {
		return nil, ""
	}
	return json.RawMessage(raw), ""
}

func parseMetadataField(form url.Values) (*Metadata, string) {
	raw := form.Get("metadata")
	if raw == "" {
		return nil, ""
	}
	var md Metadata
	if err := json.Unmarshal([]byte(raw), &md); err != nil || md.EventType == "" {
		return nil, "invalid_metadata_format"
	}
	return &md, ""
}

// attemptKey identifies "the same message" across retries.
func attemptKey(p Post) string {
	return strings.Join([]string{p.Channel, p.ThreadTS, p.Text, string(p.Blocks), p.Form.Get("metadata")}, "\x00")
}

func (s *Server) chatPostMessage(w http.ResponseWriter, r *http.Request, token string) {
	p, code := parsePost(r.Form, token)
	if code != "" {
		writeJSON(w, http.StatusOK, fail(code))
		return
	}

	s.hookMu.Lock()
	s.mu.Lock()
	hook := s.postHook
	key := attemptKey(p)
	s.attempts[key]++
	attempt := s.attempts[key]
	s.mu.Unlock()
	var out Response
	if hook != nil {
		out = hook(p, attempt)
	}
	s.hookMu.Unlock()

	if code := s.postRefused(p.Channel); code != "" {
		writeJSON(w, http.StatusOK, fail(code))
		return
	}
	failed := out.Status != 0 && out.Status != http.StatusOK || out.Error != ""
	if !failed || out.Stored {
		s.store(w, p, !failed)
	}
	switch {
	case !failed:
	case out.Status == http.StatusTooManyRequests && out.RetryAfter > 0:
		w.Header().Set("Retry-After", strconv.Itoa(out.RetryAfter))
		writeJSON(w, out.Status, fail("ratelimited"))
		return
	case out.Status != 0 && out.Status != http.StatusOK:
		http.Error(w, http.StatusText(out.Status), out.Status)
		return
	case out.Error != "":
		writeJSON(w, http.StatusOK, fail(out.Error))
	}
}

// postRefused returns the error Slack gives a post to channel the bot may
// not post to (see RequireMembership), or "".
func (s *Server) postRefused(channel string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.membership && !s.members[channel] && strings.HasPrefix(channel, "G") {
		return "channel_not_found"
	}
	return ""
}

// store keeps p in its channel and, when answer is set, answers the post.
func (s *Server) store(w http.ResponseWriter, p Post, answer bool) {
	s.mu.Lock()
	p.At = s.now()
	p.TS = s.nextTSLocked(p.At)
	m := &message{Post: p}
	if p.ThreadTS != "" {
		if parent := s.findLocked(p.Channel, p.ThreadTS); parent != nil && !parent.isReply() {
			parent.replyCount++
			parent.latestReply = p.TS
		}
	}
	s.channels[p.Channel] = append(s.channels[p.Channel], m)
	s.posts = append(s.posts, p)
	s.notifyLocked()
	wm := m.wire(true)
	s.mu.Unlock()

	if answer {
		writeJSON(w, http.StatusOK, map[string]any{"ok": true, "channel": p.Channel, "ts": p.TS, "message": wm})
	}
}

// conversationsJoin puts the bot in a public channel. A private channel
// ("G…") answers method_not_supported_for_channel_type, as Slack does: the
// bot must be invited there.
func (s *Server) conversationsJoin(w http.ResponseWriter, r *http.Request, _ string) {
	channel := r.Form.Get("channel")
	s.mu.Lock()
	code := s.joinErr
	switch {
	case channel == "":
		code = "channel_not_found"
	case code != "":
	case strings.HasPrefix(channel, "G"), strings.HasPrefix(channel, "D"):
		code = "method_not_supported_for_channel_type"
	}
	already := s.members[channel]
	if code == "" {
		s.members[channel] = true
		s.notifyLocked()
	}
	s.mu.Unlock()
	if code != "" {
		writeJSON(w, http.StatusOK, fail(code))
		return
	}
	resp := map[string]any{"ok": true, "channel": map[string]any{"id": channel, "is_channel": true, "is_member": true}}
	if already {
		resp["warning"] = "already_in_channel"
		resp["response_metadata"] = map[string]any{"warnings": []string{"already_in_channel"}}
	}
	writeJSON(w, http.StatusOK, resp)
}

// readRefused returns not_in_channel when the bot may not read channel's
// history (see RequireMembership), or "".
func (s *Server) readRefused(channel string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.membership && !s.members[channel] {
		return "not_in_channel"
	}
	return ""
}

// findLocked returns the message with ts in channel, or nil. s.mu must be held.
func (s *Server) findLocked(channel, ts string) *message {
	for _, m := range s.channels[channel] {
		if m.TS == ts {
			return m
		}
	}
	return nil
}

func (s *Server) chatUpdate(w http.ResponseWriter, r *http.Request, _ string) {
	channel, ts := r.Form.Get("channel"), r.Form.Get("ts")
	if channel == "" {
		writeJSON(w, http.StatusOK, fail("channel_not_found"))
		return
	}
	blocks, code := parseBlocksField(r.Form, 50)
	if code == "" {
		if utf8.RuneCountInString(r.Form.Get("text")) > maxTextRunes {
			code = "msg_too_long"
		}
	}
	md, mdCode := parseMetadataField(r.Form)
	if code == "" {
		code = mdCode
	}
	if code != "" {
		writeJSON(w, http.StatusOK, fail(code))
		return
	}

	s.mu.Lock()
	m := s.findLocked(channel, ts)
	if m == nil {
		s.mu.Unlock()
		writeJSON(w, http.StatusOK, fail("message_not_found"))
		return
	}
	if r.Form.Has("text") {
		m.Text = r.Form.Get("text")
	}
	if r.Form.Has("blocks") {
		m.Blocks = blocks
	}
	if md != nil {
		m.Metadata = md
	}
	m.editedTS = s.nextTSLocked(s.now())
	wm := m.wire(true)
	s.notifyLocked()
	s.mu.Unlock()

	writeJSON(w, http.StatusOK, map[string]any{"ok": true, "channel": channel, "ts": ts, "text": wm.Text, "message": wm})
}

// page is the common part of conversations.history and conversations.replies.
type page struct {
	oldest, latest int64
	inclusive      bool
	limit          int
	cursor         int64 // 0 when absent
	fullMetadata   bool
}

func parsePage(form url.Values, defaultLimit, maxLimit int) (page, string) {
	pg := page{latest: math.MaxInt64, limit: defaultLimit}
	var err error
	if v := form.Get("oldest"); v != "" {
		if pg.oldest, err = parseTS(v); err != nil {
			return pg, "invalid_ts_oldest"
		}
	}
	if v := form.Get("latest"); v != "" {
		if pg.latest, err = parseTS(v); err != nil {
			return pg, "invalid_ts_latest"
		}
	}
	if v := form.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			return pg, "invalid_limit"
		}
		if n > 0 {
			pg.limit = min(n, maxLimit)
		}
	}
	if v := form.Get("cursor"); v != "" {
		if pg.cursor, err = parseCursor(v); err != nil {
			return pg, "invalid_cursor"
		}
	}
	pg.inclusive = truthy(form.Get("inclusive"))
	pg.fullMetadata = truthy(form.Get("include_all_metadata"))
	return pg, ""
}

func truthy(v string) bool { return v == "1" || v == "true" }

// inRange applies oldest, latest and inclusive to a ts in microseconds.
func (pg page) inRange(us int64) bool {
	if pg.inclusive {
		return us >= pg.oldest && us <= pg.latest
	}
	return us > pg.oldest && us < pg.latest
}

// cut applies limit to msgs (already filtered and ordered) and renders them.
func (pg page) cut(msgs []*message) (out []wireMessage, hasMore bool, next string) {
	if len(msgs) > pg.limit {
		hasMore = true
		next = formatCursor(mustTS(msgs[pg.limit].TS))
		msgs = msgs[:pg.limit]
	}
	out = make([]wireMessage, 0, len(msgs))
	for _, m := range msgs {
		out = append(out, m.wire(pg.fullMetadata))
	}
	return out, hasMore, next
}

func (s *Server) conversationsHistory(w http.ResponseWriter, r *http.Request, _ string) {
	channel := r.Form.Get("channel")
	if channel == "" {
		writeJSON(w, http.StatusOK, fail("channel_not_found"))
		return
	}
	pg, code := parsePage(r.Form, 100, 999)
	if code == "" {
		code = s.readRefused(channel)
	}
	if code != "" {
		writeJSON(w, http.StatusOK, fail(code))
		return
	}
	s.mu.Lock()
	var sel []*message
	msgs := s.channels[channel]
	for i := len(msgs) - 1; i >= 0; i-- { // newest first
		m := msgs[i]
		us := mustTS(m.TS)
		if m.isReply() || !pg.inRange(us) || (pg.cursor != 0 && us > pg.cursor) {
			continue
		}
		sel = append(sel, m)
	}
	out, hasMore, next := pg.cut(sel)
	s.mu.Unlock()

	writeJSON(w, http.StatusOK, map[string]any{
		"ok": true, "messages": out, "has_more": hasMore, "pin_count": 0,
		"response_metadata": map[string]string{"next_cursor": next},
	})
}

func (s *Server) conversationsReplies(w http.ResponseWriter, r *http.Request, _ string) {
	channel, ts := r.Form.Get("channel"), r.Form.Get("ts")
	if channel == "" {
		writeJSON(w, http.StatusOK, fail("channel_not_found"))
		return
	}
	pg, code := parsePage(r.Form, 1000, 1000)
	if code == "" {
		code = s.readRefused(channel)
	}
	if code != "" {
		writeJSON(w, http.StatusOK, fail(code))
		return
	}
	s.mu.Lock()
	parent := s.findLocked(channel, ts)
	if parent == nil || parent.isReply() {
		s.mu.Unlock()
		writeJSON(w, http.StatusOK, fail("thread_not_found"))
		return
	}
	var sel []*message
	for _, m := range s.channels[channel] { // oldest first, parent first
		us := mustTS(m.TS)
		if m != parent && m.ThreadTS != ts {
			continue
		}
		if !pg.inRange(us) || (pg.cursor != 0 && us < pg.cursor) {
			continue
		}
		sel = append(sel, m)
	}
	out, hasMore, next := pg.cut(sel)
	s.mu.Unlock()

	writeJSON(w, http.StatusOK, map[string]any{
		"ok": true, "messages": out, "has_more": hasMore,
		"response_metadata": map[string]string{"next_cursor": next},
	})
}

func (s *Server) viewsPublish(w http.ResponseWriter, r *http.Request, _ string) {
	var req struct {
		UserID string          `json:"user_id"`
		View   json.RawMessage `json:"view"`
		Hash   *string         `json:"hash"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		writeJSON(w, http.StatusOK, fail("invalid_json"))
		return
	}
	var view map[string]json.RawMessage
	if req.UserID == "" || json.Unmarshal(req.View, &view) != nil {
		writeJSON(w, http.StatusOK, fail("invalid_arguments"))
		return
	}
	var viewType string
	if err := json.Unmarshal(view["type"], &viewType); err != nil || viewType != "home" {
		writeJSON(w, http.StatusOK, fail("invalid_arguments"))
		return
	}
	if raw, ok := view["blocks"]; ok {
		if _, code := checkBlocks(raw, 100); code != "" {
			writeJSON(w, http.StatusOK, fail(code))
			return
		}
	}

	s.mu.Lock()
	prev := s.views[req.UserID]
	if req.Hash != nil && len(prev) > 0 && *req.Hash != prev[len(prev)-1].Hash {
		s.mu.Unlock()
		writeJSON(w, http.StatusOK, fail("hash_conflict"))
		return
	}
	v := View{UserID: req.UserID, View: req.View, At: s.now()}
	if len(prev) > 0 {
		v.ID = prev[0].ID
	} else {
		s.viewSeq++
		v.ID = fmt.Sprintf("V%08d", s.viewSeq)
	}
	v.Hash = s.nextTSLocked(v.At) + ".fake"
	s.views[req.UserID] = append(prev, v)
	s.notifyLocked()
	s.mu.Unlock()

	out := map[string]any{}
	for k, raw := range view {
		out[k] = raw
	}
	maps.Copy(out, map[string]any{
		"id": v.ID, "team_id": TeamID, "app_id": AppID, "bot_id": BotID,
		"app_installed_team_id": TeamID, "hash": v.Hash,
	})
	writeJSON(w, http.StatusOK, map[string]any{"ok": true, "view": out})
}

func (s *Server) appsConnectionsOpen(w http.ResponseWriter, r *http.Request, _ string) {
	s.mu.Lock()
	s.ticketSeq++
	ticket := fmt.Sprintf("fake-ticket-%d", s.ticketSeq)
	s.tickets[ticket] = true
	s.opens++
	s.notifyLocked()
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]any{"ok": true, "url": "ws://" + r.Host + "/link/?ticket=" + ticket})
}

// maxResponseURLUses is how many posts a response_url accepts.
const maxResponseURLUses = 5

// serveResponseURL is the response_url sink, /resp/<n>.
func (s *Server) serveResponseURL(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	n, err := strconv.Atoi(r.PathValue("n"))
	body, readErr := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil || readErr != nil {
		writeJSON(w, http.StatusNotFound, fail("no_such_url"))
		return
	}
	var msg struct {
		ResponseType    string          `json:"response_type"`
		Text            string          `json:"text"`
		ThreadTS        string          `json:"thread_ts"`
		ReplaceOriginal bool            `json:"replace_original"`
		DeleteOriginal  bool            `json:"delete_original"`
		Blocks          json.RawMessage `json:"blocks"`
	}
	if err := json.Unmarshal(body, &msg); err != nil {
		writeJSON(w, http.StatusBadRequest, fail("invalid_payload"))
		return
	}
	if string(msg.Blocks) == "null" {
		msg.Blocks = nil
	}
	if msg.Blocks != nil {
		cnt, code := checkBlocks(msg.Blocks, 50)
		if code != "" {
			writeJSON(w, http.StatusBadRequest, fail(code))
			return
		}
		if cnt == 0 {
			msg.Blocks = nil
		}
	}
	if msg.ResponseType == "" {
		msg.ResponseType = "ephemeral"
	}

	s.mu.Lock()
	uses, issued := s.respUses[n]
	switch {
	case !issued:
		s.mu.Unlock()
		writeJSON(w, http.StatusNotFound, fail("no_such_url"))
		return
	case uses >= maxResponseURLUses:
		s.mu.Unlock()
		writeJSON(w, http.StatusNotFound, fail("used_url"))
		return
	}
	s.respUses[n] = uses + 1
	s.responses = append(s.responses, ResponseURLPost{
		URL:          fmt.Sprintf("%s/resp/%d", s.srv.URL, n),
		ResponseType: msg.ResponseType, Text: msg.Text, ThreadTS: msg.ThreadTS,
		ReplaceOriginal: msg.ReplaceOriginal, DeleteOriginal: msg.DeleteOriginal,
		Blocks: msg.Blocks, Body: body, At: s.now(),
	})
	s.notifyLocked()
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]any{"ok": true})
}

// formatTS renders microseconds since the epoch as a Slack ts.
func formatTS(us int64) string {
	return fmt.Sprintf("%d.%06d", us/1_000_000, us%1_000_000)
}

// parseTS reads a Slack ts ("1700000000.000001", "1700000000" or
// "1700000000.5") into microseconds since the epoch.
func parseTS(ts string) (int64, error) {
	secStr, fracStr, _ := strings.Cut(ts, ".")
	sec, err := strconv.ParseInt(secStr, 10, 64)
	if err != nil || sec < 0 || len(fracStr) > 6 {
		return 0, fmt.Errorf("parse ts %q: not seconds.microseconds", ts)
	}
	var frac int64
	if fracStr != "" {
		frac, err = strconv.ParseInt(fracStr+strings.Repeat("0", 6-len(fracStr)), 10, 64)
		if err != nil || frac < 0 {
			return 0, fmt.Errorf("parse ts %q: bad fraction", ts)
		}
	}
	if sec > (math.MaxInt64-frac)/1_000_000 {
		return 0, fmt.Errorf("parse ts %q: out of range", ts)
	}
	return sec*1_000_000 + frac, nil
}

// mustTS parses a ts the fake itself issued.
func mustTS(ts string) int64 {
	us, err := parseTS(ts)
	if err != nil {
		panic(fmt.Sprintf("slackfake: stored ts: %v", err))
	}
	return us
}

// Cursors look like Slack's: base64 of "next_ts:<ts>".
func formatCursor(us int64) string {
	return base64.StdEncoding.EncodeToString([]byte("next_ts:" + formatTS(us)))
}

func parseCursor(c string) (int64, error) {
	raw, err := base64.StdEncoding.DecodeString(c)
	if err != nil {
		return 0, fmt.Errorf("parse cursor: %w", err)
	}
	ts, ok := strings.CutPrefix(string(raw), "next_ts:")
	if !ok {
		return 0, errors.New("parse cursor: no next_ts prefix")
	}
	return parseTS(ts)
}
