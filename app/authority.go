package app

import (
	"strings"

	"thidua/app/viet"
)

// Offices of the signers (Signer.Title).
const (
	OfficeChair     = "CHỦ TỊCH"
	OfficeViceChair = "PHÓ CHỦ TỊCH"
)

// DocCertificate is the Giấy khen: signed like the Chairman's decision it
// goes with.
const DocCertificate = "GK"

// DocCouncil is the authority of a paper the Hội đồng Thi đua - Khen
// thưởng issues in its own name: its Tờ trình to the Chairman for an award
// the Chairman himself decides. The council's chair signs it "TM. HỘI ĐỒNG"
// over "CHỦ TỊCH", a vice-chair over "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH".
const DocCouncil = "HĐ"

// committeePaper tells whether a paper of kind is the People's Committee's
// (signed on its behalf: TM. ỦY BAN NHÂN DÂN) rather than the Chairman's own
// (a decision of the Chairman and its certificate).
func committeePaper(kind string) bool {
	return kind != DocDecision && kind != DocCertificate && kind != DocCouncil
}

// IsChair tells whether s holds the Chairman's office.
func (s Signer) IsChair() bool { return viet.Upper(viet.Clean(s.Title)) == OfficeChair }

// IsViceChair tells whether s holds a Vice-Chairman's office.
func (s Signer) IsViceChair() bool { return viet.Upper(viet.Clean(s.Title)) == OfficeViceChair }

// Authority is the signing authority printed above the name of s on a
// paper of kind (NĐ 30/2020, Phụ lục I, mục 7): the Committee's papers are
// signed "TM. ỦY BAN NHÂN DÂN" over "CHỦ TỊCH", or over "KT. CHỦ TỊCH" /
// "PHÓ CHỦ TỊCH" by a Vice-Chairman; the Chairman's own decision and its
// certificates "CHỦ TỊCH", or "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"; the
// council's papers (DocCouncil) "TM. HỘI ĐỒNG" over the same lines, s then
// being a member of the council (CouncilSigners). It is nil for a signer
// with neither office: nobody else signs these papers.
func Authority(kind string, s Signer) []string {
	var out []string
	switch {
	case kind == DocCouncil:
		out = append(out, "TM. HỘI ĐỒNG")
	case committeePaper(kind):
		out = append(out, "TM. ỦY BAN NHÂN DÂN")
	}
	switch {
	case s.IsChair():
		return append(out, OfficeChair)
	case s.IsViceChair():
		return append(out, "KT. CHỦ TỊCH", OfficeViceChair)
	}
	return nil
}

// CouncilSigners are the members of the council as the signers of its own
// papers: the chair holds the office "CHỦ TỊCH", a vice-chair "PHÓ CHỦ
// TỊCH" (of the council, whatever their office in the commune), the other
// members their role, which signs nothing.
func CouncilSigners(council []CouncilMember) []Signer {
	var out []Signer
	for _, m := range council {
		title := RoleLabel(m.Role)
		switch m.Role {
		case RoleChair:
			title = OfficeChair
		case RoleViceChair:
			title = OfficeViceChair
		}
		out = append(out, Signer{ID: m.ID, FullName: m.FullName, Title: title, Active: m.Active})
	}
	return out
}

// SameLines tells whether two blocks of lines (an authority, the Kính gửi
// lines) say the same, ignoring case, spacing and empty lines.
func SameLines(a, b []string) bool {
	norm := func(ls []string) string {
		var out []string
		for _, l := range ls {
			if l = viet.Upper(strings.Join(strings.Fields(l), " ")); l != "" {
				out = append(out, l)
			}
		}
		return strings.Join(out, "\n")
	}
	return norm(a) == norm(b)
}

// DefaultSigner is who signs a paper unless the clerk chooses another: the
// active Chairman; ok is false when no active signer holds that office.
func DefaultSigner(ss []Signer) (Signer, bool) {
	for _, s := range ss {
		if s.Active && s.IsChair() {
			return s, true
		}
	}
	return Signer{}, false
}

// SignerNamed finds the signer called name (ignoring case and spacing).
func SignerNamed(ss []Signer, name string) (Signer, bool) {
	want := viet.Upper(viet.Clean(name))
	for _, s := range ss {
		if want != "" && viet.Upper(viet.Clean(s.FullName)) == want {
			return s, true
		}
	}
	return Signer{}, false
}

// WithPlanSigner returns p ready to print with a name under its signature:
// p itself when it names its signer, else a copy naming the active signer
// who holds the office its signing authority ends with (a Vice-Chairman
// for "PHÓ CHỦ TỊCH", else the Chairman). With no such signer on record p
// is returned as it is, its name left blank for the hand.
func WithPlanSigner(p *Plan, ss []Signer) *Plan {
	if p == nil || strings.TrimSpace(p.SignerName) != "" {
		return p
	}
	vice := false
	if n := len(p.SigningAuthority); n > 0 {
		vice = viet.Upper(viet.Clean(p.SigningAuthority[n-1])) == OfficeViceChair
	}
	for _, s := range ss {
		if s.Active && (vice && s.IsViceChair() || !vice && s.IsChair()) && viet.Clean(s.FullName) != "" {
			cp := *p
			cp.SignerName = viet.Clean(s.FullName)
			return &cp
		}
	}
	return p
}
