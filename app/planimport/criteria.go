package planimport

import (
	"regexp"
	"strconv"
	"strings"

	"thidua/app"
	"thidua/app/viet"
)

// pointsRe finds the points written after a criterion: "(30 điểm)",
// "- 30 điểm", ": tối đa 12,5 điểm", keeping the sentence's last stop.
var pointsRe = regexp.MustCompile(`\s*(?:[:\-–]\s*)?\(?\s*(?:(?:tối đa|thang điểm)\s*[:]?\s*)?(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:điểm|đ)\s*\)?\s*([.;]?)\s*$`)

// takePoints splits "… cụ thể (30 điểm)." into "… cụ thể." and 30.
func takePoints(s string) (string, float64, bool) {
	m := pointsRe.FindStringSubmatchIndex(s)
	if m == nil {
		return s, 0, false
	}
	v, err := strconv.ParseFloat(strings.Replace(s[m[2]:m[3]], ",", ".", 1), 64)
	if err != nil || v <= 0 {
		return s, 0, false
	}
	text := strings.TrimSpace(s[:m[0]]) + s[m[4]:m[5]]
	return text, v, true
}

// criterionKind tells a line that opens the criteria of one kind: "- Đối
// với tập thể:", "1. Tiêu chí đối với cá nhân", "b) Cá nhân:".
func criterionKind(s string) (app.Kind, bool) {
	_, _, rest := splitLead(s)
	colon := strings.HasSuffix(strings.TrimSpace(rest), ":")
	f := strings.TrimSuffix(viet.Fold(rest), ":")
	if len(strings.Fields(f)) > 9 {
		return "", false
	}
	for _, lead := range []string{"tieu chi thi dua ", "tieu chi ", "tieu chuan "} {
		f = strings.TrimPrefix(f, lead)
	}
	for _, lead := range []string{"doi voi ", "danh cho ", "cua ", "cho "} {
		f = strings.TrimPrefix(f, lead)
	}
	f = strings.TrimPrefix(f, "cac ")
	// What is left names the kind, unless it is a sentence.
	if !colon && len(strings.Fields(f)) > 4 {
		return "", false
	}
	switch {
	case strings.HasPrefix(f, "tap the"):
		return app.KindCollective, true
	case strings.HasPrefix(f, "ca nhan"):
		return app.KindIndividual, true
	}
	return "", false
}

// criteria reads section IV: the criteria for collectives and individuals,
// as bulleted or numbered lines or as a table (STT | Nội dung | Điểm),
// with their points when given.
func (r *reader) criteria(name string, bs []blk) {
	kind := app.KindCollective
	var givenKind bool
	var withPoints, without []int
	add := func(text string, pts float64, ok bool) {
		r.plan.Criteria = append(r.plan.Criteria, app.Criterion{Kind: kind, Text: text, MaxPoints: pts})
		if ok {
			withPoints = append(withPoints, len(r.plan.Criteria)-1)
		} else {
			without = append(without, len(r.plan.Criteria)-1)
		}
	}
	for _, b := range bs {
		if b.cells != nil {
			if k, ok := r.criterionRow(b, &kind, add); ok {
				givenKind = givenKind || k
				continue
			}
			r.unplaced(name, b)
			continue
		}
		if k, ok := criterionKind(b.text); ok {
			kind, givenKind = k, true
			continue
		}
		lead, _, rest := splitLead(b.text)
		text, pts, ok := takePoints(rest)
		// "Tổng cộng: 100 điểm" is the sum of the criteria, which the
		// plan adds up itself.
		if f := viet.Fold(text); ok && lead == leadNone && (strings.HasPrefix(f, "tong") || strings.HasPrefix(f, "cong")) {
			continue
		}
		if lead == leadNone && !ok || strings.Trim(text, " .;:") == "" {
			r.unplaced(name, b)
			continue
		}
		add(text, pts, ok)
	}
	if len(r.plan.Criteria) > 0 && !givenKind {
		r.note("Kế hoạch không tách tiêu chí cho tập thể và cá nhân: các tiêu chí được ghi là tiêu chí của tập thể.")
	}
	r.pointsGiven = len(withPoints)
	r.fillPoints(without)
}

// criterionRow reads one row of a criteria table: a heading row, a row
// that opens one kind, a total, or a criterion with its points.
func (r *reader) criterionRow(b blk, kind *app.Kind, add func(string, float64, bool)) (kindSet, ok bool) {
	var cells []string
	for _, c := range b.cells {
		cells = append(cells, strings.Join(c, " "))
	}
	text, textAt := "", -1
	for i, c := range cells {
		if _, err := strconv.Atoi(strings.Trim(c, ". ")); err == nil {
			continue
		}
		if len([]rune(c)) > len([]rune(text)) {
			text, textAt = c, i
		}
	}
	if textAt < 0 {
		return false, false
	}
	f := viet.Fold(text)
	if k, isKind := criterionKind(text); isKind {
		*kind = k
		return true, true
	}
	if strings.HasPrefix(f, "tong") || strings.HasPrefix(f, "cong") {
		return false, true
	}
	var pts float64
	found := false
	for _, c := range cells[textAt+1:] {
		c = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(c), "điểm"))
		if v, err := strconv.ParseFloat(strings.Replace(c, ",", ".", 1), 64); err == nil && v > 0 {
			pts, found = v, true
			break
		}
	}
	if !found {
		// The table's heading row (TT | Nội dung tiêu chí | Điểm tối đa).
		if strings.Contains(f, "noi dung") || strings.Contains(f, "tieu chi") {
			return false, true
		}
		t, v, ok := takePoints(text)
		if !ok {
			return false, false
		}
		text, pts = t, v
	}
	if _, _, text = splitLead(text); strings.Trim(text, " .;:") == "" {
		return false, false
	}
	add(text, pts, true)
	return false, true
}

// fillPoints gives the criteria without points, kind by kind, an equal
// share of what the given points leave of 100.
func (r *reader) fillPoints(without []int) {
	if len(without) == 0 {
		return
	}
	cs := r.plan.Criteria
	for _, k := range []app.Kind{app.KindCollective, app.KindIndividual} {
		given, missing := 0.0, []int{}
		for i, c := range cs {
			if c.Kind != k {
				continue
			}
			if contains(without, i) {
				missing = append(missing, i)
			} else {
				given += c.MaxPoints
			}
		}
		if len(missing) == 0 {
			continue
		}
		shares := app.EqualPoints(len(missing))
		scale := (100 - given) / 100
		if scale <= 0 {
			scale = 0.1
		}
		for j, i := range missing {
			cs[i].MaxPoints = shares[j] * scale
		}
	}
	if r.pointsGiven > 0 {
		r.note("%d tiêu chí không ghi điểm: đã chia đều phần điểm còn lại trong 100 điểm — hãy xem lại.", len(without))
	} else {
		r.note("Kế hoạch không ghi điểm tiêu chí: đã chia đều 100 điểm cho các tiêu chí của mỗi loại — hãy xem lại trước khi chấm điểm.")
	}
}

func contains(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
