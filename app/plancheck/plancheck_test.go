package plancheck

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"thidua/app"
)

// loc is what a test expects of a finding: its rule and where it is.
type loc struct{ Rule, Where string }

func locs(fs []Finding) []loc {
	out := make([]loc, 0, len(fs))
	for _, f := range fs {
		out = append(out, loc{f.Rule, f.Where})
	}
	return out
}

func readPlan(t *testing.T, path string) *app.Plan {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := app.ParsePlanJSON(b)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func seedPlan(t *testing.T) (*app.Plan, app.Organisation) {
	t.Helper()
	p := readPlan(t, "../../assets/seed/plan.json")
	b, err := os.ReadFile("../../assets/seed/sample.json")
	if err != nil {
		t.Fatal(err)
	}
	s, err := app.ParseSampleJSON(b)
	if err != nil {
		t.Fatal(err)
	}
	return p, s.Organisation
}

// cleanOrg is the commune of testdata/clean-plan.json.
var cleanOrg = app.Organisation{
	Name: "Ủy ban nhân dân xã Tân Lập", ShortName: "UBND xã Tân Lập", Parent: "Ủy ban nhân dân tỉnh Phú Thọ",
	Place: "Tân Lập", Abbreviation: "UBND", Level: app.LevelCommune,
	CouncilName: "Hội đồng Thi đua - Khen thưởng xã", CouncilAbbr: "HĐTĐKT",
}

// cleanPlan returns a fresh copy of testdata/clean-plan.json.
func cleanPlan(t *testing.T) *app.Plan {
	t.Helper()
	return readPlan(t, filepath.Join("testdata", "clean-plan.json"))
}

func TestSeedPlanFindsExactlyTheKnownDefects(t *testing.T) {
	p, org := seedPlan(t)
	got := Check(p, org)
	want := []loc{
		{RuleMissingNumber, "Số, ký hiệu của kế hoạch"},
		{RuleMissingDate, "Địa danh, ngày tháng năm ban hành (Hòa Phong, ngày … tháng … năm …)"},
		{RuleIssuerAbolished, "Mục V.3.b — Giấy khen của Chủ tịch UBND thị xã"},
		{RuleIssuerMismatch, "Mục V.3.c — Giấy khen của Chủ tịch UBND xã"},
		{RuleMisspelling, "Mục VI.1 — Hội đồng thi đua khen thưởng xã, ý thứ 2"},
	}
	if !reflect.DeepEqual(locs(got), want) {
		t.Fatalf("seed findings:\n%s\nwant %v", dump(got), want)
	}
	contains := map[string][]string{
		RuleMissingNumber:   {"chưa có số", "sổ văn bản đi"},
		RuleMissingDate:     {"chưa có ngày ban hành", "ngày bắt đầu"},
		RuleIssuerAbolished: {"01/07/2025", "năm 2025", "năm 2026", "tổng kết", "Giấy khen của Chủ tịch UBND xã", "129/2025"},
		RuleIssuerMismatch:  {"cấp xã", "đoạn khen thưởng hằng năm và đoạn khen thưởng tổng kết", "Chủ tịch Ủy ban nhân dân thị xã", "trên địa bàn thị xã"},
		RuleMisspelling:     {"minh mạch", "minh bạch"},
	}
	for _, f := range got {
		for _, s := range contains[f.Rule] {
			if !strings.Contains(f.Message+" "+f.Fix, s) {
				t.Errorf("%s: %q lacks %q", f.Rule, f.String(), s)
			}
		}
		if f.Message == "" || f.Fix == "" {
			t.Errorf("%s: empty message or fix", f.Rule)
		}
	}
	// The round of 2024 was decided before the reform: not among the
	// affected rounds, but named as the one the form may stay for.
	if ab := got[2]; strings.Contains(ab.Message, "2024") || !strings.Contains(ab.Fix, "năm 2024") {
		t.Errorf("issuer-abolished names 2024 wrongly: %s", ab)
	}
	if f := got[4]; f.Fix != "Sửa thành “minh bạch”." {
		t.Errorf("misspelling fix = %q", f.Fix)
	}

	// Without an organisation the same defects are found; only the date
	// line has no place name.
	bare := Check(p, app.Organisation{})
	want[1].Where = "Địa danh, ngày tháng năm ban hành"
	if !reflect.DeepEqual(locs(bare), want) {
		t.Fatalf("seed findings without organisation:\n%s", dump(bare))
	}
	// Deterministic.
	if again := Check(p, org); !reflect.DeepEqual(again, got) {
		t.Fatal("Check is not deterministic")
	}
}

func TestSeedPlanAfterNormalize(t *testing.T) {
	// The screens check a plan that went through Normalize (quotas and rounds
	// in canonical order, texts cleaned): the findings are the same.
	p, org := seedPlan(t)
	want := locs(Check(p, org))
	p.Normalize()
	if got := locs(Check(p, org)); !reflect.DeepEqual(got, want) {
		t.Fatalf("after Normalize:\n%v\nwant %v", got, want)
	}
}

func TestCleanPlanHasNoFindings(t *testing.T) {
	for _, org := range []app.Organisation{cleanOrg, {}} {
		if got := Check(cleanPlan(t), org); len(got) != 0 {
			t.Fatalf("clean plan:\n%s", dump(got))
		}
	}
	p := cleanPlan(t)
	p.Normalize()
	if err := p.Validate(); err != nil {
		t.Fatalf("clean plan does not validate: %v", err)
	}
	if got := Check(p, cleanOrg); len(got) != 0 {
		t.Fatalf("normalised clean plan:\n%s", dump(got))
	}
}

// setQuotaTexts rewrites the paragraphs of form i.
func setQuotaTexts(p *app.Plan, i int, from, to string) {
	for j := range p.AwardForms[i].Quotas {
		q := &p.AwardForms[i].Quotas[j]
		q.Text.Text = strings.ReplaceAll(q.Text.Text, from, to)
	}
}

func TestEachRuleOnAMutatedCleanPlan(t *testing.T) {
	const (
		formA = "Mục V.3.a — Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"
		formB = "Mục V.3.b — Giấy khen của Chủ tịch Ủy ban nhân dân xã"
	)
	tests := []struct {
		name     string
		org      *app.Organisation
		mutate   func(p *app.Plan)
		want     []loc
		contains []string // in the message or fix of the first finding
	}{
		{
			name: "issuer mismatch: body names the district chairman",
			mutate: func(p *app.Plan) {
				setQuotaTexts(p, 1, "Chủ tịch Ủy ban nhân dân xã", "Chủ tịch UBND huyện")
			},
			want:     []loc{{RuleIssuerMismatch, formB}},
			contains: []string{"đoạn khen thưởng hằng năm và đoạn khen thưởng tổng kết", "Chủ tịch Ủy ban nhân dân huyện", "cấp huyện", "“Chủ tịch Ủy ban nhân dân xã”"},
		},
		{
			name: "issuer mismatch: one paragraph names the province, with its territory",
			mutate: func(p *app.Plan) {
				q := &p.AwardForms[1].Quotas[0]
				q.Text.Text = "Khen thưởng hằng năm: Chủ tịch Ủy ban nhân dân tỉnh tặng Giấy khen cho 02 tập thể và 05 cá nhân có thành tích tiêu biểu trong toàn tỉnh."
			},
			want:     []loc{{RuleIssuerMismatch, formB}},
			contains: []string{"đoạn khen thưởng hằng năm lại ghi", "cấp tỉnh", "trên địa bàn tỉnh", "Sửa đoạn khen thưởng hằng năm"},
		},
		{
			name:     "issuer mismatch: the Người tặng field disagrees with the name",
			mutate:   func(p *app.Plan) { p.AwardForms[0].Issuer = "Chủ tịch Ủy ban nhân dân xã" },
			want:     []loc{{RuleIssuerMismatch, formA}},
			contains: []string{"ô Người tặng", "cấp tỉnh"},
		},
		{
			name: "issuer abolished: a district form after 01/07/2025",
			mutate: func(p *app.Plan) {
				f := &p.AwardForms[1]
				f.Name, f.Issuer, f.IssuerLevel = "Giấy khen của Chủ tịch UBND huyện", "Chủ tịch Ủy ban nhân dân huyện", app.LevelDistrict
				setQuotaTexts(p, 1, "Ủy ban nhân dân xã", "Ủy ban nhân dân huyện")
				setQuotaTexts(p, 1, "trên địa bàn xã", "trên địa bàn huyện")
			},
			want:     []loc{{RuleIssuerAbolished, "Mục V.3.b — Giấy khen của Chủ tịch UBND huyện"}},
			contains: []string{"đợt năm 2025 (bình xét 15/12/2025), đợt năm 2026 (bình xét 15/12/2026) và đợt tổng kết (bình xét 22/12/2026)", "Giấy khen của Chủ tịch UBND xã"},
		},
		{
			name: "issuer abolished: a ward's plan is told to use the ward chairman",
			org: &app.Organisation{Name: "Ủy ban nhân dân phường Nông Trang", Parent: "Ủy ban nhân dân tỉnh Phú Thọ",
				Place: "Nông Trang", Level: app.LevelCommune},
			mutate: func(p *app.Plan) {
				f := &p.AwardForms[1]
				f.Name, f.Issuer, f.IssuerLevel = "Giấy khen của Chủ tịch UBND thị xã", "Chủ tịch UBND thị xã", app.LevelDistrict
				setQuotaTexts(p, 1, "Ủy ban nhân dân xã", "Ủy ban nhân dân thị xã")
			},
			want:     []loc{{RuleIssuerAbolished, "Mục V.3.b — Giấy khen của Chủ tịch UBND thị xã"}},
			contains: []string{"cấp huyện (thị xã)", "Giấy khen của Chủ tịch UBND phường"},
		},
		{
			name: "issuer abolished and mismatch: level set to district by mistake",
			mutate: func(p *app.Plan) {
				p.AwardForms[1].IssuerLevel = app.LevelDistrict
			},
			want:     []loc{{RuleIssuerMismatch, formB}, {RuleIssuerAbolished, formB}},
			contains: []string{"ô Cấp khen thưởng"},
		},
		{
			name: "thành phố alone is a city of the province: district level",
			mutate: func(p *app.Plan) {
				f := &p.AwardForms[1]
				f.Name, f.Issuer, f.IssuerLevel = "Giấy khen của Chủ tịch UBND thành phố", "Chủ tịch UBND thành phố", app.LevelDistrict
				setQuotaTexts(p, 1, "Ủy ban nhân dân xã", "Ủy ban nhân dân thành phố")
			},
			want: []loc{{RuleIssuerAbolished, "Mục V.3.b — Giấy khen của Chủ tịch UBND thành phố"}},
		},
		{
			name: "thành phố under a centrally-run city is the province",
			org:  &app.Organisation{Name: "Ủy ban nhân dân xã Sóc Sơn", Parent: "Ủy ban nhân dân thành phố Hà Nội", Place: "Sóc Sơn"},
			mutate: func(p *app.Plan) {
				f := &p.AwardForms[0]
				f.Name, f.Issuer = "Bằng khen của Chủ tịch UBND thành phố", "Chủ tịch Ủy ban nhân dân thành phố Hà Nội"
				setQuotaTexts(p, 0, "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân thành phố")
			},
			want: nil,
		},
		{
			name: "misspelling in a content item",
			mutate: func(p *app.Plan) {
				p.Contents[4].Text += " Vận động các hộ dân sát nhập thửa ruộng nhỏ."
			},
			want:     []loc{{RuleMisspelling, "Mục II.2 — Thi đua xây dựng kết cấu hạ tầng và cảnh quan môi trường, ý thứ 1"}},
			contains: []string{"“sát nhập”", "Sửa thành “sáp nhập”."},
		},
		{
			name: "misspelling in a criterion",
			mutate: func(p *app.Plan) {
				p.Criteria[5].Text = "Nổ lực tham gia, vận động người dân tham gia xây dựng nông thôn mới."
			},
			want:     []loc{{RuleMisspelling, "Mục IV — Tiêu chí đối với cá nhân, tiêu chí thứ 2"}},
			contains: []string{"“Nổ lực”", "Sửa thành “Nỗ lực”."},
		},
		{
			name: "misspelling in a quota paragraph and in the Căn cứ",
			mutate: func(p *app.Plan) {
				setQuotaTexts(p, 1, "tiêu biểu", "tiêu biễu")
				p.LegalBasis[2] += " Bổ xung."
			},
			want: []loc{
				{RuleMisspelling, "Căn cứ, dòng 3"},
				{RuleMisspelling, formB + ", đoạn khen thưởng hằng năm"},
			},
		},
		{
			name:     "missing quota for the final round",
			mutate:   func(p *app.Plan) { p.AwardForms[0].Quotas = p.AwardForms[0].Quotas[:1] },
			want:     []loc{{RuleMissingQuota, formA}},
			contains: []string{"tổng kết"},
		},
		{
			name:   "a form given only at the final round",
			mutate: func(p *app.Plan) { p.AwardForms[0].Quotas = p.AwardForms[0].Quotas[1:] },
			want:   nil,
		},
		{
			name: "zero quota for the annual rounds",
			mutate: func(p *app.Plan) {
				q := &p.AwardForms[1].Quotas[0]
				q.Collectives, q.Individuals = 0, 0
			},
			want:     []loc{{RuleMissingQuota, formB + ", đoạn khen thưởng hằng năm"}},
			contains: []string{"bằng 0"},
		},
		{
			name: "no criteria for individuals",
			mutate: func(p *app.Plan) {
				p.Criteria = p.CriteriaOf(app.KindCollective)
			},
			want:     []loc{{RuleMissingCriteria, "Mục IV — Tiêu chí đối với cá nhân"}},
			contains: []string{"“Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh” và “Giấy khen của Chủ tịch Ủy ban nhân dân xã”"},
		},
		{
			name:   "no criteria at all",
			mutate: func(p *app.Plan) { p.Criteria = nil },
			want: []loc{
				{RuleMissingCriteria, "Tiêu chí đối với tập thể (kế hoạch chưa có mục tiêu chí thi đua)"},
				{RuleMissingCriteria, "Tiêu chí đối với cá nhân (kế hoạch chưa có mục tiêu chí thi đua)"},
			},
		},
		{
			name:   "missing number",
			mutate: func(p *app.Plan) { p.Number = "" },
			want:   []loc{{RuleMissingNumber, "Số, ký hiệu của kế hoạch"}},
		},
		{
			name:     "missing date",
			mutate:   func(p *app.Plan) { p.IssuedOn = "" },
			want:     []loc{{RuleMissingDate, "Địa danh, ngày tháng năm ban hành (Tân Lập, ngày … tháng … năm …)"}},
			contains: []string{"chưa có ngày ban hành"},
		},
		{
			name:     "unreadable date",
			mutate:   func(p *app.Plan) { p.IssuedOn = "2025-02-30" },
			want:     []loc{{RuleMissingDate, "Địa danh, ngày tháng năm ban hành (Tân Lập, ngày … tháng … năm …)"}},
			contains: []string{"2025-02-30"},
		},
		{
			name: "Căn cứ cites the replaced decree",
			mutate: func(p *app.Plan) {
				p.LegalBasis[1] = "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;"
			},
			want:     []loc{{RuleDecreeReplaced, "Căn cứ, dòng 2"}},
			contains: []string{"kế hoạch ban hành ngày 12/08/2025", "Viện dẫn Nghị định 152/2025/NĐ-CP ngày 14/6/2025 thay cho Nghị định 98/2023/NĐ-CP."},
		},
		{
			name: "Căn cứ cites a decree replaced twice",
			mutate: func(p *app.Plan) {
				p.LegalBasis[1] = "Căn cứ Nghị định 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ;"
			},
			want:     []loc{{RuleDecreeReplaced, "Căn cứ, dòng 2"}},
			contains: []string{"98/2023/NĐ-CP ngày 31/12/2023 từ 01/01/2024, rồi bởi Nghị định 152/2025/NĐ-CP", "Viện dẫn Nghị định 152/2025/NĐ-CP ngày 14/6/2025 thay cho Nghị định 91/2017/NĐ-CP."},
		},
		{
			name: "a plan of 2024 citing Nghị định 98/2023 in its rounds after the reform",
			mutate: func(p *app.Plan) {
				p.IssuedOn = "2024-03-01"
				p.Opening[0] = "Thực hiện NĐ 98/2023 về thi đua, khen thưởng, " + p.Opening[0]
			},
			want:     []loc{{RuleDecreeReplaced, "Phần mở đầu, đoạn 1"}},
			contains: []string{"kế hoạch có đợt năm 2025 (bình xét 15/12/2025)"},
		},
		{
			name: "a plan of 2024 citing Nghị định 98/2023 before the reform is fine",
			mutate: func(p *app.Plan) {
				p.IssuedOn = "2024-03-01"
				p.LegalBasis[1] = "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ;"
				p.PeriodEnd = "2024-12-31"
				p.Subtitle = strings.NewReplacer("2025", "2024", "2026", "2024").Replace(p.Subtitle)
				p.PeriodText = strings.NewReplacer("2025", "2024", "2026", "2024").Replace(p.PeriodText)
				p.Rounds = []app.Round{
					{Key: "2024", Kind: app.RoundAnnual, Name: "Năm 2024", StartsOn: "2024-03-01", EndsOn: "2024-12-31", DecidedOn: "2024-12-15"},
					{Key: "final", Kind: app.RoundFinal, Name: "Tổng kết", StartsOn: "2024-03-01", EndsOn: "2024-12-31", DecidedOn: "2024-12-20"},
				}
			},
			want: nil,
		},
		{
			name: "a plan copied from last year's keeps its years",
			mutate: func(p *app.Plan) {
				p.IssuedOn, p.PeriodStart, p.PeriodEnd = "2027-01-10", "", "2028-12-31"
				p.Rounds = []app.Round{
					{Key: "2027", Kind: app.RoundAnnual, Name: "Năm 2027", StartsOn: "2027-01-10", EndsOn: "2027-12-31"},
					{Key: "2026", Kind: app.RoundAnnual, Name: "Năm 2026", StartsOn: "2026-01-01", EndsOn: "2026-12-31"},
				}
			},
			want: []loc{{RulePeriodYears, "Trích yếu nội dung kế hoạch"}, {RulePeriodYears, "Mục III — Thời gian thi đua"},
				{RulePeriodYears, "Mục III — Thời gian thi đua"}},
			contains: []string{"ngoài thời gian thi đua của kế hoạch (2027–2028)"},
		},
		{
			name:     "period ends before the plan's date",
			mutate:   func(p *app.Plan) { p.PeriodEnd = "2025-06-30" },
			want:     []loc{{RulePeriodOrder, "Mục III — Thời gian thi đua"}},
			contains: []string{"30/06/2025", "ngày ban hành kế hoạch 12/08/2025"},
		},
		{
			name: "award form for nobody",
			mutate: func(p *app.Plan) {
				p.AwardForms[1].ForCollectives, p.AwardForms[1].ForIndividuals = false, false
			},
			want: []loc{{RuleFormNoKind, formB}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := cleanPlan(t)
			tt.mutate(p)
			org := cleanOrg
			if tt.org != nil {
				org = *tt.org
			}
			got := Check(p, org)
			t.Log("\n" + dump(got))
			if !reflect.DeepEqual(locs(got), tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
				t.Fatalf("findings:\n%s\nwant %v", dump(got), tt.want)
			}
			for _, s := range tt.contains {
				if !strings.Contains(got[0].Message+" "+got[0].Fix, s) {
					t.Errorf("%q lacks %q", got[0].String(), s)
				}
			}
		})
	}
}

func TestEmptyAndNilPlans(t *testing.T) {
	if got := Check(nil, cleanOrg); got != nil {
		t.Fatalf("nil plan: %v", got)
	}
	got := Check(&app.Plan{}, app.Organisation{})
	want := []loc{{RuleMissingNumber, "Số, ký hiệu của kế hoạch"}, {RuleMissingDate, "Địa danh, ngày tháng năm ban hành"}}
	if !reflect.DeepEqual(locs(got), want) {
		t.Fatalf("empty plan:\n%s", dump(got))
	}
	// A new plan from the editor: no number or date yet, a form that is
	// given to both kinds and no criteria.
	p := app.NewPlan("Thi đua chung sức xây dựng nông thôn mới", 2025, 2026)
	p.AwardForms = []app.AwardForm{{Name: "Giấy khen của Chủ tịch Ủy ban nhân dân xã", Issuer: "Chủ tịch Ủy ban nhân dân xã",
		IssuerLevel: app.LevelCommune, ForCollectives: true, ForIndividuals: true}}
	got = Check(p, cleanOrg)
	rules := map[string]int{}
	for _, f := range got {
		rules[f.Rule]++
	}
	if want := map[string]int{RuleMissingNumber: 1, RuleMissingDate: 1, RuleMissingCriteria: 2, RuleMissingQuota: 2}; !reflect.DeepEqual(rules, want) {
		t.Fatalf("new plan:\n%s", dump(got))
	}
}

func TestFindingString(t *testing.T) {
	f := Finding{Rule: RuleMisspelling, Where: "Mục VI.1 — Hội đồng, ý thứ 2", Message: "Viết sai chính tả “minh mạch”.", Fix: "Sửa thành “minh bạch”."}
	if got, want := f.String(), "Mục VI.1 — Hội đồng, ý thứ 2: Viết sai chính tả “minh mạch”. — Gợi ý: Sửa thành “minh bạch”."; got != want {
		t.Fatalf("String() = %q, want %q", got, want)
	}
	if got := (Finding{Message: "M"}).String(); got != "M" {
		t.Fatalf("String() without where and fix = %q", got)
	}
}

// TestRulesAreGeneral makes sure no rule names the seed document: its
// commune, district, province or movement appear nowhere in the code.
func TestRulesAreGeneral(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range []string{"Hòa Phong", "Hoà Phong", "Mỹ Hào", "Hưng Yên", "dân vận", "267/KH", "Đẩy mạnh công tác"} {
			if strings.Contains(string(b), s) {
				t.Errorf("%s names the seed document: %q", name, s)
			}
		}
	}
}

func TestCleanPlanFileIsCanonicalJSON(t *testing.T) {
	// The test plan must round-trip (no unknown fields, nothing lost).
	p := cleanPlan(t)
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := app.ParsePlanJSON(b); err != nil {
		t.Fatal(err)
	}
}

func dump(fs []Finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString("  " + f.Rule + " | " + f.String() + "\n")
	}
	return b.String()
}

// TestLocationsFollowThePrintedNumbering compares the numbering of the
// locations with app.Plan.Paragraphs, so that the two cannot drift apart:
// every numbered heading a location names (Mục V.3.c — …) is printed with
// that number under the same section and sub-heading.
func TestLocationsFollowThePrintedNumbering(t *testing.T) {
	seed, _ := seedPlan(t)
	renumbered := cleanPlan(t)
	renumbered.Criteria, renumbered.Purposes = nil, nil
	sectionRe := regexp.MustCompile(`^([IVXLCDM]+)\. `)
	subRe := regexp.MustCompile(`^(\d+)\. `)
	pointRe := regexp.MustCompile(`^([a-zđ]+)\) `)
	for name, p := range map[string]*app.Plan{"seed": seed, "clean": cleanPlan(t), "renumbered": renumbered} {
		// The number path of every numbered printed line: "V.3.c".
		path := map[string]string{}
		var sec, sub, point string
		for _, line := range p.Paragraphs() {
			switch {
			case sectionRe.MatchString(line):
				sec, sub, point = sectionRe.FindStringSubmatch(line)[1], "", ""
			case subRe.MatchString(line):
				sub, point = subRe.FindStringSubmatch(line)[1], ""
			case pointRe.MatchString(line):
				point = pointRe.FindStringSubmatch(line)[1]
			default:
				continue
			}
			path[line] = strings.Join(slices.DeleteFunc([]string{sec, sub, point}, func(s string) bool { return s == "" }), ".")
		}
		checked := 0
		for _, s := range newLayout(p, app.Organisation{}).segs {
			rest, ok := strings.CutPrefix(s.where, "Mục ")
			if !ok || s.text == "" {
				continue
			}
			num := strings.Fields(rest)[0]
			parts := strings.Split(num, ".")
			last := parts[len(parts)-1]
			var line string
			switch {
			case strings.HasSuffix(rest, " (tiêu đề)"):
				line = last + ". " + s.text
				if len(parts) == 2 && !strings.HasSuffix(s.text, ":") {
					for l := range path {
						if strings.HasPrefix(l, line+":") {
							line = l // 1. Đối tượng khen thưởng: …
						}
					}
				}
			case len(parts) >= 2 && rest == num+" — "+short(s.text):
				if _, err := strconv.Atoi(last); err == nil {
					line = last + ". " + s.text
				} else if strings.HasPrefix(s.key, "form:") {
					line = last + ") " + s.text + ":"
				} else {
					line = last + ") " + s.text
				}
			default:
				continue
			}
			checked++
			if got, ok := path[line]; !ok || got != num {
				t.Errorf("%s: location %q, but %q is printed as %q", name, s.where, line, got)
			}
		}
		if checked < 10 {
			t.Errorf("%s: only %d numbered locations checked", name, checked)
		}
	}
}

// A new plan started from the seed for other years names no year of the
// seed's movement where the check looks; the seed itself with only its
// dates moved is flagged.
func TestPlanFromTheSeedForOtherYears(t *testing.T) {
	seed, org := seedPlan(t)
	p := app.FromTemplate(seed, app.NewPlan("Chung sức xây dựng nông thôn mới", 2027, 2028))
	for _, f := range Check(p, org) {
		if f.Rule == RulePeriodYears {
			t.Errorf("new plan: %s: %s", f.Where, f.Message)
		}
	}
	seed.PeriodStart, seed.PeriodEnd = "2027-01-01", "2028-12-31"
	n := 0
	for _, f := range Check(seed, org) {
		if f.Rule == RulePeriodYears {
			n++
		}
	}
	if n == 0 {
		t.Error("the seed with new dates but its old title and rounds was not flagged")
	}
}
