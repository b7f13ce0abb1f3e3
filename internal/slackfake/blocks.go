package slackfake

import (
	"encoding/json"
	"net/url"
	"strings"
	"unicode/utf8"
)

// Block Kit limits the fake enforces, as Slack documents them. A renderer that
// breaks one gets Slack's answer ("invalid_blocks") in tests instead of in
// production.
const (
	maxBlockIDLen       = 255
	maxHeaderText       = 150
	maxSectionText      = 3000
	maxSectionFields    = 10
	maxFieldText        = 2000
	maxContextElements  = 10
	maxActionsElements  = 25
	maxTextObjectLength = 3000
)

// textObject is a Block Kit text composition object.
type textObject struct {
	Type string `json:"type"`
	Text string `json:"text"`
}

// block holds the fields of a block the fake checks; other fields and
// unknown block types pass through unchecked.
type block struct {
	Type     string            `json:"type"`
	BlockID  string            `json:"block_id"`
	Text     *textObject       `json:"text"`
	Fields   []textObject      `json:"fields"`
	Elements []json.RawMessage `json:"elements"`
}

// checkBlocks validates a JSON array of blocks against Slack's limits,
// returning the number of blocks and Slack's error code ("" when valid).
func checkBlocks(raw []byte, maxBlocks int) (int, string) {
	var blocks []block
	if err := json.Unmarshal(raw, &blocks); err != nil {
		return 0, "invalid_blocks_format"
	}
	if len(blocks) > maxBlocks {
		return len(blocks), "invalid_blocks"
	}
	for _, b := range blocks {
		if !b.valid() {
			return len(blocks), "invalid_blocks"
		}
	}
	return len(blocks), ""
}

func (b block) valid() bool {
	if b.Type == "" || utf8.RuneCountInString(b.BlockID) > maxBlockIDLen {
		return false
	}
	switch b.Type {
	case "header":
		return b.Text != nil && b.Text.Type == "plain_text" && b.Text.valid(maxHeaderText)
	case "section":
		if b.Text == nil && len(b.Fields) == 0 {
			return false
		}
		if b.Text != nil && !b.Text.valid(maxSectionText) {
			return false
		}
		if len(b.Fields) > maxSectionFields {
			return false
		}
		for _, f := range b.Fields {
			if !f.valid(maxFieldText) {
				return false
			}
		}
		return true
	case "context":
		return len(b.Elements) > 0 && len(b.Elements) <= maxContextElements
	case "actions":
		if len(b.Elements) == 0 || len(b.Elements) > maxActionsElements {
			return false
		}
		for _, e := range b.Elements {
			var el element
			if json.Unmarshal(e, &el) != nil || !el.valid() {
				return false
			}
		}
		return true
	default:
		return true
	}
}

// element holds the fields of an interactive element the fake checks.
type element struct {
	Type string `json:"type"`
	URL  string `json:"url"`
}

// maxButtonURL is Block Kit's limit on a button's url.
const maxButtonURL = 3000

// valid checks a button's url: at most 3000 characters and a well-formed
// URL, with nothing a URL may not hold raw (space, controls, '"', '<', '>',
// '|', …), as Slack refuses such blocks with invalid_blocks.
func (e element) valid() bool {
	if e.Type != "button" || e.URL == "" {
		return true
	}
	if len(e.URL) > maxButtonURL {
		return false
	}
	for _, r := range e.URL {
		if r <= ' ' || r >= 0x7f || strings.ContainsRune("\"<>\\^`{|}", r) {
			return false
		}
	}
	u, err := url.Parse(e.URL)
	return err == nil && u.Host != "" && (u.Scheme == "http" || u.Scheme == "https")
}

// valid reports whether t is a plain_text or mrkdwn object of 1..max characters.
func (t textObject) valid(maxLen int) bool {
	if t.Type != "plain_text" && t.Type != "mrkdwn" {
		return false
	}
	n := utf8.RuneCountInString(t.Text)
	return n >= 1 && n <= min(maxLen, maxTextObjectLength)
}
