package app_test

import (
	"math"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"thidua/app"
)

const samplePath = "../assets/seed/sample.json"

func sampleLoad(t *testing.T) *app.Sample {
	t.Helper()
	b, err := os.ReadFile(samplePath)
	if err != nil {
		t.Fatalf("read sample: %v", err)
	}
	s, err := app.ParseSampleJSON(b)
	if err != nil {
		t.Fatalf("parse sample: %v", err)
	}
	return s
}

// sampleWithIDs returns the sample's participants with ids 1…n, as the
// loader would assign them, and the seed plan with criterion ids 1…m.
func sampleWithIDs(t *testing.T) (*app.Plan, []app.Participant) {
	t.Helper()
	p := seedLoadPlan(t)
	for i := range p.Criteria {
		p.Criteria[i].ID = int64(i + 1)
	}
	ps := sampleLoad(t).PlainParticipants()
	for i := range ps {
		ps[i].ID = int64(i + 1)
	}
	return p, ps
}

func TestSampleContent(t *testing.T) {
	s := sampleLoad(t)
	seedCheckNFC(t, s)

	o := s.Organisation
	if o.Name != "Ủy ban nhân dân xã Hòa Phong" || o.Level != app.LevelCommune || o.CouncilAbbr != "HĐTĐKT" || o.ClerkOffice != "Văn phòng - Thống kê" {
		t.Errorf("organisation: %+v", o)
	}
	titles := map[string]int{}
	for _, sg := range s.Signers {
		titles[sg.Title]++
		if sg.FullName == "" || !sg.Active || sg.ID != 0 {
			t.Errorf("signer %+v", sg)
		}
	}
	if titles["CHỦ TỊCH"] != 1 || titles["PHÓ CHỦ TỊCH"] != 2 {
		t.Errorf("signers' titles: %v", titles)
	}

	collectives := map[string]app.Participant{}
	perUnit := map[string]int{}
	var nColl, nInd, suspColl, suspInd, femaleHeavy int
	names := map[string]bool{}
	phone := regexp.MustCompile(`^0[35789][0-9]{8}$`)
	for _, sp := range s.Participants {
		p := sp.Participant
		if p.ID != 0 || p.UnitID != 0 {
			t.Errorf("%s: ids must be 0 in the sample", p.Name)
		}
		switch p.Kind {
		case app.KindCollective:
			nColl++
			collectives[p.Name] = p
			if p.Head == "" || p.Members <= 0 || p.Women < 0 || p.Women > p.Members {
				t.Errorf("collective %+v", p)
			}
			if float64(p.Women) >= 0.7*float64(p.Members) {
				femaleHeavy++
			}
			if p.Suspended {
				suspColl++
			}
		case app.KindIndividual:
			nInd++
			names[p.Name] = true
			if p.Gender != app.GenderMale && p.Gender != app.GenderFemale {
				t.Errorf("%s: gender %q", p.Name, p.Gender)
			}
			if len(p.BirthDate) != 10 || p.BirthDate < "1965-01-01" || p.BirthDate > "2000-12-31" {
				t.Errorf("%s: birth date %q", p.Name, p.BirthDate)
			}
			if p.Ethnicity == "" || p.Hometown == "" || !strings.HasSuffix(p.Residence, "xã Hòa Phong, tỉnh Hưng Yên") ||
				p.Position == "" || p.Qualification == "" || p.PoliticalTheory == "" {
				t.Errorf("individual %+v", p)
			}
			if !phone.MatchString(p.Phone) {
				t.Errorf("%s: phone %q", p.Name, p.Phone)
			}
			if sp.UnitName == "" && p.Unit == "" {
				t.Errorf("%s has no unit", p.Name)
			}
			if p.Suspended {
				suspInd++
			}
		default:
			t.Errorf("%s: kind %q", p.Name, p.Kind)
		}
		if p.Suspended && p.SuspendedNote == "" {
			t.Errorf("%s is suspended without a note", p.Name)
		}
	}
	if nColl < 10 || nInd < 35 {
		t.Errorf("%d collectives, %d individuals; want ≥ 10, ≥ 35", nColl, nInd)
	}
	if suspColl != 1 || suspInd != 1 {
		t.Errorf("suspended: %d collectives, %d individuals; want 1, 1", suspColl, suspInd)
	}
	if femaleHeavy == 0 {
		t.Error("no collective with ≥ 70 % women")
	}
	if !names["Nguyễn Văn Hòa"] || !names["Nguyễn Thị Hoà"] {
		t.Error(`the sample should hold both "Nguyễn Văn Hòa" and "Nguyễn Thị Hoà"`)
	}
	for _, sp := range s.Participants {
		if sp.UnitName == "" {
			continue
		}
		if _, ok := collectives[sp.UnitName]; !ok {
			t.Errorf("%s: unit %q is no collective of the sample", sp.Name, sp.UnitName)
		}
		perUnit[sp.UnitName]++
	}
	for unit, n := range perUnit {
		if c := collectives[unit]; c.Members < n {
			t.Errorf("%s has %d members but %d individuals", unit, c.Members, n)
		}
	}

	if len(s.Council) < 7 {
		t.Errorf("council of %d", len(s.Council))
	}
	roles := map[string]int{}
	for _, m := range s.Council {
		roles[m.Role]++
		if m.Participant == "" || !names[m.Participant] {
			t.Errorf("council member %q: participant %q", m.FullName, m.Participant)
		}
		if m.Collective != "" {
			if _, ok := collectives[m.Collective]; !ok {
				t.Errorf("council member %q: collective %q", m.FullName, m.Collective)
			}
		}
	}
	if roles[app.RoleChair] != 1 || roles[app.RoleSecretary] != 1 || roles[app.RoleViceChair] < 1 || roles[app.RoleMember] < 3 {
		t.Errorf("council roles %v", roles)
	}
}

func TestParseSampleJSONRejects(t *testing.T) {
	for name, in := range map[string]string{
		"unknown field":   `{"organisation":{},"bogus":[]}`,
		"bad unit":        `{"participants":[{"kind":"individual","name":"A","unit_name":"Không có"}]}`,
		"bad collective":  `{"council":[{"full_name":"A","collective":"Không có"}]}`,
		"bad participant": `{"council":[{"full_name":"A","participant":"Không có"}]}`,
		"bad kind":        `{"participants":[{"kind":"x","name":"A"}]}`,
		"duplicate":       `{"participants":[{"kind":"collective","name":"A"},{"kind":"collective","name":"A"}]}`,
	} {
		if s, err := app.ParseSampleJSON([]byte(in)); err == nil || s != nil {
			t.Errorf("%s: want an error, got %v", name, s)
		} else if !strings.Contains(err.Error(), "dữ liệu mẫu") {
			t.Errorf("%s: error not in Vietnamese: %v", name, err)
		}
	}
	ok := `{"participants":[{"kind":"collective","name":"A"},{"kind":"individual","name":"B","unit_name":"A"}],` +
		`"council":[{"full_name":"B","collective":"A","participant":"B"}]}`
	if _, err := app.ParseSampleJSON([]byte(ok)); err != nil {
		t.Errorf("valid sample refused: %v", err)
	}
}

func TestSampleScoresDeterministic(t *testing.T) {
	p, ps := sampleWithIDs(t)
	a := app.SampleScores(p, 7, ps)
	b := app.SampleScores(p, 7, append([]app.Participant(nil), ps...))
	if !reflect.DeepEqual(a, b) {
		t.Fatal("SampleScores differs between two calls with the same input")
	}
	if reflect.DeepEqual(a, app.SampleScores(p, 8, ps)) {
		t.Error("SampleScores gives the same scores for two rounds")
	}
}

func TestSampleScoresDistribution(t *testing.T) {
	p, ps := sampleWithIDs(t)
	ps[0].Archived = true // archived participants get no scores
	const round = 3
	scores := app.SampleScores(p, round, ps)

	maxOf := map[int64]float64{}
	kindOf := map[int64]app.Kind{}
	for _, c := range p.Criteria {
		maxOf[c.ID] = c.MaxPoints
		kindOf[c.ID] = c.Kind
	}
	byID := map[int64]app.Participant{}
	for _, pt := range ps {
		byID[pt.ID] = pt
	}
	type key struct{ pid, cid int64 }
	seen := map[key]bool{}
	totals := map[int64]float64{}
	var cells, inBand, selfHigher, selfEqual int
	for _, s := range scores {
		pt, ok := byID[s.ParticipantID]
		if !ok || pt.Archived {
			t.Fatalf("score for unknown or archived participant %d", s.ParticipantID)
		}
		if s.RoundID != round || s.MemberID != 0 || s.Self == nil || s.Council == nil {
			t.Fatalf("score %+v", s)
		}
		if kindOf[s.CriterionID] != pt.Kind {
			t.Fatalf("%s scored on a criterion of the other kind", pt.Name)
		}
		k := key{s.ParticipantID, s.CriterionID}
		if seen[k] {
			t.Fatalf("duplicate score %+v", k)
		}
		seen[k] = true
		mx := maxOf[s.CriterionID]
		for _, v := range []float64{*s.Self, *s.Council} {
			if v < 0 || v > mx || math.Mod(v*2, 1) != 0 {
				t.Errorf("%s: value %v not a multiple of 0.5 within 0…%v", pt.Name, v, mx)
			}
		}
		d := *s.Self - *s.Council
		switch {
		case d == 0:
			selfEqual++
		case d >= 0.5 && d <= 2:
			selfHigher++
		case d < -0.5 || d > 2:
			t.Errorf("%s: self %v vs council %v", pt.Name, *s.Self, *s.Council)
		}
		share := *s.Council / mx
		if share >= 0.75 && share <= 0.95 {
			inBand++
		}
		cells++
		totals[s.ParticipantID] += *s.Council
	}
	active := 0
	for _, pt := range ps {
		if pt.Archived {
			continue
		}
		active++
		if want := len(p.CriteriaOf(pt.Kind)); want > 0 {
			n := 0
			for _, c := range p.CriteriaOf(pt.Kind) {
				if seen[key{pt.ID, c.ID}] {
					n++
				}
			}
			if n != want {
				t.Errorf("%s: %d scores, want %d", pt.Name, n, want)
			}
		}
	}
	if len(totals) != active {
		t.Errorf("%d participants scored, want %d", len(totals), active)
	}
	if float64(inBand) < 0.5*float64(cells) {
		t.Errorf("only %d of %d council scores between 75 %% and 95 %% of the max", inBand, cells)
	}
	if selfEqual+selfHigher < cells*9/10 || selfEqual == 0 || selfHigher == 0 {
		t.Errorf("self-scores: %d equal, %d higher of %d", selfEqual, selfHigher, cells)
	}

	th := p.Thresholds
	count := map[string]int{}
	for id, total := range totals {
		pct := total / sampleSumMax(p, byID[id].Kind) * 100
		switch {
		case pct >= th.Excellent:
			count["xuat_sac"]++
		case pct >= th.Good:
			count["tot"]++
		case pct >= th.Pass:
			count["dat"]++
		default:
			count["khong_dat"]++
		}
	}
	t.Logf("classifications: %v", count)
	if count["xuat_sac"] == 0 || count["tot"] == 0 || count["dat"] == 0 {
		t.Errorf("classifications do not vary enough: %v", count)
	}
	if count["tot"] <= count["xuat_sac"] || count["tot"] <= count["dat"] {
		t.Errorf("Tốt should be the most common classification: %v", count)
	}
	if n := count["khong_dat"]; n < 1 || n > 2 {
		t.Errorf("want one or two Không đạt, got %d", n)
	}
}

func sampleSumMax(p *app.Plan, k app.Kind) float64 {
	s := 0.0
	for _, c := range p.CriteriaOf(k) {
		s += c.MaxPoints
	}
	return s
}

// TestSampleUnitsUnderTheirSuperior: the commune's Mặt trận and its
// mass organisations are led by the commune's Party committee, not the
// People's Committee, so their papers name it; the People's Committee's
// own offices and units keep no superior of their own.
func TestSampleUnitsUnderTheirSuperior(t *testing.T) {
	mass := map[string]bool{"Ủy ban Mặt trận Tổ quốc Việt Nam xã": true, "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã": true,
		"Hội Liên hiệp Phụ nữ xã": true, "Hội Nông dân xã": true, "Hội Cựu chiến binh xã": true}
	n := 0
	for _, p := range sampleLoad(t).PlainParticipants() {
		want := ""
		if mass[p.Name] {
			want, n = "Đảng ủy xã Hòa Phong", n+1
		}
		if p.Parent != want {
			t.Errorf("%s: superior %q, want %q", p.Name, p.Parent, want)
		}
	}
	if n != len(mass) {
		t.Errorf("%d of the %d mass organisations are in the sample", n, len(mass))
	}
}
