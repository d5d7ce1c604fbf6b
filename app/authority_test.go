package app

import (
	"strings"
	"testing"
)

func TestAuthorityFollowsSignerAndPaper(t *testing.T) {
	chair := Signer{FullName: "Trần Quang Minh", Title: "CHỦ TỊCH", Active: true}
	vice := Signer{FullName: "Nguyễn Văn Hòa", Title: "Phó Chủ tịch", Active: true}
	other := Signer{FullName: "Đỗ Thị Thu Trang", Title: "CÔNG CHỨC", Active: true}
	for _, c := range []struct {
		kind string
		s    Signer
		want string
	}{
		{DocProposal, chair, "TM. ỦY BAN NHÂN DÂN/CHỦ TỊCH"},
		{DocProposal, vice, "TM. ỦY BAN NHÂN DÂN/KT. CHỦ TỊCH/PHÓ CHỦ TỊCH"},
		{DocDecision, chair, "CHỦ TỊCH"},
		{DocDecision, vice, "KT. CHỦ TỊCH/PHÓ CHỦ TỊCH"},
		{DocCertificate, chair, "CHỦ TỊCH"},
		{DocProposal, other, ""},
		{DocCouncil, chair, "TM. HỘI ĐỒNG/CHỦ TỊCH"},
		{DocCouncil, vice, "TM. HỘI ĐỒNG/KT. CHỦ TỊCH/PHÓ CHỦ TỊCH"},
		{DocCouncil, other, ""},
	} {
		if got := strings.Join(Authority(c.kind, c.s), "/"); got != c.want {
			t.Errorf("%s signed by %s: %q, want %q", c.kind, c.s.Title, got, c.want)
		}
	}
}

// TestCouncilSignersByRole: on the council's papers its chair and
// vice-chairs sign by their role in the council, not their office in the
// commune; an ordinary member signs nothing.
func TestCouncilSignersByRole(t *testing.T) {
	ss := CouncilSigners([]CouncilMember{
		{ID: 4, FullName: "Vũ Đức Anh", Office: "Bí thư Đoàn xã", Role: RoleMember, Active: true},
		{ID: 3, FullName: "Đặng Văn Bình", Office: "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã", Role: RoleViceChair, Active: true},
		{ID: 1, FullName: "Trần Quang Minh", Office: "Chủ tịch UBND xã", Role: RoleChair, Active: true},
	})
	s, ok := DefaultSigner(ss)
	if !ok || s.ID != 1 || strings.Join(Authority(DocCouncil, s), "/") != "TM. HỘI ĐỒNG/CHỦ TỊCH" {
		t.Errorf("council chair %+v %v", s, ok)
	}
	if got := strings.Join(Authority(DocCouncil, ss[1]), "/"); got != "TM. HỘI ĐỒNG/KT. CHỦ TỊCH/PHÓ CHỦ TỊCH" {
		t.Errorf("council vice-chair signs %q", got)
	}
	if got := Authority(DocCouncil, ss[0]); got != nil {
		t.Errorf("a member of the council signs %q", got)
	}
}

func TestDefaultSignerIsTheChairmanNotTheFirst(t *testing.T) {
	ss := []Signer{{FullName: "Nguyễn Văn Hòa", Title: "PHÓ CHỦ TỊCH", Active: true},
		{FullName: "Cũ", Title: "CHỦ TỊCH"}, {FullName: "Trần Quang Minh", Title: "CHỦ TỊCH", Active: true}}
	s, ok := DefaultSigner(ss)
	if !ok || s.FullName != "Trần Quang Minh" {
		t.Fatalf("default signer %+v %v", s, ok)
	}
	if _, ok := DefaultSigner(ss[:1]); ok {
		t.Fatal("a Vice-Chairman alone is not the default signer")
	}
	if !SameLines([]string{"kt. chủ tịch", " PHÓ  CHỦ TỊCH"}, []string{"KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"}) {
		t.Fatal("same authority in other case and spacing")
	}
}

func TestWithPlanSigner(t *testing.T) {
	ss := []Signer{
		{FullName: "Lê Thị Cũ", Title: OfficeChair},
		{FullName: "Phạm Văn Phó", Title: OfficeViceChair, Active: true},
		{FullName: "Trần Quang Minh", Title: OfficeChair, Active: true},
	}
	p := &Plan{SigningAuthority: []string{"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"}}
	if got := WithPlanSigner(p, ss); got.SignerName != "Trần Quang Minh" || p.SignerName != "" {
		t.Errorf("chairman: %q (plan %q)", got.SignerName, p.SignerName)
	}
	vice := &Plan{SigningAuthority: []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Phó chủ tịch"}}
	if got := WithPlanSigner(vice, ss); got.SignerName != "Phạm Văn Phó" {
		t.Errorf("vice-chairman: %q", got.SignerName)
	}
	own := &Plan{SigningAuthority: p.SigningAuthority, SignerName: "Nguyễn Văn A"}
	if got := WithPlanSigner(own, ss); got != own {
		t.Errorf("a plan's own signer replaced: %q", got.SignerName)
	}
	if got := WithPlanSigner(p, ss[:1]); got != p || got.SignerName != "" {
		t.Errorf("no active chairman: %q", got.SignerName)
	}
}
