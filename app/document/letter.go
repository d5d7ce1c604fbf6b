package document

import (
	"sort"
	"strings"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

// Letter is what the commune's issued papers share: the issuer, the number
// in the register and the date (0 and "" print blanks for the hand), the
// Căn cứ lines, the clerk's added paragraphs, Nơi nhận and the signature.
// It is part of the snapshot kept in the register, so it is plain data.
type Letter struct {
	Org        app.Organisation `json:"org"`
	Number     int              `json:"number"`
	Date       string           `json:"date"` // ISO
	Bases      []string         `json:"bases"`
	Extra      []string         `json:"extra"`
	Recipients []string         `json:"recipients"`
	Authority  []string         `json:"authority"` // TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH
	SignerName string           `json:"signer_name"`
}

// header is the letter's header with the symbol of its kind ("TTr").
func (l Letter) header(kind string) Header {
	h := Header{Parent: ParentLine(l.Org.Parent), Issuer: IssuerLines(l.Org.Name), Number: l.Number,
		Symbol: viet.Symbol(kind, orDefault(l.Org.Abbreviation, "UBND")), Place: l.Org.Place}
	if t, err := viet.ParseISO(l.Date); err == nil {
		h.Date = t
	}
	return h
}

// created is the PDF date of an issued letter: noon of its date, so that
// the same letter prints to the same bytes.
func (l Letter) created() time.Time {
	t, err := viet.ParseISO(l.Date)
	if err != nil || l.Number == 0 {
		return time.Time{}
	}
	return t.Add(12 * time.Hour)
}

// bottom is Nơi nhận and the signature.
func (l Letter) bottom() *Bottom {
	return &Bottom{Recipients: l.Recipients, Right: Signature{Authority: l.Authority, Name: l.SignerName}}
}

// bases are the Căn cứ lines as paragraphs, then the clerk's paragraphs.
func (l Letter) bases() []Block {
	var out []Block
	for _, b := range l.Bases {
		if b = strings.TrimSpace(b); b != "" {
			out = append(out, Basis(b))
		}
	}
	return out
}

func (l Letter) extra() []Block {
	var out []Block
	for _, p := range l.Extra {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, Text(p))
		}
	}
	return out
}

// Reference is how an appendix or another paper names the letter: "Tờ
// trình số 12/TTr-UBND ngày 15 tháng 12 năm 2025 của Ủy ban nhân dân xã
// Hòa Phong", with blanks while it has no number or date.
func (l Letter) Reference(kindName, kind string) string {
	return l.referenceBy(kindName, kind, viet.Clean(l.Org.Name))
}

// referenceBy is Reference with the author of the paper named: the
// Chairman's decision is "của Chủ tịch Ủy ban nhân dân xã …".
func (l Letter) referenceBy(kindName, kind, author string) string {
	return l.referenceAs(kindName, viet.Symbol(kind, orDefault(l.Org.Abbreviation, "UBND")), author)
}

// referenceAs is referenceBy with the paper's symbol given: the council's
// Tờ trình is "…/TTr-HĐTĐKT".
func (l Letter) referenceAs(kindName, symbol, author string) string {
	number := viet.DocNumber(l.Number, symbol)
	date := "ngày" + blankDay + "tháng" + blankDay + "năm 20…"
	if t, err := viet.ParseISO(l.Date); err == nil {
		date = viet.DateWords(t)
	}
	ref := kindName + " số " + strings.TrimSpace(number) + " " + date
	if author != "" {
		ref += " của " + author
	}
	return ref
}

func orDefault(s, def string) string {
	if s = strings.TrimSpace(s); s == "" {
		return def
	}
	return s
}

// ListEntry is a line of a Danh sách: a collective or an individual with
// the award and a short account of the achievement.
type ListEntry struct {
	Kind         app.Kind `json:"kind"`
	Name         string   `json:"name"`
	PositionUnit string   `json:"position_unit"` // individuals: "Công chức Tư pháp - Hộ tịch, UBND xã"
	Achievement  string   `json:"achievement"`
	Award        string   `json:"award"`
	Note         string   `json:"note"`
	// RegisterNo is the award's number in the commune's register of
	// awards (sổ vàng), given when a decision is issued; 0 before.
	RegisterNo int `json:"register_no,omitempty"`
	// Drafted is set when Achievement is the record's own wording (the
	// round's score), not a text the clerk wrote.
	Drafted bool `json:"drafted,omitempty"`
}

// ListAppendix is the DANH SÁCH appended to a Tờ trình or a Quyết định:
// I. TẬP THỂ and II. CÁ NHÂN, each a table, individuals in Vietnamese name
// order (by given name) unless byRank keeps the order given.
func ListAppendix(title, reference string, entries []ListEntry, byRank bool) Appendix {
	cols, inds := listOrder(entries, byRank)
	a := Appendix{Landscape: true, Label: "DANH SÁCH", Title: title, Reference: reference}
	n := 0
	if len(cols) > 0 {
		n++
		a.Body = append(a.Body, Heading(1, viet.Roman(n), "Tập thể"), listTable(cols, false))
	}
	if len(inds) > 0 {
		n++
		a.Body = append(a.Body, Heading(1, viet.Roman(n), "Cá nhân"), listTable(inds, true))
	}
	return a
}

// listOrder is the order of a Danh sách, which the letter's own list
// follows too: the collectives, then the individuals, each by name (by
// the council's order with byRank).
func listOrder(entries []ListEntry, byRank bool) (cols, inds []ListEntry) {
	for _, e := range entries {
		if e.Kind == app.KindCollective {
			cols = append(cols, e)
		} else {
			inds = append(inds, e)
		}
	}
	if !byRank {
		sort.SliceStable(cols, func(i, j int) bool { return viet.CompareText(cols[i].Name, cols[j].Name) < 0 })
		sort.SliceStable(inds, func(i, j int) bool { return viet.CompareNames(inds[i].Name, inds[j].Name) < 0 })
	}
	return cols, inds
}

func listTable(es []ListEntry, people bool) Table {
	t := Table{Columns: []Column{{Title: "STT", Width: 0.5, Align: AlignCenter}, {Title: "Tên tập thể", Width: 2.6}}}
	if people {
		t.Columns[1].Title = "Họ và tên"
		t.Columns[1].Width = 1.8
		t.Columns = append(t.Columns, Column{Title: "Chức vụ, đơn vị công tác", Width: 2.2})
	}
	t.Columns = append(t.Columns, Column{Title: "Thành tích tóm tắt", Width: 3.4}, Column{Title: "Hình thức", Width: 1.6},
		Column{Title: "Ghi chú", Width: 0.9})
	for i, e := range es {
		row := []string{itoa(i + 1), e.Name}
		if people {
			row = append(row, e.PositionUnit)
		}
		t.Rows = append(t.Rows, append(row, e.Achievement, e.Award, e.Note))
	}
	return t
}

// countText words how many collectives and individuals a list has: "01
// tập thể và 02 cá nhân", "03 cá nhân".
func countText(entries []ListEntry) string {
	c, i := kinds(entries)
	return countPhrase(c, i, pad2)
}

// countPhrase words a count of collectives and individuals with num
// writing each number: "01 tập thể và 02 cá nhân" (pad2), "3 cá nhân"
// (itoa); a count of nought is not written, "" when both are.
func countPhrase(collectives, individuals int, num func(int) string) string {
	var parts []string
	if collectives > 0 {
		parts = append(parts, num(collectives)+" tập thể")
	}
	if individuals > 0 {
		parts = append(parts, num(individuals)+" cá nhân")
	}
	return strings.Join(parts, " và ")
}

// whoText names who a list holds, for a title: "tập thể, cá nhân", or
// "tập thể" or "cá nhân" alone when the list holds only one kind.
func whoText(entries []ListEntry) string {
	switch c, i := kinds(entries); {
	case c > 0 && i == 0:
		return "tập thể"
	case i > 0 && c == 0:
		return "cá nhân"
	}
	return "tập thể, cá nhân"
}

// kinds counts the collectives and the individuals of a list.
func kinds(entries []ListEntry) (collectives, individuals int) {
	for _, e := range entries {
		if e.Kind == app.KindCollective {
			collectives++
		} else {
			individuals++
		}
	}
	return collectives, individuals
}

func pad2(n int) string {
	if n < 10 {
		return "0" + itoa(n)
	}
	return itoa(n)
}
