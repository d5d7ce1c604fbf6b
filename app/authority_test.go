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
	} {
		if got := strings.Join(Authority(c.kind, c.s), "/"); got != c.want {
			t.Errorf("%s signed by %s: %q, want %q", c.kind, c.s.Title, got, c.want)
		}
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
