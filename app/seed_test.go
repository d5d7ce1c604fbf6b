package app_test

import (
	"math"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"thidua/app"
)

const (
	seedPlanPath   = "../assets/seed/plan.json"
	seedSourcePath = "../assets/seed/plan-source.txt"
)

// seedLoadPlan reads and parses assets/seed/plan.json.
func seedLoadPlan(t *testing.T) *app.Plan {
	t.Helper()
	b, err := os.ReadFile(seedPlanPath)
	if err != nil {
		t.Fatalf("read seed plan: %v", err)
	}
	p, err := app.ParsePlanJSON(b)
	if err != nil {
		t.Fatalf("parse seed plan: %v", err)
	}
	return p
}

// seedStrings returns every string reachable from v with its path.
func seedStrings(v any) map[string]string {
	out := map[string]string{}
	var walk func(path string, v reflect.Value)
	walk = func(path string, v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer, reflect.Interface:
			if !v.IsNil() {
				walk(path, v.Elem())
			}
		case reflect.String:
			out[path] = v.String()
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if v.Type().Field(i).IsExported() {
					walk(path+"."+v.Type().Field(i).Name, v.Field(i))
				}
			}
		case reflect.Slice, reflect.Array:
			if v.Type().Elem().Kind() == reflect.Uint8 {
				return
			}
			for i := 0; i < v.Len(); i++ {
				walk(path+"["+strconv.Itoa(i)+"]", v.Index(i))
			}
		}
	}
	walk("", reflect.ValueOf(v))
	return out
}

// seedCheckNFC fails for every string of v that is not in NFC or has
// surrounding or doubled spaces.
func seedCheckNFC(t *testing.T, v any) {
	t.Helper()
	for path, s := range seedStrings(v) {
		if !norm.NFC.IsNormalString(s) {
			t.Errorf("%s is not NFC: %q", path, s)
		}
		if s != strings.TrimSpace(s) || strings.Contains(s, "  ") {
			t.Errorf("%s has stray spaces: %q", path, s)
		}
	}
}

func TestSeedPlanStructure(t *testing.T) {
	p := seedLoadPlan(t)
	if p.Status != app.PlanActive || p.Symbol != "KH-UBND" || p.Number != "" || p.IssuedOn != "" {
		t.Errorf("header fields: status %q symbol %q number %q issued %q", p.Status, p.Symbol, p.Number, p.IssuedOn)
	}
	if !strings.Contains(p.Subtitle, "“"+p.MovementName+"”") {
		t.Errorf("subtitle does not quote the movement name")
	}
	if got := []int{len(p.LegalBasis), len(p.Opening), len(p.Purposes), len(p.Requirements), len(p.Contents)}; !reflect.DeepEqual(got, []int{1, 2, 4, 2, 6}) {
		t.Errorf("legal basis, opening, purposes, requirements, contents = %v, want [1 2 4 2 6]", got)
	}
	for _, list := range [][]app.Item{p.Purposes, p.Requirements, p.Contents} {
		for _, it := range list {
			if it.Marker != app.MarkerDash {
				t.Errorf("item %q: marker %q, want -", it.Text, it.Marker)
			}
		}
	}
	if p.PeriodEnd != "2026-12-31" || p.PeriodStart != "" {
		t.Errorf("period %q…%q", p.PeriodStart, p.PeriodEnd)
	}

	for _, k := range []app.Kind{app.KindCollective, app.KindIndividual} {
		cs := p.CriteriaOf(k)
		want := map[app.Kind]int{app.KindCollective: 7, app.KindIndividual: 2}[k]
		if len(cs) != want {
			t.Errorf("%s criteria: %d, want %d", k, len(cs), want)
		}
		sum := 0.0
		for _, c := range cs {
			sum += c.MaxPoints
			if c.MaxPoints <= 0 || math.Mod(c.MaxPoints*2, 1) != 0 {
				t.Errorf("criterion %q: max points %v not a positive multiple of 0.5", c.ShortText, c.MaxPoints)
			}
			if c.ShortText == "" || len([]rune(c.ShortText)) > 40 {
				t.Errorf("criterion %q: short text %q", c.Text, c.ShortText)
			}
		}
		if sum != 100 {
			t.Errorf("%s criteria sum to %v, want 100", k, sum)
		}
	}
	// Collectives come first, as printed.
	for i, c := range p.Criteria {
		if (i < 7) != (c.Kind == app.KindCollective) {
			t.Errorf("criterion %d has kind %s", i, c.Kind)
		}
	}

	if len(p.StandardItems) != 2 || p.StandardItems[0].Marker != "" || p.StandardItems[1].Marker != "-" {
		t.Errorf("standard items: %+v", p.StandardItems)
	}
	if len(p.AwardForms) != 3 {
		t.Fatalf("award forms: %d, want 3", len(p.AwardForms))
	}
	for _, f := range p.AwardForms {
		if !f.ForCollectives || !f.ForIndividuals || f.VoteMethod != app.VoteSecret || f.VoteBase != app.BaseAllMembers {
			t.Errorf("form %q: %+v", f.ShortName, f)
		}
		for _, rk := range []app.RoundKind{app.RoundAnnual, app.RoundFinal} {
			q, ok := f.QuotaFor(rk)
			if !ok {
				t.Errorf("form %q has no %s quota", f.ShortName, rk)
				continue
			}
			if q.Text.Text == "" {
				t.Errorf("form %q %s quota has no text", f.ShortName, rk)
			}
		}
		if len(f.Quotas) != 2 {
			t.Errorf("form %q has %d quotas", f.ShortName, len(f.Quotas))
		}
	}
	bk := p.AwardForms[0]
	if bk.IssuerLevel != app.LevelProvince || bk.MinClassification != app.ClassExcellent || bk.VoteThreshold != 90 {
		t.Errorf("Bằng khen: %+v", bk)
	}
	qa, _ := bk.QuotaFor(app.RoundAnnual)
	qf, _ := bk.QuotaFor(app.RoundFinal)
	if !qa.Combined() || qa.Total != 1 || qa.AtMost || !qf.Combined() || qf.Total != 1 || !qf.AtMost {
		t.Errorf("Bằng khen quotas: %+v / %+v", qa, qf)
	}
	if !strings.Contains(qf.Text.Text, "không quá 01") {
		t.Errorf("final Bằng khen quota text lost its wording: %q", qf.Text.Text)
	}
	for i, lvl := range []app.Level{app.LevelDistrict, app.LevelCommune} {
		f := p.AwardForms[i+1]
		if f.IssuerLevel != lvl || f.MinClassification != app.ClassGood || f.VoteThreshold != 70 {
			t.Errorf("form %q: %+v", f.ShortName, f)
		}
		for _, q := range f.Quotas {
			if q.Combined() || q.Collectives != 1 || q.Individuals != 2 || q.AtMost {
				t.Errorf("form %q quota %+v", f.ShortName, q)
			}
		}
	}

	var markers []string
	for _, it := range p.Implementation {
		markers = append(markers, it.Marker)
	}
	if strings.Join(markers, ",") != "#,-,-,#,-,-,-," {
		t.Errorf("implementation markers %q", markers)
	}
	if len(p.Recipients) != 7 || p.Recipients[0] != "Phòng Nội vụ thị xã Mỹ Hào;" || p.Recipients[6] != "Lưu: VT." {
		t.Errorf("recipients: %q", p.Recipients)
	}
	if !reflect.DeepEqual(p.SigningAuthority, []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"}) {
		t.Errorf("signing authority: %q", p.SigningAuthority)
	}
	if p.Headings != app.DefaultHeadings {
		t.Errorf("headings differ from the defaults: %+v", p.Headings)
	}
	if p.Thresholds != app.DefaultThresholds {
		t.Errorf("thresholds: %+v", p.Thresholds)
	}
	if len(p.Rounds) != 4 {
		t.Fatalf("rounds: %d, want 4", len(p.Rounds))
	}
	for _, key := range []string{"2024", "2025", "2026", app.RoundFinalKey} {
		r, ok := p.RoundByKey(key)
		if !ok {
			t.Errorf("no round %q", key)
			continue
		}
		wantKind := app.RoundAnnual
		if key == app.RoundFinalKey {
			wantKind = app.RoundFinal
		}
		if r.Kind != wantKind || r.StartsOn == "" || r.EndsOn == "" || r.DecidedOn == "" || r.StartsOn > r.EndsOn {
			t.Errorf("round %q: %+v", key, r)
		}
	}
	seedCheckNFC(t, p)
}

func TestSeedPlanKeepsDefects(t *testing.T) {
	p := seedLoadPlan(t)
	var impl []string
	for _, it := range p.Implementation {
		impl = append(impl, it.Text)
	}
	if !strings.Contains(strings.Join(impl, "\n"), "minh mạch") {
		t.Error(`VI.1 should keep "minh mạch" as in the source`)
	}
	c := p.AwardForms[2]
	if c.Name != "Giấy khen của Chủ tịch UBND xã" {
		t.Errorf("form c) name %q", c.Name)
	}
	for _, q := range c.Quotas {
		if !strings.Contains(q.Text.Text, "Chủ tịch Ủy ban nhân dân thị xã tặng") {
			t.Errorf("form c) quota text should keep the source's issuer: %q", q.Text.Text)
		}
	}
}

var seedSpaces = regexp.MustCompile(`\s+`)

func seedCollapse(s string) string { return strings.TrimSpace(seedSpaces.ReplaceAllString(s, " ")) }

func TestSeedPlanVerbatim(t *testing.T) {
	src, err := os.ReadFile(seedSourcePath)
	if err != nil {
		t.Fatal(err)
	}
	text := seedCollapse(string(src))
	paras := seedLoadPlan(t).Paragraphs()
	pos := 0
	for i, para := range paras {
		para = seedCollapse(para)
		j := strings.Index(text[pos:], para)
		if j < 0 {
			t.Fatalf("paragraph %d not found (in order) in the source: %q", i, para)
		}
		pos += j + len(para)
	}
	joined := seedSpaces.ReplaceAllString(strings.Join(paras, ""), "")
	bare := seedSpaces.ReplaceAllString(string(src), "")
	if joined != bare {
		k := 0
		for k < len(joined) && k < len(bare) && joined[k] == bare[k] {
			k++
		}
		t.Errorf("paragraphs do not cover the source exactly; first difference at byte %d:\n got  …%s\n want …%s",
			k, seedAround(joined, k), seedAround(bare, k))
	}
}

func seedAround(s string, k int) string {
	lo, hi := max(0, k-40), min(len(s), k+40)
	return strings.ToValidUTF8(s[lo:hi], "")
}

func TestSeedParagraphsNumbering(t *testing.T) {
	paras := seedLoadPlan(t).Paragraphs()
	want := []string{"KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu", "II. NỘI DUNG THI ĐUA",
		"III. ĐỐI TƯỢNG, THỜI GIAN THI ĐUA", "- Đối tượng thi đua", "IV. TIÊU CHÍ THI ĐUA", "- Đối với tập thể:",
		"- Đối với cá nhân:", "V. ĐỐI TƯỢNG, TIÊU CHUẨN, HÌNH THỨC VÀ SỐ LƯỢNG KHEN THƯỞNG",
		"3. Hình thức khen thưởng và số lượng:", "a) Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh:",
		"b) Giấy khen của Chủ tịch UBND thị xã:", "c) Giấy khen của Chủ tịch UBND xã:", "VI. TỔ CHỨC THỰC HIỆN",
		"1. Hội đồng thi đua khen thưởng xã", "2. Công chức Văn phòng UBND xã", "Nơi nhận:", "- Lưu: VT.", "PHÓ CHỦ TỊCH"}
	i := 0
	for _, p := range paras {
		if i < len(want) && p == want[i] {
			i++
		}
	}
	if i < len(want) {
		t.Errorf("paragraph %q missing or out of order", want[i])
	}
	if paras[len(paras)-1] != "PHÓ CHỦ TỊCH" {
		t.Errorf("last paragraph %q", paras[len(paras)-1])
	}
}

func TestSeedParagraphsRenumber(t *testing.T) {
	p := seedLoadPlan(t)
	p.Purposes, p.Requirements = nil, nil // section I disappears
	p.AwardSubjects = ""                  // V.1 disappears
	p.AwardForms = p.AwardForms[1:]
	paras := p.Paragraphs()
	joined := "\n" + strings.Join(paras, "\n") + "\n"
	for _, s := range []string{"\nI. NỘI DUNG THI ĐUA\n", "\nV. TỔ CHỨC THỰC HIỆN\n",
		"\n1. Tiêu chuẩn khen thưởng: ", "\n2. Hình thức khen thưởng và số lượng:\n",
		"\na) Giấy khen của Chủ tịch UBND thị xã:\n", "\nb) Giấy khen của Chủ tịch UBND xã:\n"} {
		if !strings.Contains(joined, s) {
			t.Errorf("renumbered paragraphs lack %q", strings.TrimSpace(s))
		}
	}
}

func TestParsePlanJSONStrict(t *testing.T) {
	for name, in := range map[string]string{
		"unknown field": `{"id":0,"bogus":1}`,
		"syntax":        `{"id":0,}`,
		"type":          `{"id":"x"}`,
		"truncated":     `{"id":0`,
		"empty":         ``,
		"trailing":      `{"id":0} {}`,
	} {
		p, err := app.ParsePlanJSON([]byte(in))
		if err == nil || p != nil {
			t.Errorf("%s: want an error, got %v, %v", name, p, err)
			continue
		}
		if !strings.Contains(err.Error(), "kế hoạch") {
			t.Errorf("%s: error not in Vietnamese: %v", name, err)
		}
	}
}

func TestSeedPlanValidates(t *testing.T) {
	if err := seedLoadPlan(t).Validate(); err != nil {
		t.Errorf("the seed plan does not validate: %v", err)
	}
}
