package dossier

import (
	"sort"
	"strconv"
	"strings"

	"thidua/app"
	"thidua/app/document"
	"thidua/app/viet"
)

// minutesRef is a council meeting where nominees of a paper passed, with
// the Biên bản issued for it (nil while there is none).
type minutesRef struct {
	Meeting app.Meeting
	Doc     *app.Document
}

// text is how a paper cites the Biên bản: "Biên bản số 02/BB-HĐTĐKT ngày
// 16 tháng 12 năm 2024", with the number left blank while it is not issued.
func (m minutesRef) text(abbr string) string {
	number := "…/" + viet.Symbol(app.DocMinutes, abbr)
	if m.Doc != nil {
		number = viet.DocNumber(m.Doc.Number, m.Doc.Symbol)
	}
	return "Biên bản số " + strings.TrimSpace(number) + " " + longDate(m.Meeting.Date())
}

// longDate is an ISO date as a paper cites it, like the plan's: "ngày 10
// tháng 12 năm 2024" (the ISO text itself if it is not a date).
func longDate(iso string) string {
	t, err := viet.ParseISO(iso)
	if err != nil {
		return "ngày " + iso
	}
	return viet.DateWords(t)
}

// citeMinutes words the Biên bản of refs for a Căn cứ or Xét đề nghị line:
// "Biên bản số 01/BB-HĐTĐKT ngày 10/12/2024 và Biên bản số 02/BB-HĐTĐKT
// ngày 16/12/2024".
func citeMinutes(refs []minutesRef, org app.Organisation) string {
	var parts []string
	for _, r := range refs {
		parts = append(parts, r.text(orText(org.CouncilAbbr, "HĐTĐKT")))
	}
	return joinAnd(parts)
}

// joinAnd joins "a", "a và b", "a, b và c".
func joinAnd(parts []string) string {
	if len(parts) <= 1 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " và " + parts[len(parts)-1]
}

// passedAt returns the meetings where the nominations ids of panel p
// passed, in the order they were held, and the names of nominees with no
// vote that passed them (a paper cannot stand on them).
func passedAt(p app.FormPanel, ids []int64) (ms []app.Meeting, unbacked []string) {
	want := map[int64]bool{}
	for _, id := range ids {
		want[id] = true
	}
	seen := map[int64]bool{}
	for _, e := range p.Entries {
		if !want[e.ID] {
			continue
		}
		if e.Vote == nil || !e.Vote.Passed || e.Meeting == nil {
			unbacked = append(unbacked, e.Part.Name)
			continue
		}
		if !seen[e.Meeting.ID] {
			seen[e.Meeting.ID] = true
			ms = append(ms, *e.Meeting)
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].HeldAt < ms[j].HeldAt })
	return ms, unbacked
}

// issuedMinutes is the Biên bản in force (issued, not cancelled) of each
// meeting, by meeting ID.
func (d *Desk) issuedMinutes() (map[int64]app.Document, error) {
	docs, err := d.St.Documents(app.DocumentFilter{Kind: app.DocMinutes})
	if err != nil {
		return nil, err
	}
	out := map[int64]app.Document{}
	for _, doc := range docs { // newest first: keep the newest of a meeting
		if _, ok := out[doc.MeetingID]; !ok && doc.Status == app.DocIssued && doc.MeetingID != 0 {
			out[doc.MeetingID] = doc
		}
	}
	return out, nil
}

// minutesRefs are the meetings where the nominations ids passed, each with
// its issued Biên bản when there is one, and the nominees without a
// passing vote.
func (d *Desk) minutesRefs(p app.FormPanel, ids []int64) ([]minutesRef, []string, error) {
	ms, unbacked := passedAt(p, ids)
	issued, err := d.issuedMinutes()
	if err != nil {
		return nil, nil, err
	}
	var refs []minutesRef
	for _, m := range ms {
		r := minutesRef{Meeting: m}
		if doc, ok := issued[m.ID]; ok {
			r.Doc = &doc
		}
		refs = append(refs, r)
	}
	return refs, unbacked, nil
}

// staleMinutes tells what the issued Biên bản doc of a meeting no longer
// says of the meeting's votes: a vote recorded, changed or removed since,
// by the nominee's name; nil when it still matches.
func (d *Desk) staleMinutes(doc app.Document) ([]string, error) {
	issued, err := document.ParseSnapshot(doc.Snapshot)
	if err != nil || issued.Minutes == nil {
		return nil, err
	}
	now, err := d.MinutesDraft(doc.MeetingID)
	if err != nil {
		return nil, err
	}
	key := func(it document.MinutesItem) string {
		if it.Vote == nil {
			return ""
		}
		return viet.Clean(it.Part.Name) + "|" + strconv.Itoa(it.Vote.For) + "|" + strconv.Itoa(it.Vote.Against) + "|" + strconv.Itoa(it.Vote.Valid)
	}
	was := map[int64]string{}
	for _, it := range issued.Minutes.Items {
		if it.Vote != nil {
			was[it.Vote.NominationID] = key(it)
		}
	}
	var out []string
	for _, it := range now.Minutes.Items {
		if it.Vote == nil {
			continue
		}
		if k, ok := was[it.Vote.NominationID]; !ok || k != key(it) {
			out = append(out, viet.Clean(it.Part.Name))
		}
		delete(was, it.Vote.NominationID)
	}
	for _, it := range issued.Minutes.Items {
		if it.Vote != nil {
			if _, ok := was[it.Vote.NominationID]; ok {
				out = append(out, viet.Clean(it.Part.Name))
			}
		}
	}
	return out, nil
}
