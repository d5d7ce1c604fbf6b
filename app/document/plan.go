package document

import (
	"fmt"
	"io"
	"strings"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

// IssuerLines splits an issuing authority's name into the lines of the
// header: "Ủy ban nhân dân xã Hòa Phong" gives "Ủy ban nhân dân" and
// "xã Hòa Phong" (printed ỦY BAN NHÂN DÂN / XÃ HÒA PHONG), as does "Hội đồng
// nhân dân …"; any other name is one line (wrapped if too long).
func IssuerLines(name string) []string {
	words := strings.Fields(viet.NFC(name))
	if len(words) > 4 {
		switch viet.Fold(strings.Join(words[:4], " ")) {
		case "uy ban nhan dan", "hoi dong nhan dan":
			return []string{strings.Join(words[:4], " "), strings.Join(words[4:], " ")}
		}
	}
	if len(words) == 0 {
		return nil
	}
	return []string{strings.Join(words, " ")}
}

// ParentLine returns the parent authority as the header prints it: the
// common phrases abbreviated as Nghị định 30/2020/NĐ-CP allows for the
// parent authority ("Ủy ban nhân dân tỉnh Hưng Yên" → "UBND tỉnh Hưng
// Yên"), so that it fits its column on one line.
func ParentLine(name string) string {
	words := strings.Fields(viet.NFC(name))
	if len(words) > 4 {
		switch viet.Fold(strings.Join(words[:4], " ")) {
		case "uy ban nhan dan":
			return "UBND " + strings.Join(words[4:], " ")
		case "hoi dong nhan dan":
			return "HĐND " + strings.Join(words[4:], " ")
		}
	}
	return strings.Join(words, " ")
}

// PlanDocument returns the Kế hoạch of plan p issued by org: the header
// from the organisation and the register (number blank and date blank while
// the plan is not issued), then the plan's blocks as Plan.Blocks gives them.
// Legal basis lines print as italic Căn cứ lines when they start with
// "Căn cứ", otherwise as ordinary paragraphs.
func PlanDocument(p *app.Plan, org app.Organisation) (*Document, error) {
	number, symbol := 0, viet.Clean(p.Symbol)
	if s := viet.Clean(p.Number); s != "" {
		n, sym, err := viet.ParseDocNumber(s)
		if err != nil {
			return nil, fmt.Errorf("số của kế hoạch: %w", err)
		}
		number = n
		if sym != "" {
			symbol = sym
		}
	}
	var date time.Time
	if s := strings.TrimSpace(p.IssuedOn); s != "" {
		t, err := viet.ParseISO(s)
		if err != nil {
			return nil, fmt.Errorf("ngày ban hành kế hoạch: %w", err)
		}
		date = t
	}
	d := &Document{Header: Header{
		Parent: ParentLine(org.Parent),
		Issuer: IssuerLines(org.Name),
		Number: number, Symbol: symbol,
		Place: org.Place, Date: date,
	}}
	var bottom Bottom
	for _, b := range p.Blocks() {
		switch b.Kind {
		case app.BlockTitle:
			d.Title.Kind = b.Text
		case app.BlockSubtitle:
			d.Title.Summary = b.Text
		case app.BlockLegalBasis:
			if strings.HasPrefix(b.Text, "Căn cứ") {
				d.Body = append(d.Body, Basis(b.Text))
			} else {
				d.Body = append(d.Body, Text(b.Text))
			}
		case app.BlockSection:
			d.Body = append(d.Body, Heading(1, b.Number, b.Text))
		case app.BlockHeading:
			if b.Label != "" {
				d.Body = append(d.Body, LeadIn(b.Lead(), b.Text))
			} else {
				d.Body = append(d.Body, Heading(2, b.Number, b.Text))
			}
		case app.BlockRecipient:
			bottom.Recipients = append(bottom.Recipients, b.String())
		case app.BlockAuthority:
			bottom.Right.Authority = append(bottom.Right.Authority, b.Text)
		case app.BlockSigner:
			bottom.Right.Name = b.Text
		default: // opening, points, items, paragraphs, the closing paragraph
			d.Body = append(d.Body, Text(b.String()))
		}
	}
	if len(bottom.Recipients) > 0 || len(bottom.Right.Authority) > 0 || bottom.Right.Name != "" {
		d.Bottom = &bottom
	}
	return d, nil
}

// PlanPDF writes the Kế hoạch of plan p issued by org as a PDF to w, with
// the given fonts and settings (zero fields take the defaults).
func PlanPDF(w io.Writer, p *app.Plan, org app.Organisation, fonts Fonts, s Settings) error {
	r, err := NewRenderer(fonts, s)
	if err != nil {
		return err
	}
	d, err := PlanDocument(p, org)
	if err != nil {
		return err
	}
	return r.Render(w, d)
}
