package app

import "testing"

// FuzzReadRecord reads any bytes as an export-data file: reading,
// cleaning and validating never panic, and a record that passes holds
// no vote that does not add up.
func FuzzReadRecord(f *testing.F) {
	for _, s := range []string{
		`{"format": "thidua-record", "version": 2}`,
		`{"format": "thidua-record", "version": 1, "plans": [{"id": 1, "movement_name": ""}]}`,
		`{"format": "thidua-record", "version": 2, "meetings": [{"id": 1, "plan_id": 1, "round_id": 1, "held_at": "2024-12-20T25:99", "attendees": [1, 1]}],
		  "votes": [{"nomination_id": 1, "meeting_id": 1, "method": "secret", "issued": 1, "returned": 2, "valid": 9, "for": 50}],
		  "decisions": [{"id": 1, "nomination_id": 1, "outcome": "awarded", "number": "1/QĐ", "decided_on": "2024-02-31", "issuer": "x"}]}`,
		"{\"format\": \"thidua-record\", \"version\": 2, \"organisation\": {\"name\": \"x\xff\"}}",
		`{"format": "thidua-record", "version": 2, "scores": [{"round_id": 1, "participant_id": 1, "criterion_id": 1, "self": 7.3}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := ReadRecord(b)
		if err != nil {
			return
		}
		r.Normalize()
		if r.Validate() != nil {
			return
		}
		meetings := map[int64]Meeting{}
		for _, m := range r.Meetings {
			meetings[m.ID] = m
		}
		for _, v := range r.Votes {
			if m, ok := meetings[v.MeetingID]; ok && ValidateVote(v, len(m.Attendees)-len(v.Recused)) != nil {
				t.Fatalf("a record with a vote that does not add up passed: %+v", v)
			}
		}
	})
}
