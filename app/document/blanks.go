package document

import (
	"regexp"
	"strings"
)

// blank is a place left to fill in by hand: a dotted line ("……", "....")
// or an ellipsis standing alone between spaces ("kết quả …", "ngày … tháng").
var blank = regexp.MustCompile(`…{2,}|\.{4,}|(^|\s)…(\s|$|[.,;:/)])`)

// Blanks lists the places of the body and the appendices' bodies left to
// fill in by hand, each with the words before it ("Cuộc họp kết thúc vào
// ……", or the heading it stands under), so that a paper is not numbered
// and issued with holes in it. The
// header, the title and an appendix's reference line are not read: their
// number and date are filled in when the paper is issued.
func (d *Document) Blanks() []string {
	var out []string
	heading := "" // the heading a blank with no words before it stands under
	look := func(s string) {
		if loc := blank.FindStringIndex(s); loc != nil {
			c := context(s, loc[0], loc[1])
			if strings.TrimSpace(s[:loc[0]]) == "" && heading != "" {
				c = "mục “" + heading + "”"
			}
			out = append(out, c)
		}
	}
	var blocks func([]Block)
	blocks = func(bs []Block) {
		for _, b := range bs {
			switch b := b.(type) {
			case Paragraph:
				var t strings.Builder
				for _, r := range b.Runs {
					t.WriteString(r.Text)
				}
				if b.KeepWithNext {
					heading = strings.TrimSpace(t.String())
				}
				look(t.String())
			case Table:
				for _, row := range b.Rows {
					for _, cell := range row {
						look(cell)
					}
				}
			}
		}
	}
	blocks(d.Body)
	for _, a := range d.Appendices {
		blocks(a.Body)
	}
	return out
}

// context is the blank at s[i:j] with up to six words before it.
func context(s string, i, j int) string {
	words := strings.Fields(s[:i])
	if len(words) > 6 {
		words = words[len(words)-6:]
	}
	return strings.TrimSpace(strings.Join(words, " ") + " " + strings.TrimSpace(s[i:j]))
}
