package app_test

import (
	"reflect"
	"strings"
	"testing"

	"thidua/app"
)

func TestSeedBlocksStructure(t *testing.T) {
	p := seedLoadPlan(t)
	bs := p.Blocks()
	count := map[app.BlockKind]int{}
	var sections []string
	for _, b := range bs {
		count[b.Kind]++
		if b.Kind == app.BlockSection {
			sections = append(sections, b.Number)
		}
	}
	if bs[0].Kind != app.BlockTitle || bs[0].Text != "KẾ HOẠCH" || bs[1].Kind != app.BlockSubtitle {
		t.Errorf("first blocks %+v %+v", bs[0], bs[1])
	}
	if bs[2].Kind != app.BlockLegalBasis || !strings.HasPrefix(bs[2].Text, "Thực hiện Kế hoạch số 267") {
		t.Errorf("legal basis block %+v", bs[2])
	}
	if !reflect.DeepEqual(sections, []string{"I", "II", "III", "IV", "V", "VI"}) {
		t.Errorf("sections %q", sections)
	}
	want := map[app.BlockKind]int{app.BlockTitle: 1, app.BlockSubtitle: 1, app.BlockLegalBasis: 1, app.BlockOpening: 2,
		app.BlockSection: 6, app.BlockClosing: 1, app.BlockRecipient: 7, app.BlockAuthority: 3, app.BlockSigner: 0, app.BlockPoint: 3}
	for k, n := range want {
		if count[k] != n {
			t.Errorf("kind %d: %d blocks, want %d", k, count[k], n)
		}
	}

	closing := -1
	for i, b := range bs {
		if b.Kind == app.BlockClosing {
			closing = i
		}
	}
	if closing < 0 || bs[closing+1].Kind != app.BlockRecipient || !strings.HasSuffix(bs[closing].Text, "quyết định./.") {
		t.Errorf("closing paragraph at %d", closing)
	}

	find := func(kind app.BlockKind, number, label string) app.Block {
		t.Helper()
		for _, b := range bs {
			if b.Kind == kind && b.Number == number && b.Label == label {
				return b
			}
		}
		t.Fatalf("no block kind %d number %q label %q", kind, number, label)
		return app.Block{}
	}
	v1 := find(app.BlockHeading, "1", "Đối tượng khen thưởng:")
	if !strings.HasPrefix(v1.Text, "Tập thể, cá nhân") || v1.Lead() != "1. Đối tượng khen thưởng:" {
		t.Errorf("V.1 %+v lead %q", v1, v1.Lead())
	}
	col := find(app.BlockItem, "", "Tập thể:")
	if col.Marker != "+" || col.String() != "+ Tập thể: Các ban, ngành đoàn thể, các đơn vị có liên quan xã." {
		t.Errorf("collectives item %+v → %q", col, col.String())
	}
	if b := find(app.BlockPoint, "c", ""); b.String() != "c) Giấy khen của Chủ tịch UBND xã:" {
		t.Errorf("point c: %q", b.String())
	}
	if b := find(app.BlockHeading, "2", ""); b.Text != "Yêu cầu" || b.Lead() != "2." {
		t.Errorf("I.2 %+v lead %q", b, b.Lead())
	}
	for _, b := range bs {
		if b.Text != strings.TrimSpace(b.Text) || strings.HasPrefix(b.Text, "- ") || strings.HasPrefix(b.Text, "+ ") {
			t.Errorf("block text keeps its marker or spaces: %+v", b)
		}
	}
}

func TestParagraphsFlattenBlocks(t *testing.T) {
	p := seedLoadPlan(t)
	p.SignerName = "Nguyễn Văn A"
	bs, paras := p.Blocks(), p.Paragraphs()
	if len(paras) != len(bs)+1 { // + "Nơi nhận:"
		t.Fatalf("%d paragraphs for %d blocks", len(paras), len(bs))
	}
	j := 0
	for _, b := range bs {
		if b.Kind == app.BlockRecipient && paras[j] == app.RecipientsLabel {
			j++
		}
		if paras[j] != b.String() {
			t.Errorf("paragraph %d %q, block %q", j, paras[j], b.String())
		}
		j++
	}
	if last := bs[len(bs)-1]; last.Kind != app.BlockSigner || last.Text != "Nguyễn Văn A" {
		t.Errorf("last block %+v", last)
	}
}

func TestBlocksEmptyPlan(t *testing.T) {
	p := &app.Plan{DocTitle: "KẾ HOẠCH", Implementation: []app.Item{{Marker: "#", Text: "Văn phòng"}, {Text: "Đoạn kết./."}}}
	got := p.Paragraphs()
	want := []string{"KẾ HOẠCH", "I. TỔ CHỨC THỰC HIỆN", "1. Văn phòng", "Đoạn kết./."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs %q, want %q", got, want)
	}
	bs := p.Blocks()
	if bs[len(bs)-1].Kind != app.BlockClosing {
		t.Errorf("last block %+v", bs[len(bs)-1])
	}
	p.Implementation = append(p.Implementation, app.Item{Marker: "-", Text: "Mục"})
	if bs := p.Blocks(); bs[len(bs)-1].Kind != app.BlockItem || bs[len(bs)-2].Kind != app.BlockParagraph {
		t.Errorf("a body ending with an item has no closing paragraph: %+v", bs)
	}
}

// A plan whose text gives the criteria's points prints them after each
// criterion, before its closing stop; a plan that does not, does not.
func TestBlocksPrintPoints(t *testing.T) {
	p := app.NewPlan("Thi đua chung sức xây dựng nông thôn mới", 2025, 2026)
	p.Criteria = []app.Criterion{
		{Kind: app.KindCollective, Text: "Hoàn thành chỉ tiêu xây dựng nông thôn mới.", MaxPoints: 30},
		{Kind: app.KindCollective, Text: "Vệ sinh môi trường", MaxPoints: 12.5},
	}
	want := []string{"+ Hoàn thành chỉ tiêu xây dựng nông thôn mới (30 điểm).", "+ Vệ sinh môi trường (12,5 điểm)"}
	for _, print := range []bool{true, false} {
		p.PrintPoints = print
		paras := strings.Join(p.Paragraphs(), "\n")
		for _, w := range want {
			if got := strings.Contains(paras, w); got != print {
				t.Errorf("PrintPoints=%v: %q printed = %v", print, w, got)
			}
		}
	}
}
