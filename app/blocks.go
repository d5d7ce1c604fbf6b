package app

import (
	"strconv"
	"strings"

	"thidua/app/viet"
)

// BlockKind tells what part of a document a Block is: it decides how the
// block is numbered and, when printed, how it looks.
type BlockKind int

// The kinds of block of a plan, in the order they appear.
const (
	BlockTitle      BlockKind = iota + 1 // the document type: KẾ HOẠCH
	BlockSubtitle                        // the trích yếu under it
	BlockLegalBasis                      // a legal basis line (Căn cứ …, Thực hiện …)
	BlockOpening                         // an opening paragraph before section I
	BlockSection                         // a level-1 heading; Number is its Roman numeral
	BlockHeading                         // a level-2 heading; Number is its Arabic number
	BlockPoint                           // a lettered point; Number is its letter (a, b, đ …)
	BlockItem                            // a bulleted item; Marker is "-" or "+"
	BlockParagraph                       // a plain paragraph inside a section
	BlockClosing                         // the plain paragraph that ends the body, if any
	BlockRecipient                       // a line of "Nơi nhận:"; Marker is "-"
	BlockAuthority                       // a line of the signing authority: TM. ỦY BAN NHÂN DÂN
	BlockSigner                          // the signer's full name
)

// RecipientsLabel is printed before the recipients (Nơi nhận) of a document.
const RecipientsLabel = "Nơi nhận:"

// Block is one printable paragraph of a document with its structure kept
// apart: Number is the numeral, number or letter the printer adds ("II", "1",
// "a"), Marker the bullet ("-", "+"), Label a lead-in printed before Text in
// the same paragraph ("Tập thể:", "Đối tượng khen thưởng:"), which a
// renderer may set in bold. Text never repeats the number, marker or label.
type Block struct {
	Kind   BlockKind
	Text   string
	Marker string
	Number string
	Label  string
}

// String returns the block as one line of plain text, as Paragraphs prints
// it: "II. NỘI DUNG THI ĐUA", "1. Đối tượng khen thưởng: Tập thể …",
// "a) Bằng khen …:", "+ Tập thể: Các ban …", "- Lưu: VT.".
func (b Block) String() string {
	var lead string
	switch b.Kind {
	case BlockSection, BlockHeading:
		lead = b.Number + "."
	case BlockPoint:
		lead = b.Number + ")"
	default:
		lead = b.Marker
	}
	return blockJoin(lead, b.Label, b.Text)
}

// Lead returns what String prints before Text: the number or marker and the
// label ("1. Đối tượng khen thưởng:", "+ Tập thể:"), or "" when there is
// none.
func (b Block) Lead() string {
	return strings.TrimSpace(strings.TrimSuffix(b.String(), b.Text))
}

// blockJoin joins the non-empty parts with single spaces.
func blockJoin(parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, " ")
}

// Blocks returns the plan's printable structure in document order: the
// title and subtitle, the legal basis and opening paragraphs, sections I to
// VI with their Roman numerals, sub-headings, lettered points, items and
// plain paragraphs (the last plain paragraph of the body, when the body ends
// with one, as BlockClosing), the recipients and the signature block
// (authority lines, then the signer's name when set). Empty sections are left
// out and the following sections numbered on; empty texts are skipped. The
// organisation header and the number and date line are not part of it.
func (p *Plan) Blocks() []Block {
	h := p.PrintHeadings()
	var out []Block
	add := func(b Block) {
		b.Text = strings.TrimSpace(b.Text)
		if b.Text == "" && b.Label == "" {
			return
		}
		out = append(out, b)
	}
	add(Block{Kind: BlockTitle, Text: p.DocTitle})
	add(Block{Kind: BlockSubtitle, Text: p.Subtitle})
	for _, s := range p.LegalBasis {
		add(Block{Kind: BlockLegalBasis, Text: s})
	}
	for _, s := range p.Opening {
		add(Block{Kind: BlockOpening, Text: s})
	}

	section := 0
	head := func(title string) {
		section++
		add(Block{Kind: BlockSection, Number: viet.Roman(section), Text: title})
	}
	heading := func(n int, label, text string) {
		if label == "" {
			add(Block{Kind: BlockHeading, Number: strconv.Itoa(n), Text: text})
			return
		}
		add(Block{Kind: BlockHeading, Number: strconv.Itoa(n), Label: label, Text: text})
	}
	items := func(items []Item, depth int) { out = planBlockItems(out, items, depth) }

	// I. Purposes and requirements.
	if planHasItems(p.Purposes) || planHasItems(p.Requirements) {
		head(h.Purposes)
		sub := 0
		if planHasItems(p.Purposes) {
			sub++
			heading(sub, "", h.Purpose)
			items(p.Purposes, 2)
		}
		if planHasItems(p.Requirements) {
			sub++
			heading(sub, "", h.Requirement)
			items(p.Requirements, 2)
		}
	}

	// II. Contents.
	if planHasItems(p.Contents) {
		head(h.Contents)
		items(p.Contents, 1)
	}

	// III. Participants and period.
	if p.ParticipantsIntro != "" || p.ParticipantsCollective != "" ||
		p.ParticipantsIndividual != "" || p.PeriodText != "" {
		head(h.Participants)
		add(Block{Kind: BlockItem, Marker: MarkerDash, Text: p.ParticipantsIntro})
		if p.ParticipantsCollective != "" {
			add(Block{Kind: BlockItem, Marker: MarkerPlus, Label: KindCollective.Label() + ":", Text: p.ParticipantsCollective})
		}
		if p.ParticipantsIndividual != "" {
			add(Block{Kind: BlockItem, Marker: MarkerPlus, Label: KindIndividual.Label() + ":", Text: p.ParticipantsIndividual})
		}
		if p.PeriodText != "" {
			add(Block{Kind: BlockItem, Marker: MarkerDash, Label: "Thời gian thi đua:", Text: p.PeriodText})
		}
	}

	// IV. Criteria, collectives first.
	if len(p.Criteria) > 0 {
		head(h.Criteria)
		for _, k := range []Kind{KindCollective, KindIndividual} {
			cs := p.CriteriaOf(k)
			if len(cs) == 0 {
				continue
			}
			add(Block{Kind: BlockItem, Marker: MarkerDash, Text: "Đối với " + strings.ToLower(k.Label()) + ":"})
			for _, c := range cs {
				add(Block{Kind: BlockItem, Marker: MarkerPlus, Text: p.criterionText(c)})
			}
		}
	}

	// V. Awards: subjects, standards, forms and quotas.
	if p.AwardSubjects != "" || p.AwardStandards != "" || planHasItems(p.StandardItems) || len(p.AwardForms) > 0 {
		head(h.Awards)
		sub := 0
		if p.AwardSubjects != "" {
			sub++
			heading(sub, h.AwardSubjects+":", p.AwardSubjects)
		}
		if p.AwardStandards != "" || planHasItems(p.StandardItems) {
			sub++
			heading(sub, h.AwardStandards+":", p.AwardStandards)
			items(p.StandardItems, 2)
		}
		if len(p.AwardForms) > 0 {
			sub++
			heading(sub, "", h.AwardForms+":")
			for i, f := range p.AwardForms {
				add(Block{Kind: BlockPoint, Number: viet.Letter(i + 1), Text: f.Name + ":"})
				qs := make([]Item, 0, len(f.Quotas))
				for _, q := range f.Quotas {
					qs = append(qs, q.Text)
				}
				items(qs, 3)
			}
		}
	}

	// VI. Implementation.
	if planHasItems(p.Implementation) {
		head(h.Implementation)
		items(p.Implementation, 1)
	}

	if n := len(out); n > 0 && out[n-1].Kind == BlockParagraph {
		out[n-1].Kind = BlockClosing
	}

	for _, r := range p.Recipients {
		add(Block{Kind: BlockRecipient, Marker: MarkerDash, Text: r})
	}
	for _, s := range p.SigningAuthority {
		add(Block{Kind: BlockAuthority, Text: s})
	}
	add(Block{Kind: BlockSigner, Text: p.SignerName})
	return out
}

// planBlockItems appends the blocks of items to out. depth is how deep the
// list sits: 1 directly under a section numeral (a "#" item is a numbered
// heading "1."), 2 under a numbered heading (a lettered point "a)"), 3 under
// a lettered point (a "-" item). Items without text are skipped.
func planBlockItems(out []Block, items []Item, depth int) []Block {
	n := 0
	for _, it := range items {
		text := strings.TrimSpace(it.Text)
		if text == "" {
			continue
		}
		b := Block{Kind: BlockItem, Marker: it.Marker, Text: text}
		switch it.Marker {
		case MarkerHeading:
			n++
			b.Marker = ""
			switch depth {
			case 1:
				b.Kind, b.Number = BlockHeading, strconv.Itoa(n)
			case 2:
				b.Kind, b.Number = BlockPoint, viet.Letter(n)
			default:
				b.Marker = MarkerDash
			}
		case MarkerNone:
			b.Kind = BlockParagraph
		}
		out = append(out, b)
	}
	return out
}

// planFlatten prints blocks one paragraph each, with the recipients' label
// before the first recipient.
func planFlatten(blocks []Block) []string {
	out := make([]string, 0, len(blocks)+1)
	labelled := false
	for _, b := range blocks {
		if b.Kind == BlockRecipient && !labelled {
			out = append(out, RecipientsLabel)
			labelled = true
		}
		out = append(out, b.String())
	}
	return out
}

// criterionText is a criterion as the plan prints it: its text, followed by
// its points before the closing stop when the plan prints points:
// "Xây dựng kế hoạch cụ thể (30 điểm).".
func (p *Plan) criterionText(c Criterion) string {
	if !p.PrintPoints || c.MaxPoints <= 0 {
		return c.Text
	}
	text := strings.TrimSpace(c.Text)
	stop := ""
	if n := len(text); n > 0 && (text[n-1] == '.' || text[n-1] == ';') {
		text, stop = text[:n-1], text[n-1:]
	}
	return text + " (" + viet.Decimal(c.MaxPoints) + " điểm)" + stop
}
