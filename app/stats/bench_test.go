package stats

import (
	"fmt"
	"testing"

	"thidua/app"
)

// benchInput is a plan of three annual rounds with 100 collectives and
// 10,000 individuals scored on every criterion in each, and a nomination
// for one in fifty of them.
func benchInput() Input {
	p := &app.Plan{ID: 1, MovementName: "Thi đua", Thresholds: app.DefaultThresholds,
		AwardForms: []app.AwardForm{{ID: 1, Name: "Giấy khen", ForCollectives: true, ForIndividuals: true,
			Quotas: []app.Quota{{RoundKind: app.RoundAnnual, Collectives: 5, Individuals: 50}}}}}
	for i := range 7 {
		p.Criteria = append(p.Criteria, app.Criterion{ID: int64(i + 1), Kind: app.KindCollective, MaxPoints: 14})
	}
	for i := range 10 {
		p.Criteria = append(p.Criteria, app.Criterion{ID: int64(i + 11), Kind: app.KindIndividual, MaxPoints: 10})
	}
	var parts []app.Participant
	for i := range 100 {
		parts = append(parts, app.Participant{ID: int64(i + 1), Kind: app.KindCollective, Name: fmt.Sprintf("Đơn vị %03d", i), Members: 20, Women: i % 20})
	}
	family := []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"}
	given := []string{"An", "Ánh", "Bình", "Cường", "Dũng", "Đức", "Hà", "Hương", "Lan", "Minh"}
	for i := range 10000 {
		parts = append(parts, app.Participant{ID: int64(i + 101), Kind: app.KindIndividual, UnitID: int64(i%100 + 1),
			Name: fmt.Sprintf("%s Văn %s %d", family[i%10], given[(i/10)%10], i), Gender: []string{app.GenderMale, app.GenderFemale}[i%2]})
	}
	in := Input{Plan: p, Parts: parts}
	for y := range 3 {
		rd := app.Round{ID: int64(y + 1), Key: fmt.Sprint(2024 + y), Kind: app.RoundAnnual, Name: fmt.Sprint("Năm ", 2024+y)}
		p.Rounds = append(p.Rounds, rd)
		ri := RoundInput{Round: rd}
		for _, pt := range parts {
			for _, c := range p.CriteriaOf(pt.Kind) {
				v := float64((int(pt.ID)*7+int(c.ID)*3+y)%int(c.MaxPoints*2+1)) / 2
				ri.Scores = append(ri.Scores, app.Score{RoundID: rd.ID, ParticipantID: pt.ID, CriterionID: c.ID, Council: &v})
			}
			if pt.ID%50 == 0 {
				ri.Noms = append(ri.Noms, app.Nomination{RoundID: rd.ID, AwardFormID: 1, ParticipantID: pt.ID,
					Status: []string{app.NomAwarded, app.NomPassed, app.NomProposed}[int(pt.ID/50)%3]})
			}
		}
		in.Rounds = append(in.Rounds, ri)
	}
	return in
}

// BenchmarkCompute10kx3 computes the figures of 10,000 individuals and 100
// collectives over three rounds (target: under 100 ms).
func BenchmarkCompute10kx3(b *testing.B) {
	in := benchInput()
	for b.Loop() {
		if st := Compute(in); st.Movement.Participants.Individuals != 10000 {
			b.Fatal(st.Movement.Participants)
		}
	}
}
