package screens

import (
	"strings"

	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/document"
	"thidua/app/dossier"
	"thidua/app/viet"
)

// The signer and the paper check of the composer: the clerk picks who
// signs the paper (the chair unless another is chosen) and the authority
// lines follow from that signer's office and the paper; the council's Tờ
// trình offers the council's chair and vice-chairs, the other papers the
// Committee's signers. Before "Cấp số và ban hành" the dialog lists what
// the paper check finds, the blocking findings first.

// signerLabel is how a signer shows in the picker: "Trần Quang Minh —
// CHỦ TỊCH", "Đặng Văn Bình — PHÓ CHỦ TỊCH HỘI ĐỒNG" on the council's paper.
func signerLabel(s app.Signer, council bool) string {
	label := viet.Clean(s.FullName) + " — " + viet.Clean(s.Title)
	if council {
		label += " HỘI ĐỒNG"
	}
	return label
}

// signerPicker is a choice of the active signers who can sign the paper
// that writes the chosen signer's name and authority for the paper into
// the composer's fields.
func (c *composer) signerPicker() *widget.Select {
	kind := c.snap.AuthorityKind()
	council := kind == app.DocCouncil
	ss, err := c.shell.desk().Signers(c.snap)
	if err != nil {
		return widget.NewSelect(nil, nil)
	}
	var labels []string
	byLabel := map[string]app.Signer{}
	for _, s := range ss {
		if s.Active && app.Authority(kind, s) != nil {
			labels = append(labels, signerLabel(s, council))
			byLabel[signerLabel(s, council)] = s
		}
	}
	pick := widget.NewSelect(labels, func(label string) {
		s, ok := byLabel[label]
		if !ok {
			return
		}
		c.signer.SetText(viet.Clean(s.FullName))
		c.authority.SetText(strings.Join(app.Authority(kind, s), "\n"))
	})
	pick.PlaceHolder = "Chọn người ký"
	if l := c.letter(); l != nil {
		if s, ok := app.SignerNamed(ss, l.SignerName); ok && s.Active && app.Authority(kind, s) != nil {
			pick.Selected = signerLabel(s, council)
		}
	}
	return pick
}

// checkText is the paper check of the draft as the dialog opened, for the
// clerk to read before issuing: "" when it finds nothing.
func (c *composer) checkText() string {
	if c.checked {
		return c.check
	}
	return paperCheckText(c.shell.desk(), c.snap, c.line)
}

// paperCheckText is checkText of snap, for the register line line.
func paperCheckText(desk *dossier.Desk, snap document.Snapshot, line app.Document) string {
	fs, err := desk.CheckPaper(snap, line)
	if err != nil || len(fs) == 0 {
		return ""
	}
	var lines []string
	for _, f := range fs {
		mark := "• "
		if f.Blocking {
			mark = "• Chưa ban hành được: "
		}
		lines = append(lines, mark+f.Message+" — sửa: "+f.Fix)
	}
	return strings.Join(lines, "\n")
}
