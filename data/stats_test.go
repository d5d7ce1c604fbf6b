package data

import (
	"database/sql"
	"fmt"
	"testing"

	"thidua/app"
	"thidua/app/stats"
)

// statsFixture is the sample with a second round scored for every third
// participant (some of them missing a criterion), an archived participant,
// and nominations in every status in the first two rounds. It returns the
// ids of the plan's rounds.
func statsFixture(t *testing.T, s *Store) []int64 {
	t.Helper()
	loadSampleData(t, s)
	var rounds []int64
	err := each(s.db, `SELECT id FROM rounds WHERE plan_id = 1 ORDER BY id`, func(rows *sql.Rows) error {
		var id int64
		err := rows.Scan(&id)
		rounds = append(rounds, id)
		return err
	})
	if err != nil || len(rounds) < 2 {
		t.Fatalf("rounds %v: %v", rounds, err)
	}
	r1, r2 := rounds[0], rounds[1]
	statuses := []string{app.NomAwarded, app.NomPassed, app.NomWithdrawn, app.NomFailed, app.NomProposed, app.NomDraft, app.NomRejected}
	stmts := []string{
		fmt.Sprintf(`INSERT INTO scores(round_id, participant_id, criterion_id, member_id, self_score, council_score)
			SELECT %d, participant_id, criterion_id, member_id, self_score, council_score - (participant_id %% 4)
			FROM scores WHERE round_id = %d AND participant_id %% 3 = 0`, r2, r1),
		fmt.Sprintf(`DELETE FROM scores WHERE round_id = %d AND participant_id %% 5 = 0
			AND criterion_id IN (SELECT MIN(id) FROM criteria GROUP BY kind)`, r2),
		`UPDATE participants SET archived = 1 WHERE id = (SELECT MAX(id) FROM participants WHERE kind = 'individual')`,
	}
	for i, st := range statuses {
		for _, round := range []int64{r1, r2} {
			stmts = append(stmts, fmt.Sprintf(`INSERT INTO nominations(round_id, award_form_id, participant_id, status, position)
				SELECT %d, af.id, p.id, '%s', %d FROM participants p, award_forms af
				WHERE af.plan_id = 1 AND af.position = %d AND p.id %% 7 = %d`, round, st, i, i%3, i))
		}
	}
	for _, q := range stmts {
		if _, err := s.db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	return rounds
}

// sqlCounts runs a query whose rows are (label, kind, count) into a map
// "label/kind" → count.
func sqlCounts(t *testing.T, s *Store, q string, args ...any) map[string]int {
	t.Helper()
	out := map[string]int{}
	err := each(s.db, q, func(rows *sql.Rows) error {
		var label, kind string
		var n int
		err := rows.Scan(&label, &kind, &n)
		out[label+"/"+kind] = n
		return err
	}, args...)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return out
}

func putCount(m map[string]int, label string, c stats.Count) {
	if c.Collectives > 0 {
		m[label+"/collective"] = c.Collectives
	}
	if c.Individuals > 0 {
		m[label+"/individual"] = c.Individuals
	}
}

// TestStatsAgreeWithSQL counts the figures of the sample with SQL, apart
// from the computation, and compares.
func TestStatsAgreeWithSQL(t *testing.T) {
	s, _ := openTemp(t)
	rounds := statsFixture(t, s)
	st, err := stats.Load(s, 1)
	if err != nil {
		t.Fatal(err)
	}
	p, err := s.Plan(1)
	if err != nil {
		t.Fatal(err)
	}
	th := p.Thresholds
	const scored = `FROM scores s JOIN participants p ON p.id = s.participant_id
		WHERE s.round_id = ? AND s.council_score IS NOT NULL AND p.archived = 0`
	for _, r := range st.Rounds[2:] {
		if r.Participants.Sum() != 0 || r.Nominations[0].Sum() != 0 {
			t.Errorf("round %s has no record but counts %+v", r.Key, r)
		}
	}
	for i, rid := range rounds[:2] {
		r := st.Rounds[i]
		t.Run(r.Key, func(t *testing.T) {
			got := map[string]int{}
			putCount(got, "n", r.Participants)
			sameCounts(t, "participants", got, sqlCounts(t, s, `SELECT 'n', p.kind, COUNT(DISTINCT p.id) `+scored+` GROUP BY p.kind`, rid))

			got = map[string]int{}
			for _, c := range r.Classes {
				for _, cl := range stats.ClassOrder {
					if n := c.Of(cl); n > 0 {
						got[string(cl)+"/"+string(c.Kind)] = n
					}
				}
			}
			want := sqlCounts(t, s, `WITH crit AS (SELECT kind, COUNT(*) AS n, SUM(max_points) AS mx FROM criteria WHERE plan_id = 1 GROUP BY kind),
				tot AS (SELECT p.id, p.kind, COUNT(*) AS n, SUM(s.council_score) AS total `+scored+` GROUP BY p.id)
				SELECT CASE WHEN tot.n < crit.n THEN ''
					WHEN tot.total * 100 >= ? * crit.mx THEN 'xuat_sac'
					WHEN tot.total * 100 >= ? * crit.mx THEN 'tot'
					WHEN tot.total * 100 >= ? * crit.mx THEN 'dat'
					ELSE 'khong_dat' END, tot.kind, COUNT(*)
				FROM tot JOIN crit USING (kind) GROUP BY 1, 2`, rid, th.Excellent, th.Good, th.Pass)
			sameCounts(t, "classes", got, want)
			if want["/collective"]+want["/individual"] == 0 && i == 1 {
				t.Error("the fixture has no incomplete row in the second round")
			}

			got = map[string]int{}
			for _, c := range r.Criteria {
				if c.N > 0 {
					got[fmt.Sprintf("%d %.2f %g %g/", c.CriterionID, c.Mean, c.Min, c.Max)] = c.N
				}
			}
			sameCounts(t, "criteria", got, sqlCounts(t, s, `SELECT s.criterion_id || ' ' || printf('%.2f', AVG(s.council_score)) || ' ' ||
				printf('%g', MIN(s.council_score)) || ' ' || printf('%g', MAX(s.council_score)), '', COUNT(*) `+scored+` GROUP BY s.criterion_id`, rid))

			got = map[string]int{}
			for _, n := range r.Nominations {
				putCount(got, n.Status, n.Count)
			}
			sameCounts(t, "nominations", got, sqlCounts(t, s, `SELECT n.status, p.kind, COUNT(*) FROM nominations n
				JOIN participants p ON p.id = n.participant_id WHERE n.round_id = ? GROUP BY 1, 2`, rid))

			got = map[string]int{}
			for _, a := range r.Awards {
				putCount(got, fmt.Sprint(a.FormID), a.Awarded)
			}
			sameCounts(t, "awarded", got, sqlCounts(t, s, `SELECT n.award_form_id, p.kind, COUNT(*) FROM nominations n
				JOIN participants p ON p.id = n.participant_id WHERE n.round_id = ? AND n.status = 'da_khen_thuong' GROUP BY 1, 2`, rid))

			w := r.Women
			got = map[string]int{"nominated/individual": w.IndividualsNominated, "women/individual": w.WomenNominated,
				"nominated/collective": w.CollectivesNominated, "women/collective": w.WomenUnitsNominated}
			want = sqlCounts(t, s, `SELECT 'nominated', p.kind, COUNT(DISTINCT p.id) FROM nominations n JOIN participants p ON p.id = n.participant_id
				WHERE n.round_id = ? AND n.status <> 'rut' GROUP BY p.kind
				UNION ALL SELECT 'women', p.kind, COUNT(DISTINCT p.id) FROM nominations n JOIN participants p ON p.id = n.participant_id
				WHERE n.round_id = ? AND n.status <> 'rut' AND (p.gender = 'nu' OR p.members > 0 AND p.women * 100 >= 70 * p.members) GROUP BY p.kind`, rid, rid)
			sameCounts(t, "women", got, want)
			if w.WomenNominated == 0 || w.WomenUnitsNominated == 0 {
				t.Errorf("the fixture nominates no woman or no collective of women: %+v", w)
			}
		})
	}
	got := map[string]int{}
	putCount(got, "n", st.Movement.Participants)
	sameCounts(t, "movement participants", got, sqlCounts(t, s, `SELECT 'n', p.kind, COUNT(DISTINCT p.id) FROM scores s
		JOIN participants p ON p.id = s.participant_id JOIN rounds r ON r.id = s.round_id
		WHERE r.plan_id = 1 AND s.council_score IS NOT NULL AND p.archived = 0 GROUP BY p.kind`))
}

func sameCounts(t *testing.T, what string, got, want map[string]int) {
	t.Helper()
	for k, n := range want {
		if got[k] != n {
			t.Errorf("%s %s: computed %d, SQL counts %d", what, k, got[k], n)
		}
	}
	for k, n := range got {
		if _, ok := want[k]; !ok && n != 0 {
			t.Errorf("%s %s: computed %d, SQL counts none", what, k, n)
		}
	}
	if len(want) == 0 {
		t.Errorf("%s: SQL counts nothing, the fixture is empty", what)
	}
}
